package vn.dnnd.cli;

import picocli.CommandLine.Command;

/** {@code reports}: the archive of rendered editions. */
@Command(name = "reports",
        mixinStandardHelpOptions = true,
        description = {"Các lần xuất bản báo cáo đã lưu.", "(The archived editions of the reports.)"},
        subcommands = {ReportsListCommand.class, ReportsDiffCommand.class})
class ReportsCommand {
}
