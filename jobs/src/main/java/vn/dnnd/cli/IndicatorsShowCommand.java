package vn.dnnd.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.indicator.FigureTable;
import vn.dnnd.indicator.FigureTables;
import vn.dnnd.indicator.FigureText;
import vn.dnnd.indicator.HierarchyView;

@Command(name = "show",
        mixinStandardHelpOptions = true,
        description = {"In bảng chỉ tiêu đã tính của một phạm vi: giá trị, số đơn vị đã báo cáo/phải báo cáo, "
                + "không áp dụng, năm trước, thay đổi, điểm nhiệm vụ và mức độ đầy đủ. Kỳ sơ kết in chuỗi số liệu theo năm.",
                "(Print the computed indicators of one scope: value, reporters/expected, not applicable, previous "
                        + "year, change, task scores and completeness. A review period prints the series by year.)"})
class IndicatorsShowCommand extends ApplicationCommand<IndicatorsShowCommand.Services> {

    record Services(FigureTables tables) {
    }

    @Option(names = "--period", required = true, paramLabel = "KỲ",
            description = "Kỳ báo cáo, ví dụ 2025 hoặc 2022-2026 (reporting period).")
    String period;

    @Option(names = "--scope", defaultValue = "national", paramLabel = "PHẠM_VI",
            description = "national | kind:province|central_org|party_board|ministry | region:MÃ_VÙNG (e.g. region:DBSCL) "
                    + "| org:MÃ (e.g. org:HN). Mặc định (default): ${DEFAULT-VALUE}.")
    String scope;

    @Option(names = "--view", defaultValue = "as-reported", paramLabel = "CÁCH_NHÌN",
            description = "as-reported (theo số liệu báo cáo) | restated (quy đổi theo 34 đơn vị hiện nay; "
                    + "restated onto today's units). Mặc định (default): ${DEFAULT-VALUE}.")
    String view;

    @Option(names = "--task", paramLabel = "1-8", description = "Chỉ in một nhiệm vụ (only this task).")
    Integer task;

    IndicatorsShowCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        FigureTable table = services.tables().table(period, scope, HierarchyView.parse(view), task, FigureText.CONSOLE);
        if (table.review()) {
            new SeriesTablePrinter(out).print(table);
        } else {
            new IndicatorTablePrinter(out).print(table);
        }
        return 0;
    }
}
