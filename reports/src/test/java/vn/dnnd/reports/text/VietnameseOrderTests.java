package vn.dnnd.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseOrderTests {

    @Test
    void namesSortSyllableBySyllableInTheVietnameseAlphabet() {
        List<String> names = new ArrayList<>(List.of("Hưng Yên", "Hải Phòng", "Hà Nội", "Điện Biên", "Đà Nẵng", "Cà Mau",
                "Bộ Ngoại giao", "Bắc Ninh", "An Giang", "Lào Cai", "Lạng Sơn", "Dak Lak", "Hà Tĩnh"));
        names.sort(VietnameseOrder.names());
        assertThat(names).containsExactly("An Giang", "Bắc Ninh", "Bộ Ngoại giao", "Cà Mau", "Dak Lak", "Đà Nẵng",
                "Điện Biên", "Hà Nội", "Hà Tĩnh", "Hải Phòng", "Hưng Yên", "Lạng Sơn", "Lào Cai");
    }
}
