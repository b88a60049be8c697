package vn.dnnd.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: global options and the list of subcommands. */
@Command(name = "dnnd",
        mixinStandardHelpOptions = true,
        resourceBundle = "vn.dnnd.cli.help",
        version = "dnnd 1.0 (Chỉ thị 12-CT/TW reporting system)",
        description = {
                "Hệ thống tổng hợp báo cáo thực hiện Chỉ thị 12-CT/TW về đối ngoại nhân dân.",
                "(Reporting system for Directive 12-CT/TW on people-to-people diplomacy.)"},
        subcommands = {ReferenceCommand.class, TemplateCommand.class, IngestCommand.class, SampleCommand.class,
                ComputeCommand.class, IndicatorsCommand.class, RenderCommand.class, ReportsCommand.class,
                AnnualCommand.class, DemoCommand.class, ServeCommand.class, WorkerCommand.class,
                JobsCommand.class, SchedulesCommand.class, RemindCommand.class, ContactsCommand.class,
                UsersCommand.class, ReviewCommand.class, BenchCommand.class})
public class DnndCommand {

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Thư mục dữ liệu (application home; default ./data or $DNND_HOME).")
    Path home;

    Path home() {
        return home;
    }
}
