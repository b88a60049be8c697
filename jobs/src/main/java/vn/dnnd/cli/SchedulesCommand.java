package vn.dnnd.cli;

import picocli.CommandLine.Command;

/** {@code schedules}: what the scheduler will run, and when. */
@Command(name = "schedules",
        mixinStandardHelpOptions = true,
        description = {"Lịch chạy tự động.", "(Schedules.)"},
        subcommands = {SchedulesListCommand.class})
class SchedulesCommand {
}
