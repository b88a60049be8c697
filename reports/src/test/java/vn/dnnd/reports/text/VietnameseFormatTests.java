package vn.dnnd.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseFormatTests {

    @Test
    void writesThousandsWithDotsAndDecimalsWithComma() {
        assertThat(VietnameseFormat.integer(233_456_789)).isEqualTo("233.456.789");
        assertThat(VietnameseFormat.decimal(new BigDecimal("1234.55"), 1)).isEqualTo("1.234,6");
        assertThat(VietnameseFormat.decimal(new BigDecimal("80"), 2)).isEqualTo("80,00");
        assertThat(VietnameseFormat.decimal(null, 1)).isEmpty();
    }

    @Test
    void writesDatesTheWayPartyDocumentsDo() {
        assertThat(VietnameseFormat.date(LocalDate.of(2025, 6, 30))).isEqualTo("30/06/2025");
        assertThat(VietnameseFormat.longDate(LocalDate.of(2022, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2022");
    }
}
