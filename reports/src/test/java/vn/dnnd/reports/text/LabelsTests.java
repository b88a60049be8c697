package vn.dnnd.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.model.ReportLanguage;

class LabelsTests {

    @Test
    void bothLanguagesHaveEveryLabel() {
        Set<String> vietnamese = new TreeSet<>(Collections.list(Labels.of(ReportLanguage.VI).bundle().getKeys()));
        Set<String> english = new TreeSet<>(Collections.list(Labels.of(ReportLanguage.EN).bundle().getKeys()));
        assertThat(english).isEqualTo(vietnamese);
        assertThat(Labels.of(ReportLanguage.VI).get("doc.party")).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(Labels.of(ReportLanguage.EN).get("doc.party")).isEqualTo("COMMUNIST PARTY OF VIETNAM");
    }

    @Test
    void vietnameseIsTheDefaultWhateverTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Labels.of(ReportLanguage.VI).get("closing.recipients")).isEqualTo("Nơi nhận:");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void replacesPlaceholdersAsGivenAndLowersLabelsInsideSentences() {
        Labels vietnamese = Labels.of(ReportLanguage.VI);
        assertThat(vietnamese.format("caption.table", 3, "Tình hình gửi báo cáo")).isEqualTo("Bảng 3. Tình hình gửi báo cáo");
        assertThat(Labels.of(ReportLanguage.EN).format("briefing.missing.more", "12"))
                .isEqualTo("and 12\u00A0more (full list in the annex of the annual summary)");
        assertThat(vietnamese.inSentence("Năm 2025")).isEqualTo("năm 2025");
        assertThat(Labels.of(ReportLanguage.EN).inSentence("2025")).isEqualTo("2025");
    }
}
