package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.Briefing;
import vn.dnnd.reports.model.DocumentHeader;
import vn.dnnd.reports.model.FigureRow;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.model.Signature;
import vn.dnnd.reports.model.Task;
import vn.dnnd.reports.support.PdfGraphics;
import vn.dnnd.reports.support.PdfLines;
import vn.dnnd.reports.support.PdfText;
import vn.dnnd.reports.text.Labels;

/**
 * The briefing as a Party office signs it: two pages whatever the lists hold, the closing on the second,
 * labels whole (never cut with "…"), a heat map whose every cell is drawn with a border that shows.
 */
class BriefingLayoutTests {

    /** Eight recipients, three of them long enough to take two lines. */
    static final List<String> MANY_RECIPIENTS = List.of("Ban Bí thư (để báo cáo)", "Đảng ủy Chính phủ (để báo cáo)",
            "Ban Tuyên giáo và Dân vận Trung ương", "Văn phòng Trung ương Đảng",
            "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "Các tỉnh ủy, thành ủy trực thuộc Trung ương",
            "Các ban đảng, bộ, ngành Trung ương (để phối hợp)", "Lưu Văn phòng Đảng ủy.");
    /** The indicators with the longest names of the catalogue, as key figures. */
    static final List<String> LONG_NAMED = List.of("T4.ADVOCACY_ACTIVITIES", "T3.NEIGHBOUR_EXCHANGES",
            "T8.REGULATIONS_ISSUED", "T2.ANNUAL_PROGRAMME_APPROVED", "T7.RESEARCH_OUTPUTS", "T1.DISSEM_EVENTS");

    private final SampleData data = SampleData.load();
    private final Briefing crowded = crowded(new SampleReports(data).briefing());

    @Test
    void staysOnTwoPagesWithTheClosingOnTheSecond() {
        for (ReportLanguage language : ReportLanguage.values()) {
            byte[] pdf = new BriefingPdf().render(crowded, language);
            PdfText text = new PdfText(pdf);
            assertThat(text.pageCount()).as(language.code()).isEqualTo(2);
            String recipientsTitle = Labels.of(language).get("closing.recipients");
            assertThat(text.page(1)).doesNotContain(recipientsTitle, "T/M BAN THƯỜNG VỤ");
            assertThat(text.page(2)).contains(recipientsTitle, "- Ban Bí thư (để báo cáo),",
                    "- Các ban đảng, bộ, ngành Trung ương (để phối hợp),", "- Lưu Văn phòng Đảng ủy.",
                    "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Văn An");
            // the list of non-reporters, shortened above the closing, still says how many more there are
            assertThat(text.page(2)).containsPattern(language == ReportLanguage.VI ? "và \\d+ cơ quan, đơn vị khác"
                    : "and \\d+ more");
        }
    }

    @Test
    void printsTheClosingInTheSizesOfAPartyDocument() {
        PdfLines lines = new PdfLines(new BriefingPdf().render(crowded, ReportLanguage.VI));
        assertThat(lines.find(2, "Nơi nhận:").sizeOf("Nơi nhận:")).isEqualTo(14f);
        for (String recipient : List.of("- Ban Bí thư (để báo cáo),", "- Lưu Văn phòng Đảng ủy.")) {
            assertThat(lines.find(2, recipient).sizeOf(recipient)).as(recipient).isEqualTo(12f);
        }
        assertThat(lines.find(2, "T/M BAN THƯỜNG VỤ").sizeOf("T/M BAN THƯỜNG VỤ")).isEqualTo(14f);
        assertThat(lines.find(2, "Nguyễn Văn An").sizeOf("Nguyễn Văn An")).isEqualTo(14f);
    }

