package vn.dnnd.cli;

import picocli.CommandLine.Command;

/** {@code indicators}: read the computed indicators. */
@Command(name = "indicators",
        mixinStandardHelpOptions = true,
        description = {"Xem kết quả tính chỉ tiêu đã công bố.", "(Read the published indicator results.)"},
        subcommands = {IndicatorsShowCommand.class})
class IndicatorsCommand {
}
