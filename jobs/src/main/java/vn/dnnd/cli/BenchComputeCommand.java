package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.bench.BenchSchema;
import vn.dnnd.bench.ComputeBenchmark;
import vn.dnnd.bench.ComputeBenchmarkResult;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.system.NamedQueries;

@Command(name = "compute",
        mixinStandardHelpOptions = true,
        description = {"Đo thời gian computeJob cho một năm bên cạnh một câu GROUP BY trần trên cùng các giá trị, "
                + "với tổ chức và báo cáo tổng hợp trong lược đồ riêng dnnd_bench (xóa khi xong).",
                "(Time computeJob for one year next to one bare GROUP BY over the same submission values, on "
                        + "synthetic organisations and submissions in a schema of their own, dnnd_bench, dropped afterwards.)"})
class BenchComputeCommand extends ApplicationCommand<BenchComputeCommand.Services> {

    record Services(ComputeBenchmark benchmark, JdbcTemplate jdbc, NamedQueries queries) {
    }

    @Option(names = "--orgs", defaultValue = "5000", paramLabel = "N",
            description = "Số tổ chức tổng hợp (synthetic organisations; default ${DEFAULT-VALUE}).")
    int organisations;

    @Option(names = "--years", defaultValue = "10", paramLabel = "N",
            description = "Số năm dữ liệu, đến 2026 (years of data, ending 2026; default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--repeat", defaultValue = "3", paramLabel = "N",
            description = "Số lần đo mỗi loại (timed repetitions of each; default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--keep-schema", description = "Giữ lại lược đồ dnnd_bench để xem (keep the schema to inspect).")
    boolean keepSchema;

    BenchComputeCommand() {
        super(Services.class);
    }

    @Override
    protected List<String> applicationArguments() {
        return List.of("--dnnd.db.schema=" + ComputeBenchmark.SCHEMA_PREFIX);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        if (organisations < 1 || years < 2 || years > 50 || repeat < 1) {
            throw new vn.dnnd.system.DnndException("--orgs ≥ 1, 2 ≤ --years ≤ 50, --repeat ≥ 1",
                    "--orgs >= 1, 2 <= --years <= 50, --repeat >= 1");
        }
        ComputeBenchmarkResult result;
        try {
            result = services.benchmark().run(organisations, years, repeat);
        } finally {
            if (!keepSchema) {
                BenchSchema.drop(services.jdbc(), services.queries(),
                        ComputeBenchmark.SCHEMA_PREFIX);
            }
        }
        print(out, result);
        out.println(keepSchema ? "Giữ lại lược đồ (schema kept): " + result.schema()
                : "Đã xóa lược đồ (schema dropped): " + result.schema());
        return 0;
    }

    private static void print(PrintWriter out, ComputeBenchmarkResult r) {
        out.printf("Đo hiệu năng tính chỉ tiêu (compute benchmark), lược đồ (schema) %s%n", r.schema());
        out.printf("  Tổ chức tổng hợp (synthetic organisations): %s, năm (years) %d-%d%n",
                VietnameseFormat.integer(r.organisations()), r.firstYear(), r.lastYear());
        out.printf("  Giá trị đã nộp (submission values): %s, trong đó năm %d hiện hành (current, in %d): %s "
                        + "từ (from) %s đơn vị phải báo cáo (expected reporters)%n",
                VietnameseFormat.integer(r.submissionValues()), r.lastYear(), r.lastYear(),
                VietnameseFormat.integer(r.valuesInYear()), VietnameseFormat.integer(r.reportersInYear()));
        out.printf("  Sinh dữ liệu (generation): %s ms%n", VietnameseFormat.integer(r.generationMs()));
        out.printf("  GROUP BY trần (bare GROUP BY), năm %d: trung vị (median) %s ms  [%s]%n", r.lastYear(),
                VietnameseFormat.integer(r.groupByMedian()), join(r.groupByMs()));
        out.printf("  Sàn: cùng các dòng kết quả bằng CREATE UNLOGGED TABLE AS (floor: same result rows), năm %d: "
                        + "trung vị (median) %s ms  [%s]%n", r.lastYear(),
                VietnameseFormat.integer(r.floorMedian()), join(r.floorMs()));
        out.printf("  computeJob năm %d: trung vị (median) %s ms  [%s]%n", r.lastYear(),
                VietnameseFormat.integer(r.computeMedian()), join(r.computeMs()));
        out.printf("  Tỷ lệ computeJob / GROUP BY (ratio): %s (mục tiêu ≤ 2; target ≤ 2)%n",
                VietnameseFormat.decimal(java.math.BigDecimal.valueOf(r.ratio()), 1));
        out.printf("  Tỷ lệ computeJob / sàn (ratio to the floor): %s (mục tiêu ≤ 2; target ≤ 2)%n",
                VietnameseFormat.decimal(java.math.BigDecimal.valueOf(r.floorRatio()), 1));
        out.printf("  Dòng kết quả công bố (result rows published): %s; dòng của sàn (floor rows): %s%n",
                VietnameseFormat.integer(r.rowsPublished()), VietnameseFormat.integer(r.floorRows()));
        out.println("  Theo bước, lần đo cuối (by step, last repetition):");
        r.lastComputeSteps().forEach(s -> out.printf("    %-30s %8s ms%n", s.step(), VietnameseFormat.integer(s.ms())));
        out.println("  Sàn theo câu lệnh, lần đo cuối (floor by statement, last repetition):");
        r.lastFloorStatements().forEach(s -> out.printf("    %-30s %8s ms%n", s.step(), VietnameseFormat.integer(s.ms())));
    }

    private static String join(List<Long> values) {
        return values.stream().map(VietnameseFormat::integer).collect(Collectors.joining(", "));
    }
}
