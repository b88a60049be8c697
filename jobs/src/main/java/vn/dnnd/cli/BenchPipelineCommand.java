package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.bench.PipelineBenchmark;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.system.DnndException;

@Command(name = "pipeline",
        mixinStandardHelpOptions = true,
        description = {"Chạy cả quy trình (nhận các năm, tính từng năm, xuất mọi loại báo cáo năm cuối, cả bảng giá trị gốc) "
                + "với tổ chức tổng hợp, trên cơ sở dữ liệu nhúng riêng, tạm thời; in thời gian và bộ nhớ heap từng bước.",
                "(The whole pipeline on synthetic organisations: ingest every year, compute every year, render every "
                        + "kind of the last year with the raw-values sheet, on its own throwaway embedded database; "
                        + "prints each phase's time and heap. Run it under -Xmx512m to check the memory target.)"})
class BenchPipelineCommand extends ThrowawayHomeCommand<BenchPipelineCommand.Services> {

    private static final long MB = 1024 * 1024;

    record Services(PipelineBenchmark benchmark) {
    }

    @Option(names = "--orgs", defaultValue = "5000", paramLabel = "N",
            description = "Số tổ chức tổng hợp (synthetic organisations; default ${DEFAULT-VALUE}).")
    int orgs;

    @Option(names = "--years", defaultValue = "10", paramLabel = "N",
            description = "Số năm dữ liệu, từ 2022, ít nhất 4 (years of data from 2022, at least 4; default ${DEFAULT-VALUE}).")
    int years;

    BenchPipelineCommand() {
        super(Services.class);
    }

    @Override
    protected List<String> applicationArguments() {
        // its own database; submissions count without a reviewer's acceptance
        return List.of("--dnnd.db.url=", "--dnnd.review.required=false");
    }

    @Override
    protected int run(Services services, PrintWriter out) throws Exception {
        // the synthetic provinces sit in today's regions (2025 on), so the rendered year must be 2025 or later
        if (orgs < 1 || years < 4 || years > 50) {
            throw new DnndException("--orgs ≥ 1, 4 ≤ --years ≤ 50 (năm xuất báo cáo phải từ 2025, theo các vùng hiện nay)",
                    "--orgs >= 1, 4 <= --years <= 50 (the rendered year must be 2025 or later, in today's regions)");
        }
        PipelineBenchmark.Result r = services.benchmark().run(orgs, years, directory);
        Runtime runtime = Runtime.getRuntime();
        out.printf("Cả quy trình (whole pipeline): %s tổ chức (organisations) × %d năm (years) %d-%d, heap tối đa (max heap) %s MB%n",
                VietnameseFormat.integer(r.organisations()), r.lastYear() - r.firstYear() + 1, r.firstYear(), r.lastYear(),
                VietnameseFormat.integer(runtime.maxMemory() / MB));
        out.printf("  %s tệp (files), %s giá trị đã lưu (values stored), %s dòng kết quả (result rows), "
                        + "%s giá trị hiện hành năm %d (current values, raw-values sheet)%n",
                VietnameseFormat.integer(r.files()), VietnameseFormat.integer(r.valuesStored()),
                VietnameseFormat.integer(r.resultRows()), VietnameseFormat.integer(r.currentValuesLastYear()), r.lastYear());
        out.printf("  Xuất (rendered): lần xuất bản (edition) %d, %d tệp (files), %s byte, thư mục (directory) %s%n",
                r.edition().number(), r.edition().files().size(),
                VietnameseFormat.integer(r.edition().files().stream().mapToLong(f -> f.bytes()).sum()), r.edition().directory());
        out.println("  bước (phase)   thời gian (time)   heap dùng cao nhất (peak used)   heap sống sau GC (peak live after GC)   RSS cao nhất (peak RSS)");
        r.phases().forEach(p -> out.printf("  %-8s %14s ms %20s MB %28s MB %26s MB%n", p.name(),
                VietnameseFormat.integer(p.millis()), VietnameseFormat.integer(p.peakUsedBytes() / MB),
                VietnameseFormat.integer(p.peakLiveBytes() / MB), VietnameseFormat.integer(p.rssHighWaterBytes() / MB)));
        return 0;
    }
}
