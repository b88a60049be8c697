package vn.dnnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.pipeline.PipelineResult;
import vn.dnnd.pipeline.PipelineService;

@Command(name = "annual",
        mixinStandardHelpOptions = true,
        description = {"Chạy quy trình năm của một kỳ (annualJob): nhận tệp trong hộp thư → tính chỉ tiêu → xuất báo cáo; "
                + "chạy lại bằng jobs restart ID thì tiếp tục từ bước bị lỗi.",
                "(Run a period's annual pipeline, annualJob: ingest the inbox → compute → render; "
                        + "jobs restart ID continues at the step that failed.)"})
class AnnualCommand extends ApplicationCommand<AnnualCommand.Services> {

    record Services(PipelineService pipeline) {
    }

    @Option(names = "--period", required = true, paramLabel = "KỲ", description = "Kỳ báo cáo, ví dụ 2025 (period).")
    String period;

    @Option(names = "--inbox", paramLabel = "DIR", description = "Thư mục chứa tệp (inbox; default <home>/inbox).")
    Path inbox;

    @Option(names = "--as-of", paramLabel = "DATE[-TIME]", converter = ReceiptTime.class,
            description = "Thời điểm nhận ghi cho các tệp (receipt time of the inbox's files; default now).")
    OffsetDateTime asOf;

    @Option(names = "--allow-locked", description = "Cho phép nhận báo cáo của kỳ đã khóa sổ (allow locked periods).")
    boolean allowLocked;

    @Option(names = "--settle", paramLabel = "SECONDS",
            description = "Chỉ nhận tệp đã không thay đổi trong ngần ấy giây (a file modified more recently is left in the "
                    + "inbox for a later run, since it may still be being written; default dnnd.intake.settle-seconds, 10; "
                    + "0 when every file is known to be complete).")
    Integer settle;

    @Option(names = "--kinds", paramLabel = "KINDS", description = "Loại báo cáo (report kinds, comma-separated; default all).")
    String kinds;

    @Option(names = "--lang", paramLabel = "vi,en", description = "Ngôn ngữ (languages: vi, en or vi,en; default vi,en).")
    String languages;

    AnnualCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        PipelineResult result = services.pipeline()
                .annual(period, inbox, asOf, allowLocked, settle == null ? null : Duration.ofSeconds(settle), kinds, languages);
        PipelinePrinter.print(out, result);
        out.printf("Đã ghi (written): %d tệp (files)%n", result.edition().files().size());
        return 0;
    }
}
