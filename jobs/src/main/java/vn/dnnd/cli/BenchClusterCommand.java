package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.bench.ClusterBenchmark;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.system.WrongUsageException;

@Command(name = "cluster",
        mixinStandardHelpOptions = true,
        description = {"Một năm báo cáo của N đơn vị tổng hợp (mỗi đơn vị một tệp) qua nhận, tính, xuất, trong một tiến trình "
                + "hoặc với các worker qua RabbitMQ, trên cơ sở dữ liệu nhúng riêng, tạm thời; in thời gian từng bước và "
                + "chi phí từng loại phần việc.",
                "(One reporting year of N synthetic reporters, a file each, through ingest, compute and render, in one "
                        + "process or with workers over RabbitMQ, on its own throwaway embedded database; prints each "
                        + "phase's time and what each kind of partition cost.)"})
class BenchClusterCommand extends ThrowawayHomeCommand<BenchClusterCommand.Services> {

    record Services(ClusterBenchmark benchmark) {
    }

    @Option(names = "--orgs", defaultValue = "20000", paramLabel = "N",
            description = "Số đơn vị tổng hợp (synthetic reporters; default ${DEFAULT-VALUE}).")
    int orgs;

    @Option(names = "--workers", defaultValue = "0", paramLabel = "N",
            description = "Số worker (workers; 0, the default: everything in this process).")
    int workers;

    @Option(names = "--broker", paramLabel = "URL",
            description = "RabbitMQ cho các worker (AMQP URL; default DNND_CLUSTER_BROKER).")
    String broker;

    private final String queue = "dnnd.bench." + ProcessHandle.current().pid();

    BenchClusterCommand() {
        super(Services.class);
    }

    @Override
    protected List<String> applicationArguments() {
        if (orgs < 1 || workers < 0 || workers > 16) {
            throw new WrongUsageException("--orgs ≥ 1, 0 ≤ --workers ≤ 16", "--orgs >= 1, 0 <= --workers <= 16");
        }
        // its own database; submissions count without a reviewer's acceptance
        List<String> arguments = new ArrayList<>(List.of("--dnnd.db.url=", "--dnnd.review.required=false"));
        if (workers > 0) {
            if (broker() == null) {
                throw new WrongUsageException("--workers cần --broker hoặc DNND_CLUSTER_BROKER",
                        "--workers needs --broker or DNND_CLUSTER_BROKER");
            }
            arguments.addAll(List.of("--dnnd.cluster.broker=" + broker(), "--dnnd.cluster.queue=" + queue));
        } else {
            arguments.add("--dnnd.cluster.broker=");
        }
        return arguments;
    }

    private String broker() {
        String url = broker != null ? broker : System.getenv("DNND_CLUSTER_BROKER");
        return url == null || url.isBlank() ? null : url.strip();
    }

    @Override
    protected int run(Services services, PrintWriter out) throws Exception {
        ClusterBenchmark.Result r = services.benchmark().run(orgs, workers, broker(), queue, directory);
        out.printf("%s đơn vị (reporters), %s tệp (files), %s%n", VietnameseFormat.integer(r.organisations()),
                VietnameseFormat.integer(r.files()), r.workers() == 0 ? "một tiến trình (one process)"
                        : "điều phối + " + r.workers() + " worker (manager + " + r.workers() + " workers)");
        out.printf("  nhận (ingest) %s s, tính (compute) %s s, xuất (render) %s s: %d tệp báo cáo (report files)%n",
                seconds(r.ingest().toMillis()), seconds(r.compute().toMillis()), seconds(r.render().toMillis()),
                r.edition().files().size());
        out.println("  phần việc (partitions)        số (count)   tổng (total) s   dài nhất (longest) s   ghi (written)");
        r.partitions().forEach(p -> out.printf("  %-28s %10d %16s %22s %15s%n", p.step(), p.partitions(),
                seconds(Math.round(p.seconds() * 1000)), seconds(Math.round(p.longestSeconds() * 1000)),
                VietnameseFormat.integer(p.written())));
        return 0;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0).replace('.', ',');
    }
}
