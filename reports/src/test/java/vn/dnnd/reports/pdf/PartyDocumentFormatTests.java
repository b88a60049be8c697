package vn.dnnd.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.fixture.SampleData;
import vn.dnnd.reports.fixture.SampleReports;
import vn.dnnd.reports.model.Briefing;
import vn.dnnd.reports.model.DocumentHeader;
import vn.dnnd.reports.model.IssuingBodyKind;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.model.Signature;
import vn.dnnd.reports.support.PdfLines;
import vn.dnnd.reports.support.PdfText;

/**
 * The header and closing of the summary as Guidance 36-HD/VPTW lays them out: "Số 125-BC/ĐUBNG" without a
 * colon, "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt, the issuing body 14 pt, "Nơi nhận:" 14 pt over one recipient a line
 * in 12 pt (a comma after each, a full stop after the last), the signer's lines bold 14 pt worded by the kind
 * of issuing body.
 */
class PartyDocumentFormatTests {

    private static SampleReports reports;
    private static PdfLines summary;

    @BeforeAll
    static void render() {
        reports = new SampleReports(SampleData.load());
        summary = new PdfLines(new SummaryReportPdf().render(reports.summary(), ReportLanguage.VI));
    }

    @Test
    void writesTheNumberLineWithoutAColonInEitherEdition() {
        assertThat(summary.find(1, "125-BC/ĐUBNG").text()).contains("Số 125-BC/ĐUBNG").doesNotContain("Số:");
        PdfText english = new PdfText(new SummaryReportPdf().render(reports.summary(), ReportLanguage.EN));
        assertThat(english.page(1)).contains("No. 125-BC/ĐUBNG").doesNotContain("No.:");
        PdfText briefing = new PdfText(new BriefingPdf().render(reports.briefing(), ReportLanguage.VI));
        assertThat(briefing.page(1)).contains("Số 125-BC/ĐUBNG").doesNotContain("Số:");
    }

    @Test
    void setsTheHeaderInTheSizesOfTheGuidance() {
        assertThat(summary.find(1, "ĐẢNG CỘNG SẢN VIỆT NAM").sizeOf("ĐẢNG CỘNG SẢN VIỆT NAM")).isEqualTo(15f);
        assertThat(summary.find(1, "ĐẢNG ỦY BỘ NGOẠI GIAO").sizeOf("ĐẢNG ỦY BỘ NGOẠI GIAO")).isEqualTo(14f);
        assertThat(summary.find(1, "Số 125-BC/ĐUBNG").sizeOf("Số 125-BC/ĐUBNG")).isEqualTo(14f);
        assertThat(summary.find(1, "Hà Nội, ngày 20 tháng 01 năm 2026").sizeOf("Hà Nội, ngày")).isEqualTo(14f);
    }

    @Test
    void closesWithTheRecipientsOneALineAndTheSignerInTheirSizes() {
        int page = closingPage();
        assertThat(summary.find(page, "Nơi nhận:").sizeOf("Nơi nhận:")).isEqualTo(14f);
        // the fixture's lines carry no comma and the last its own full stop: the document punctuates them
        List<String> recipients = List.of("- Ban Bí thư (để báo cáo),", "- Ban Tuyên giáo và Dân vận Trung ương,",
                "- Các tỉnh ủy, thành ủy,", "- Lưu Văn phòng Đảng ủy.");
        for (String recipient : recipients) {
            assertThat(summary.find(page, recipient)).as(recipient).isNotNull();
            assertThat(summary.find(page, recipient).sizeOf(recipient)).as(recipient).isEqualTo(12f);
        }
        assertThat(summary.find(page, "T/M BAN THƯỜNG VỤ").sizeOf("T/M BAN THƯỜNG VỤ")).isEqualTo(14f);
        assertThat(summary.find(page, "PHÓ BÍ THƯ THƯỜNG TRỰC").sizeOf("PHÓ BÍ THƯ THƯỜNG TRỰC")).isEqualTo(14f);
    }

    @Test
    void wordsTheSignersLinesByTheKindOfIssuingBody() {
        assertThat(IssuingBodyKind.PARTY_COMMITTEE.signature(IssuingBodyKind.Signer.HEAD, ""))
                .isEqualTo(new Signature("T/M BAN THƯỜNG VỤ", "BÍ THƯ", ""));
        assertThat(IssuingBodyKind.PARTY_COMMITTEE.signature(IssuingBodyKind.Signer.BY_ORDER, ""))
                .isEqualTo(new Signature("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", ""));
        assertThat(IssuingBodyKind.PARTY_BOARD.signature(IssuingBodyKind.Signer.HEAD, ""))
                .isEqualTo(new Signature("", "TRƯỞNG BAN", ""));
        assertThatThrownBy(() -> IssuingBodyKind.PARTY_BOARD.signature(IssuingBodyKind.Signer.BY_ORDER, ""))
                .isInstanceOf(IllegalArgumentException.class);

        Signature deputy = IssuingBodyKind.PARTY_BOARD.signature(IssuingBodyKind.Signer.DEPUTY, "Trần Thị Bình");
        Briefing briefing = reports.briefing();
        ReportMeta meta = briefing.meta();
        DocumentHeader header = meta.header();
        DocumentHeader board = new DocumentHeader("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN",
                "…-BC/BTGDVTW", header.place(), header.date(), null, header.recipients(), deputy);
        Briefing signed = new Briefing(new ReportMeta(board, meta.period(), meta.previousPeriod(), meta.edition(),
                meta.generatedAt(), meta.sources(), meta.awaitingReview()), briefing.completeness(),
                briefing.keyFigures(), briefing.heatMap(), briefing.biggestChanges(), briefing.notReported());
        PdfText pdf = new PdfText(new BriefingPdf().render(signed, ReportLanguage.VI));
        assertThat(pdf.page(1)).contains("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "Số …-BC/BTGDVTW");
        assertThat(pdf.page(2)).contains("K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN").contains("Trần Thị Bình")
                .doesNotContain("T/M");
    }

    private static int closingPage() {
        for (int page = 1; page <= summary.pageCount(); page++) {
            if (summary.find(page, "Nơi nhận:") != null) {
                return page;
            }
        }
        throw new AssertionError("no page with \"Nơi nhận:\"");
    }
}
