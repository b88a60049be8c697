package vn.dnnd.cli;

import picocli.CommandLine.Command;

/** {@code reference}: load and inspect tasks, indicators, regions, organisations and periods. */
@Command(name = "reference",
        mixinStandardHelpOptions = true,
        description = {"Danh mục: nhiệm vụ, chỉ tiêu, vùng, tổ chức, kỳ báo cáo.",
                "(Reference data: tasks, indicators, regions, organisations, reporting periods.)"},
        subcommands = {ReferenceLoadCommand.class, ReferenceSummaryCommand.class, ReferenceSuccessorCommand.class,
                ReferenceLookupCommand.class})
class ReferenceCommand {
}
