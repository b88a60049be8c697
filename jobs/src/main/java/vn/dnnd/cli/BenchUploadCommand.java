package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.bench.UploadBenchmark;
import vn.dnnd.bench.UploadTimings;

@Command(name = "upload",
        mixinStandardHelpOptions = true,
        description = {"Đo thời gian trả kết quả khi nhiều chương trình cùng gửi báo cáo qua REST API của cổng thông tin "
                + "(mẫu 2022-2025), trên một cơ sở dữ liệu nhúng riêng, tạm thời.",
                "(Verdict latency of many programs uploading the 2022-2025 sample submissions at once through the "
                        + "portal's REST API, on its own throwaway embedded database.)"})
class BenchUploadCommand extends ThrowawayHomeCommand<BenchUploadCommand.Services> {

    record Services(UploadBenchmark benchmark) {
    }

    @Option(names = "--clients", defaultValue = "50", paramLabel = "N",
            description = "Số chương trình gửi cùng lúc (concurrent clients; default 50).")
    int clients;

    BenchUploadCommand() {
        super(Services.class);
    }

    @Override
    protected List<String> applicationArguments() {
        return List.of("--dnnd.db.url=", "--spring.main.web-application-type=servlet", "--server.port=0",
                "--server.address=127.0.0.1");
    }

    @Override
    protected boolean wholeApplication() {
        return true;
    }

    @Override
    protected int run(Services services, PrintWriter out) throws Exception {
        UploadBenchmark.Result result = services.benchmark().run(clients, directory);
        print(out, "Khởi động (warm-up, 2022 đúng hạn / on time)", result.warmUp());
        print(out, "Sau khởi động (warm, the other groups)", result.warm());
        return 0;
    }

    private static void print(PrintWriter out, String title, UploadTimings t) {
        out.println(title + ":");
        out.printf("  %d tệp gửi qua API (uploads), %d chương trình cùng lúc (concurrent clients), %.1f s: %.1f tệp/s (uploads/s)%n",
                t.uploads(), t.clients(), t.seconds(), t.perSecond());
        out.printf("    kết quả (answers): %s%n", t.answers());
        out.printf("    thời gian trả kết quả (verdict latency) ms: p50 %.0f, p95 %.0f, p99 %.0f, max %.0f (mục tiêu target p95 < 1000)%n",
                t.p50Millis(), t.p95Millis(), t.p99Millis(), t.maxMillis());
    }
}
