package vn.dnnd.reports.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.CompletenessRow;
import vn.dnnd.reports.model.Coverage;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.Overview;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.model.Task;
import vn.dnnd.reports.model.TaskSection;
import vn.dnnd.reports.model.ValueType;

/**
 * The assessment written from a task's figures, on the cases a careless generator gets wrong: a value
 * missing in either year, figures that tie, a region nobody reported for, a year with nothing before it.
 */
class TaskAssessmentTests {

    private static final ReportMeta META = SampleData.load().meta();
    private static final Indicator EVENTS = indicator("T1.EVENTS", "Số hội nghị", "Conferences");
    private static final Indicator PEOPLE = indicator("T1.PEOPLE", "Số lượt người tham dự", "Attendances");
    private static final Indicator MEDIA = indicator("T1.MEDIA", "Số tin, bài", "Media items");
    private static final Scope NORTH = region("TDMNPB", "Vùng trung du và miền núi phía Bắc");
    private static final Scope DELTA = region("DBSH", "Vùng đồng bằng sông Hồng");
    private static final Scope SOUTH = region("DBSCL", "Vùng đồng bằng sông Cửu Long");

    @Test
    void aValueMissingInEitherYearNeitherRoseNorFell() {
        String text = vi(META, List.of(
                row(EVENTS, Scope.national(), "10", null, 30, 30),
                row(PEOPLE, Scope.national(), "500", "400", 30, 30),
                row(MEDIA, Scope.national(), null, "80", 0, 30)));

        assertThat(text).contains("Tăng nhiều nhất là chỉ tiêu “Số lượt người tham dự”, đạt 500 cuộc, tăng 25,0% so với năm 2024.",
                "Không có chỉ tiêu nào giảm so với năm 2024.",
                "Chưa có cơ quan, đơn vị nào báo cáo số liệu của chỉ tiêu “Số tin, bài”.")
                .doesNotContain("Giảm nhiều nhất", "“Số hội nghị”, đạt");
    }

    @Test
    void aFigureIsNeverPartedFromItsUnit() {
        SummaryReport report = report(META, List.of(row(PEOPLE, Scope.national(), "500", "400", 30, 30)));

        assertThat(new TaskAssessment(report, ReportLanguage.VI).paragraph(report.tasks().get(0)))
                .contains("đạt 500\u00A0cuộc");
    }

    @Test
    void aChangeOverADifferentShareOfReportersIsNeverTheLargestRise() {
        BigDecimal now = new BigDecimal("900");
        BigDecimal before = new BigDecimal("300");
        // 48 of 62 this year against 64 of 91 last year: +200 % would mostly say who reported
        FigureRow uneven = new FigureRow(MEDIA, Scope.national(), now, 48, 62, 0, before, now.subtract(before),
                new Coverage(64, 91, 0));
        String text = vi(META, List.of(uneven, row(PEOPLE, Scope.national(), "500", "400", 30, 30)));

        assertThat(text).contains("Tăng nhiều nhất là chỉ tiêu “Số lượt người tham dự”, đạt 500 cuộc, tăng 25,0% so với năm 2024.",
                "Chỉ tiêu có số cơ quan, đơn vị báo cáo hai năm chênh lệch nhiều không được so sánh với năm 2024")
                .doesNotContain("200,0%", "“Số tin, bài”, đạt");
    }

    @Test
    void figuresThatReadTheSameAreNamedTogether() {
        String text = vi(META, List.of(
                row(EVENTS, Scope.national(), "50", "40", 30, 30),
                row(EVENTS, NORTH, "20", "16", 10, 10),
                row(EVENTS, DELTA, "20", "14", 10, 10),
                row(EVENTS, SOUTH, "10", "10", 10, 10),
                row(PEOPLE, Scope.national(), "1000", "800", 30, 30)));

        assertThat(text).contains("Tăng nhiều nhất là các chỉ tiêu “Số hội nghị” và “Số lượt người tham dự”, cùng tăng 25,0% so với năm 2024.",
                "Về “Số hội nghị”, dẫn đầu là Vùng trung du và miền núi phía Bắc và Vùng đồng bằng sông Hồng (cùng 20 cuộc); "
                        + "thấp nhất là Vùng đồng bằng sông Cửu Long (10 cuộc).");
        String english = assessment(META, ReportLanguage.EN, List.of(
                row(EVENTS, Scope.national(), "50", "40", 30, 30), row(PEOPLE, Scope.national(), "1000", "800", 30, 30)));
        assertThat(english).contains("The largest rises were in the indicators “Conferences” and “Attendances”, each up 25.0% on 2024.");
    }

    @Test
    void theCentralBodiesRowClosesTheTableButIsNoRegionToLeadOrLag() {
        String text = vi(META, List.of(
                row(EVENTS, Scope.national(), "150", "140", 30, 30),
                row(EVENTS, NORTH, "30", "25", 10, 10),
                row(EVENTS, DELTA, "20", "15", 10, 10),
                row(EVENTS, Scope.centralBodies(), "100", "100", 10, 10)));

        assertThat(text).contains("dẫn đầu là Vùng trung du và miền núi phía Bắc (30 cuộc); thấp nhất là Vùng đồng bằng sông Hồng (20 cuộc).")
                .doesNotContain("Cơ quan Trung ương");
    }

