package vn.dnnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.operations.ExecutionLines;
import vn.dnnd.submission.ingest.InboxNotes;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.ingest.IngestSummary;
import vn.dnnd.submission.ingest.IntakeFileOutcome;
import vn.dnnd.system.HomeDirectory;

@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Nhận các tệp báo cáo (.xlsx, .csv, .json) trong thư mục (chạy ingestJob): kiểm tra, lưu phiên bản mới, "
                + "chuyển tệp vào archive/accepted hoặc archive/rejected kèm báo cáo lỗi.",
                "(Ingest every submission file in a directory by running ingestJob.)"})
class IngestCommand extends ApplicationCommand<IngestCommand.Services> {

    record Services(HomeDirectory home, Clock clock, IngestService intake) {
    }

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "Thư mục chứa tệp (inbox; default <home>/inbox).")
    Path inbox;

    @Option(names = "--as-of", paramLabel = "DATE[-TIME]", converter = ReceiptTime.class,
            description = "Thời điểm nhận ghi cho các tệp của lần chạy này, ví dụ 2025-12-10 hoặc 2025-12-10T09:00:00+07:00 "
                    + "(receipt time recorded for this run's files, used for lateness and lock; default now).")
    OffsetDateTime asOf;

    @Option(names = "--allow-locked",
            description = "Cho phép nhận báo cáo của kỳ đã khóa sổ (operator override for periods past their lock date).")
    boolean allowLocked;

    @Option(names = "--settle", paramLabel = "SECONDS",
            description = "Chỉ nhận tệp đã không thay đổi trong ngần ấy giây (a file modified more recently is left in the "
                    + "inbox for a later run, since it may still be being written; default dnnd.intake.settle-seconds, 10; "
                    + "0 when every file is known to be complete).")
    Integer settle;

    IngestCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        Path directory = inbox != null ? inbox : services.home().inbox();
        OffsetDateTime receivedAt = asOf != null ? asOf : OffsetDateTime.now(services.clock());
        IngestSummary summary = services.intake()
                .ingest(new IngestRequest(directory, receivedAt, allowLocked, settle == null ? null : Duration.ofSeconds(settle)));
        for (Long resumed : summary.resumedExecutions()) {
            out.println("Đã tiếp tục lần chạy bị gián đoạn (resumed interrupted run) #" + resumed);
        }
        for (IngestSummary.FileOutcome file : summary.files()) {
            out.println(line(file));
            if (file.errorReportPath() != null) {
                out.println("      báo cáo lỗi (error report): " + file.errorReportPath());
            }
        }
        for (InboxNotes.Left left : summary.left()) {
            out.printf("  … %-40s để lại (left): %s%n      %s%n", left.fileName(), left.reasonVi(), left.reasonEn());
        }
        out.printf("Lần chạy (run) #%d, nhận lúc (as of) %s: %d chấp nhận (accepted), %d từ chối (rejected), "
                        + "%d trùng (duplicates)%s%n", summary.jobExecutionId(), ExecutionLines.time(receivedAt),
                summary.count(IntakeFileOutcome.ACCEPTED), summary.count(IntakeFileOutcome.REJECTED),
                summary.count(IntakeFileOutcome.DUPLICATE),
                summary.left().isEmpty() ? "" : ", " + summary.left().size() + " để lại trong thư mục nhận (left in the inbox)");
        return 0;
    }

    private static String line(IngestSummary.FileOutcome file) {
        return switch (file.outcome()) {
            case ACCEPTED -> String.format("  ✓ %-40s %s %s v%d%s%s", file.fileName(), file.orgCode(), file.periodCode(),
                    file.version(), Boolean.FALSE.equals(file.onTime()) ? " — nộp muộn (late)" : "",
                    file.warnings() > 0 ? " — " + file.warnings() + " cảnh báo (warnings)" : "");
            case REJECTED -> String.format("  ✗ %-40s %d lỗi (errors): %s%n      %s", file.fileName(), file.errors(),
                    file.firstMessageVi(), file.firstMessageEn());
            case DUPLICATE -> String.format("  = %-40s trùng, bỏ qua (duplicate, skipped): %s%n      %s", file.fileName(),
                    file.firstMessageVi(), file.firstMessageEn());
        };
    }
}
