package vn.dnnd.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.model.Excerpt;
import vn.dnnd.reports.model.NarrativePart;
import vn.dnnd.reports.model.NarrativeRow;
import vn.dnnd.reports.model.OrganisationKind;

/** Which narrative passages a summary quotes. */
class ExcerptsTests {

    private static final Map<String, OrganisationKind> AUTHORS = Map.of(
            "HN", OrganisationKind.PROVINCE, "HCM", OrganisationKind.PROVINCE, "DANANG", OrganisationKind.PROVINCE,
            "LHHN", OrganisationKind.CENTRAL_ORG, "TLDLD", OrganisationKind.CENTRAL_ORG);

    @Test
    void kindsTakeTurnsLongestFirstAndACopiedPassageIsQuotedOnce() {
        List<NarrativeRow> rows = List.of(
                row("HN", 3, NarrativePart.LIMITATIONS, "Kinh phí còn hạn hẹp."),
                row("HCM", 3, NarrativePart.LIMITATIONS, "Đội ngũ cán bộ còn mỏng, nhiều người kiêm nhiệm."),
                row("DANANG", 3, NarrativePart.LIMITATIONS, "Kinh phí còn hạn hẹp."),
                row("LHHN", 3, NarrativePart.LIMITATIONS, "Kinh phí còn hạn hẹp."),
                row("TLDLD", 3, NarrativePart.LIMITATIONS, "Phối hợp chưa chặt chẽ."),
                row("TLDLD", 3, NarrativePart.CAUSES, "Một nguyên nhân dài dài dài dài dài dài dài dài."),
                row("VAVA", 3, NarrativePart.LIMITATIONS, "Không phải tác giả của phạm vi này, dù dài nhất."));
        List<Excerpt> picked = Excerpts.pick(rows, 3, NarrativePart.LIMITATIONS, AUTHORS, 4, 600);
        // a province (the longest: HCM), a central organisation (the longest: TLDLD), a province (DANANG and HN
        // tie, DANANG first by code); LHHN and HN wrote the very sentence DANANG wrote: not quoted again, so
        // three passages although four were allowed; VAVA is not among the authors, the causes not asked for
        assertThat(picked).extracting(Excerpt::organisationCode).containsExactly("HCM", "TLDLD", "DANANG");
        assertThat(picked).extracting(Excerpt::text).doesNotHaveDuplicates();
    }

    @Test
    void lessonsAreChosenAmongEveryTaskOneOfEachOrganisation() {
        List<NarrativeRow> rows = List.of(
                row("TLDLD", 1, NarrativePart.LESSONS, "Bài học dài nhất về quán triệt, gắn với nhiệm vụ chính trị."),
                row("TLDLD", 6, NarrativePart.LESSONS, "Bài học ngắn hơn về thông tin đối ngoại."),
                row("LHHN", 4, NarrativePart.LESSONS, "Vận động viện trợ đi đôi với quản lý."),
                row("HN", 3, NarrativePart.LESSONS, "Giao lưu gắn với lợi ích người dân."),
                row("HCM", 3, NarrativePart.CAUSES, "Một nguyên nhân, không phải bài học, dài dài dài dài."));
        List<Excerpt> picked = Excerpts.pickOnePerOrganisation(rows, NarrativePart.LESSONS, AUTHORS, 5, 600);
        // a province (HN, the only one with a lesson), then the central organisations, each once, longest first:
        // TLDLD's task 1 lesson, then LHHN; TLDLD's shorter task 6 lesson is not quoted although room is left
        assertThat(picked).extracting(Excerpt::organisationCode).containsExactly("HN", "TLDLD", "LHHN");
        assertThat(picked.get(1).text()).startsWith("Bài học dài nhất");
    }

    @Test
    void aLongPassageIsCutAtAWordOnOneLine() {
        String text = "Thành phố đã tổ chức\nnhiều hoạt động giao lưu hữu nghị với nhân dân các nước láng giềng.";
        assertThat(Excerpts.shorten(text, 40)).isEqualTo("Thành phố đã tổ chức nhiều hoạt động…");
        assertThat(Excerpts.shorten("  Ngắn gọn.  ", 40)).isEqualTo("Ngắn gọn.");
    }

    private static NarrativeRow row(String code, int task, NarrativePart section, String text) {
        return new NarrativeRow(code, code, null, task, section, text);
    }
}