    @Test
    void aRegionNobodyReportedForIsNamedAsWithoutFiguresNotAsTheLowest() {
        String text = vi(META, List.of(
                row(EVENTS, Scope.national(), "50", "40", 20, 30),
                row(EVENTS, NORTH, "30", "25", 10, 10),
                row(EVENTS, DELTA, "20", "15", 10, 10),
                row(EVENTS, SOUTH, null, "10", 0, 10)));

        assertThat(text).contains("dẫn đầu là Vùng trung du và miền núi phía Bắc (30 cuộc); thấp nhất là Vùng đồng bằng sông Hồng (20 cuộc).",
                "Về “Số hội nghị”, chưa có số liệu của Vùng đồng bằng sông Cửu Long.",
                "Chỉ tiêu “Số hội nghị” mới có 20/30 cơ quan, đơn vị báo cáo số liệu.");
    }

    @Test
    void aYearWithNothingBeforeItIsNotCompared() {
        ReportMeta firstYear = new ReportMeta(META.header(), META.period(), null, META.edition(), META.generatedAt(),
                META.sources(), META.awaitingReview());
        String text = vi(firstYear, List.of(row(EVENTS, Scope.national(), "50", null, 30, 30),
                row(EVENTS, NORTH, "30", null, 10, 10), row(EVENTS, DELTA, "20", null, 10, 10)));

        assertThat(text).startsWith("Chưa có số liệu kỳ trước để so sánh.")
                .contains("Các chỉ tiêu của nhiệm vụ đều có số liệu của tất cả cơ quan, đơn vị phải báo cáo.")
                .doesNotContain("tăng", "giảm");
    }

    @Test
    void theOverallAssessmentCountsOnlyWhatTheTablesPrintAndNamesTheRegionBehind() {
        SummaryReport report = report(META, List.of(row(EVENTS, Scope.national(), "50", "40", 30, 30),
                row(PEOPLE, Scope.national(), "700", "800", 30, 30)));
        String text = spaced(new OverallAssessment(report, ReportLanguage.VI).paragraph());

        assertThat(text).contains("Nhìn chung, trong năm 2025, đã nhận báo cáo của 28/30 cơ quan, đơn vị phải báo cáo (93,3%).",
                "Còn 2 cơ quan, đơn vị chưa báo cáo.", "Tỷ lệ gửi báo cáo thấp nhất là Vùng đồng bằng sông Cửu Long (80,0%).",
                "So với năm 2024, số chỉ tiêu tăng bằng số chỉ tiêu giảm.",
                "Giảm nhiều nhất là chỉ tiêu “Số lượt người tham dự”, còn 700 cuộc, giảm 12,5% so với năm 2024.");
    }

    private static String vi(ReportMeta meta, List<FigureRow> rows) {
        return assessment(meta, ReportLanguage.VI, rows);
    }

    private static String assessment(ReportMeta meta, ReportLanguage language, List<FigureRow> rows) {
        SummaryReport report = report(meta, rows);
        return spaced(new TaskAssessment(report, language).paragraph(report.tasks().get(0)));
    }

    /** The sentences with the no-break spaces that hold figures to their units read as spaces. */
    private static String spaced(String text) {
        return text.replace('\u00A0', ' ');
    }

    private static SummaryReport report(ReportMeta meta, List<FigureRow> rows) {
        Task task = new Task(1, "T1", Bilingual.of("Quán triệt", "Awareness"), "");
        List<CompletenessRow> regions = List.of(new CompletenessRow(NORTH, 10, 10, 10, 0, 0),
                new CompletenessRow(DELTA, 10, 10, 9, 1, 0), new CompletenessRow(SOUTH, 5, 4, 4, 0, 1));
        CompletenessRow total = new CompletenessRow(Scope.national(), 30, 28, 27, 1, 2);
        Overview overview = new Overview(total, regions, List.of(total), List.of());
        return new SummaryReport(meta, Scope.national(), overview, List.of(new TaskSection(task, rows, null, List.of())),
                List.of(), List.of(), List.of(), List.of());
    }

    private static FigureRow row(Indicator indicator, Scope scope, String value, String previous, int reporters,
            int expected) {
        BigDecimal now = value == null ? null : new BigDecimal(value);
        BigDecimal before = previous == null ? null : new BigDecimal(previous);
        BigDecimal change = now == null || before == null ? null : now.subtract(before);
        // last year rests on the same reporters: every change here is comparable
        return new FigureRow(indicator, scope, now, reporters, expected, 0, before, change,
                before == null ? null : new Coverage(reporters, expected, 0));
    }

    private static Indicator indicator(String code, String vi, String en) {
        return new Indicator(code, 1, Bilingual.of(vi, en), Bilingual.of("cuộc", "events"), ValueType.INTEGER);
    }

    private static Scope region(String code, String name) {
        return Scope.region(code, Bilingual.of(name, name), Bilingual.of(code, code));
    }
}
