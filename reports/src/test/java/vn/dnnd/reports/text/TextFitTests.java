package vn.dnnd.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.model.ReportLanguage;

class TextFitTests {

    @Test
    void shortensAtAWordAndSaysSo() {
        assertThat(TextFit.shorten("Nâng tầm đối ngoại đa phương", 100)).isEqualTo("Nâng tầm đối ngoại đa phương");
        assertThat(TextFit.shorten("Nâng tầm đối ngoại đa phương", 16)).isEqualTo("Nâng tầm đối…");
    }

    @Test
    void joinsWhatFitsAndCountsTheRest() {
        Labels labels = Labels.of(ReportLanguage.VI);
        List<String> names = IntStream.rangeClosed(1, 40).mapToObj(i -> "Tỉnh ủy số " + i).toList();
        String text = TextFit.joinWithin(names, 200, labels, "briefing.missing.more");
        assertThat(text).hasSizeLessThanOrEqualTo(201).startsWith("Tỉnh ủy số 1; Tỉnh ủy số 2;")
                .matches(".*; và (\\d+)\u00A0cơ quan, đơn vị khác \\(danh sách đầy đủ tại phụ lục Báo cáo tổng hợp\\)\\.");
        int shown = text.split("Tỉnh ủy số ").length - 1;
        assertThat(text).contains("và " + (40 - shown) + "\u00A0cơ quan");
        assertThat(TextFit.joinWithin(List.of("Hội Nhà báo Việt Nam"), 200, labels, "briefing.missing.more"))
                .isEqualTo("Hội Nhà báo Việt Nam.");
    }
}
