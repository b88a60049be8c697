package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.report.Edition;
import vn.dnnd.report.ReportArchive;

@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = {"Liệt kê các lần xuất bản: số, thời điểm, loại báo cáo, tệp và dung lượng.",
                "(List the editions: number, when, kinds, files with size.)"})
class ReportsListCommand extends ApplicationCommand<ReportsListCommand.Services> {

    record Services(ReportArchive archive) {
    }

    @Option(names = "--period", paramLabel = "KỲ", description = "Chỉ kỳ này (only this period).")
    String period;

    ReportsListCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        List<Edition> editions = services.archive().editions(period == null ? null : period.strip());
        if (editions.isEmpty()) {
            out.println("Chưa có lần xuất bản nào (no editions yet)" + (period == null ? "" : " — kỳ (period) " + period));
            return 0;
        }
        for (Edition edition : editions) {
            EditionPrinter.heading(out, edition);
            EditionPrinter.files(out, edition);
        }
        return 0;
    }
}