    @Test
    void namesEveryKeyFigureAndTaskWhole() {
        for (ReportLanguage language : ReportLanguage.values()) {
            PdfText pdf = new PdfText(new BriefingPdf().render(crowded, language));
            assertThat(pdf.all()).as(language.code()).doesNotContain("…");
            // a name is never cut; a line may end after a hyphen ("people-|to-people", and "12-|CT/TW": the font has
            // no no-break hyphen), which the text read back shows as "- "
            String figures = pdf.page(1).replaceAll("(\\S)- (?=\\S)", "$1-");
            for (FigureRow figure : crowded.keyFigures()) {
                assertThat(figures).contains(PdfText.fold(figure.indicator().name().in(language)));
            }
            Labels labels = Labels.of(language);
            for (Task task : crowded.heatMap().tasks()) {
                assertThat(pdf.page(1)).contains(task.taskNo() + ". " + labels.get("briefing.task." + task.taskNo()));
            }
            String changes = pdf.page(2).replaceAll("(\\S)- (?=\\S)", "$1-");
            for (FigureRow change : crowded.biggestChanges()) {
                assertThat(changes).contains(PdfText.fold(change.indicator().name().in(language)));
            }
        }
    }

    @Test
    void drawsEveryHeatMapCellWithABorderThatShowsOnItsColour() {
        PdfGraphics page = PdfGraphics.page(new BriefingPdf().render(crowded, ReportLanguage.VI), 1);
        List<PdfGraphics.Fill> cells = page.fills().stream()
                .filter(fill -> Arrays.asList(HeatColours.BACKGROUNDS).contains(fill.colour())).toList();
        assertThat(cells).hasSize(crowded.heatMap().tasks().size() * crowded.heatMap().columns().size());
        for (PdfGraphics.Fill cell : cells) {
            Rectangle2D box = cell.box();
            List<Point2D[]> edges = List.of(
                    new Point2D[] {point(box.getMinX(), box.getMinY()), point(box.getMaxX(), box.getMinY())},
                    new Point2D[] {point(box.getMinX(), box.getMaxY()), point(box.getMaxX(), box.getMaxY())},
                    new Point2D[] {point(box.getMinX(), box.getMinY()), point(box.getMinX(), box.getMaxY())},
                    new Point2D[] {point(box.getMaxX(), box.getMinY()), point(box.getMaxX(), box.getMaxY())});
            for (Point2D[] edge : edges) {
                assertThat(page.along(edge[0], edge[1], cell.colour()))
                        .as("an edge of the %s cell at %s", cell.colour(), box)
                        .anySatisfy(stroke -> {
                            assertThat(stroke.width()).isGreaterThanOrEqualTo(0.5);
                            assertThat(contrast(stroke.colour(), cell.colour())).isGreaterThanOrEqualTo(3.0);
                        });
            }
        }
    }

    /** The sample briefing with long-named key figures, 90 non-reporters, many recipients and a signer's name. */
    private Briefing crowded(Briefing sample) {
        ReportMeta meta = sample.meta();
        DocumentHeader header = meta.header();
        DocumentHeader closing = new DocumentHeader(header.superiorBody(), header.issuingBody(),
                header.documentNumber(), header.place(), header.date(), header.subject(), MANY_RECIPIENTS,
                new Signature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Văn An"));
        ReportMeta withClosing = new ReportMeta(closing, meta.period(), meta.previousPeriod(), meta.edition(),
                meta.generatedAt(), meta.sources(), meta.awaitingReview());
        List<FigureRow> figures = LONG_NAMED.stream().map(data::nationalRow).toList();
        Briefing many = SampleReports.withManyNotReported(sample, 90);
        return new Briefing(withClosing, many.completeness(), figures, many.heatMap(), many.biggestChanges(),
                many.notReported());
    }

    private static Point2D point(double x, double y) {
        return new Point2D.Double(x, y);
    }

    /** The WCAG contrast ratio of two colours #RRGGBB: 1 (the same) to 21 (black on white). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double[] channels = {(rgb >> 16 & 0xFF) / 255.0, (rgb >> 8 & 0xFF) / 255.0, (rgb & 0xFF) / 255.0};
        for (int i = 0; i < 3; i++) {
            channels[i] = channels[i] <= 0.03928 ? channels[i] / 12.92 : Math.pow((channels[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
