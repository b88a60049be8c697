package vn.dnnd.cli;

import picocli.CommandLine.Command;

/** {@code jobs}: history and control of Spring Batch executions. */
@Command(name = "jobs",
        mixinStandardHelpOptions = true,
        description = {"Lịch sử và điều khiển các lần chạy job.", "(Job execution history and control.)"},
        subcommands = {JobsListCommand.class, JobsShowCommand.class, JobsRestartCommand.class, JobsStopCommand.class})
class JobsCommand {
}
