package vn.dnnd.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.ingest.IngestSummary;
import vn.dnnd.submission.ingest.IntakeFileOutcome;
import vn.dnnd.submission.sample.SampleGenerator;
import vn.dnnd.submission.sample.SampleResult;
import vn.dnnd.submission.sample.SampleStep;
import vn.dnnd.system.DnndException;

@Command(name = "sample",
        mixinStandardHelpOptions = true,
        description = {"Tạo bộ báo cáo mẫu cho mọi đơn vị báo cáo của các năm (ba định dạng, có đơn vị nộp muộn, "
                + "một báo cáo gửi lại, vài tệp lỗi cố ý) và manifest.tsv hướng dẫn thứ tự nhận.",
                "(Write realistic sample submissions for every reporting organisation and year, with manifest.tsv.)"})
class SampleCommand extends ApplicationCommand<SampleCommand.Services> {

    record Services(SampleGenerator generator, IngestService intake) {
    }

    @Option(names = "--years", required = true, paramLabel = "FROM-TO", description = "Các năm, ví dụ 2022-2025 (years).")
    String years;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục ghi ra (output directory).")
    Path out;

    @Option(names = "--ingest", description = "Nhận luôn các nhóm tệp theo manifest trong cùng lần chạy "
            + "(also ingest every group in manifest order, in this JVM).")
    boolean ingest;

    SampleCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter writer) {
        String[] range = years.strip().split("-");
        int from;
        int to;
        try {
            from = Integer.parseInt(range[0]);
            to = Integer.parseInt(range[range.length - 1]);
        } catch (NumberFormatException e) {
            throw new DnndException("--years phải có dạng 2022-2025", "--years must look like 2022-2025");
        }
        long started = System.nanoTime();
        SampleResult result = services.generator().generate(from, to, out.toAbsolutePath());
        writer.printf("Đã tạo %d tệp mẫu (sample files written) trong %s, %.1f s; theo định dạng (by format) %s%n",
                result.totalFiles(), result.root(), (System.nanoTime() - started) / 1e9, result.filesByChannel());
        writer.println("Thứ tự nhận (ingest order): " + result.manifest());
        for (SampleStep step : result.steps()) {
            writer.printf("  %-22s --as-of %s%s  %3d tệp (files): %s%n", result.root().relativize(step.directory()),
                    step.asOf(), step.allowLocked() ? " --allow-locked" : "", step.files(), step.expected());
        }
        if (ingest) {
            ingestAll(services.intake(), result, writer);
        }
        return 0;
    }

    private static void ingestAll(IngestService service, SampleResult result, PrintWriter writer) {
        long started = System.nanoTime();
        long accepted = 0;
        long rejected = 0;
        long duplicates = 0;
        for (SampleStep step : result.steps()) {
            IngestSummary summary = service.ingest(new IngestRequest(step.directory(), step.asOf(), step.allowLocked(),
                    java.time.Duration.ZERO));
            accepted += summary.count(IntakeFileOutcome.ACCEPTED);
            rejected += summary.count(IntakeFileOutcome.REJECTED);
            duplicates += summary.count(IntakeFileOutcome.DUPLICATE);
        }
        writer.printf("Đã nhận (ingested): %d chấp nhận (accepted), %d từ chối (rejected), %d trùng (duplicates) "
                + "trong %.2f s%n", accepted, rejected, duplicates, (System.nanoTime() - started) / 1e9);
    }
}
