package vn.dnnd.submission.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumberTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234|1234|PLAIN", "1.234|1234|AMBIGUOUS", "1.234.567|1234567|PLAIN", "1,5|1.5|PLAIN",
            "1.234,5|1234.5|PLAIN", "1,234|1.234|AMBIGUOUS", "' 1 234 '|1234|PLAIN", "1234.5|1234.5|DECIMAL_POINT",
            "0,25|0.25|PLAIN", "-3|-3|PLAIN", "12.000.000.000|12000000000|PLAIN",
            "007|7|PLAIN", "123456789012345678901234|123456789012345678901234|PLAIN", "1.2345|1.2345|DECIMAL_POINT",
            "+12|12|PLAIN", "1\u00A0234|1234|PLAIN"})
    void readsByVietnameseRulesAndSaysWhenAnotherReadingIsPlausible(String written, BigDecimal value, String reading) {
        VietnameseNumber.Result result = VietnameseNumber.parse(written).orElseThrow();
        assertThat(result.value()).isEqualByComparingTo(value);
        assertThat(result.reading()).isEqualTo(VietnameseNumber.Reading.valueOf(reading));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mười hai", "12/3", "1,2,3", "1.23,5", "1.2.3", "12 người", "", "1,234,567", "1e5", "1.234.", ".123",
            "1234.567.890", "١٢"})
    void refusesWhatIsNotANumber(String written) {
        assertThat(VietnameseNumber.parse(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234|1.234", "1234.5|1.234,5", "12000000000|12.000.000.000", "0.25|0,25", "7|7"})
    void writesVietnamese(BigDecimal value, String written) {
        assertThat(VietnameseNumber.format(value)).isEqualTo(written);
    }
}
