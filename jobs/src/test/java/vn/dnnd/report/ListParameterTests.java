package vn.dnnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.model.ReportLanguage;

/**
 * Kinds and languages as a schedule must write them ("workbook;briefing": a comma would be read by
 * Spring Batch as the parameter's type) and as the command line writes them ("workbook,briefing").
 */
class ListParameterTests {

    private final ReportKinds kinds = new ReportKinds(List.of(kind("summary"), kind("briefing"), kind("workbook")));

    @Test
    void kindsSeparatedByCommasSemicolonsOrSpacesAreTheSameChoice() {
        assertThat(kinds.choose("workbook,briefing")).containsExactly("workbook", "briefing");
        assertThat(kinds.choose("workbook; briefing")).containsExactly("workbook", "briefing");
        assertThat(kinds.choose(" workbook briefing ")).containsExactly("workbook", "briefing");
        assertThat(kinds.choose("")).containsExactlyInAnyOrder("summary", "briefing", "workbook");
        assertThatThrownBy(() -> kinds.choose("workbook;charts")).hasMessageContaining("no report kind \"charts\"");
    }

    @Test
    void languagesSeparatedBySemicolonsKeepVietnameseFirst() {
        assertThat(PrepareRenderTasklet.languages("en;vi")).containsExactly(ReportLanguage.VI, ReportLanguage.EN);
        assertThat(PrepareRenderTasklet.languages("en")).containsExactly(ReportLanguage.EN);
        assertThatThrownBy(() -> PrepareRenderTasklet.languages("vi;fr")).hasMessageContaining("unsupported language \"fr\"");
    }

    private static ReportKindRenderer kind(String name) {
        return new ReportKindRenderer() {
            @Override
            public String kind() {
                return name;
            }

            @Override
            public List<RenderedFile> render(ReportRequest request, Path directory) {
                return List.of(); // choosing kinds never renders
            }
        };
    }
}
