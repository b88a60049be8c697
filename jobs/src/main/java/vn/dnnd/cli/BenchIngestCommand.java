package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.bench.IngestBenchmark;

@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Đo tốc độ nhận báo cáo (kể cả kiểm tra) so với COPY thô của cùng các giá trị vào bảng không chỉ mục, "
                + "trên một cơ sở dữ liệu nhúng riêng, tạm thời.",
                "(Ingest throughput, validation included, next to a raw PostgreSQL COPY of the same values into an "
                        + "unindexed table; runs on its own throwaway embedded database.)"})
class BenchIngestCommand extends ThrowawayHomeCommand<BenchIngestCommand.Services> {

    record Services(IngestBenchmark benchmark) {
    }

    @Option(names = "--orgs", defaultValue = "5000", paramLabel = "N", description = "Số tổ chức tổng hợp (organisations; default 5000).")
    int orgs;

    @Option(names = "--years", defaultValue = "10", paramLabel = "N", description = "Số năm (years; default 10).")
    int years;

    @Option(names = "--per-bundle", defaultValue = "500", paramLabel = "N",
            description = "Số tổ chức trong mỗi tệp nhiều tổ chức (organisations per multi-organisation file; default 500).")
    int perBundle;

    BenchIngestCommand() {
        super(Services.class);
    }

    @Override
    protected List<String> applicationArguments() {
        return List.of("--dnnd.db.url=");
    }

    @Override
    protected int run(Services services, PrintWriter out) throws Exception {
        IngestBenchmark.Result r = services.benchmark().run(orgs, years, perBundle, directory);
        print(out, "Mỗi tổ chức một tệp (one file per organisation)", r, r.perFile(), "0.10");
        print(out, "Tệp nhiều tổ chức, " + r.perBundle() + " tổ chức một tệp (multi-organisation files)", r, r.bulk(),
                "0.25");
        return 0;
    }

    /** {@code target}: the ratio to raw COPY the shape should reach (docs/benchmarks.md). */
    private static void print(PrintWriter out, String title, IngestBenchmark.Result r, IngestBenchmark.Shape shape,
                              String target) {
        out.printf("%s: %d tổ chức × %d năm, %,d tệp (files), %,d giá trị (values); tạo tệp %.1f s%n", title,
                r.organisations(), r.years(), shape.files(), shape.values(), shape.generateSeconds());
        out.printf("  ingest (đọc, kiểm tra, lưu, lưu trữ tệp):  %8.1f s  %,12.0f giá trị/s (values/s)%n",
                shape.ingestSeconds(), shape.ingestRate());
        out.printf("  COPY thô vào bảng không chỉ mục (raw COPY): %8.1f s  %,12.0f giá trị/s (values/s)%n",
                shape.copySeconds(), shape.copyRate());
        out.printf("  COPY vào bảng có khóa chính như submission_value (keyed COPY): %8.1f s  %,12.0f giá trị/s (values/s)%n",
                shape.keyedCopySeconds(), shape.keyedCopyRate());
        out.printf("  Tỷ lệ ingest / COPY thô (ratio): %.2f (mục tiêu target >= %s); COPY có khóa / COPY thô: %.2f%n",
                shape.ingestRate() / shape.copyRate(), target, shape.keyedCopyRate() / shape.copyRate());
    }
}
