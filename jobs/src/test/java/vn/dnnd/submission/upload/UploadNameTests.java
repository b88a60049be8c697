package vn.dnnd.submission.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The client's file name is only a hint: what is kept of it, and which names are refused. */
class UploadNameTests {

    @Test
    void theDirectoryPartAndEverythingButPlainCharactersGo() {
        assertThat(UploadName.clean("C:\\Users\\Hương\\Báo cáo (bản 2).xlsx")).isEqualTo("Báo cáo (bản 2).xlsx");
        assertThat(UploadName.clean("../../x/../hn.csv")).isEqualTo("hn.csv");
        assertThat(UploadName.clean("<script>alert(1)</script>.json")).isEqualTo("script.json");
        assertThat(UploadName.clean("..\u0000;rm -rf $HOME;.csv")).isEqualTo("rm -rf HOME.csv");
        assertThat(UploadName.clean(null)).isEmpty();
    }

    @Test
    void textIsKeptInComposedFormAndLongNamesKeepTheirExtension() {
        String decomposed = Normalizer.normalize("Tuyên Quang.csv", Normalizer.Form.NFD);
        assertThat(UploadName.clean(decomposed)).isEqualTo("Tuyên Quang.csv").hasSize(15);
        String cut = UploadName.clean("Báo cáo thực hiện Chỉ thị ".repeat(10) + ".xlsx");
        assertThat(cut).hasSize(UploadName.MAX_CHARS).endsWith(".xlsx");
    }

    @Test
    void onlyTheThreeFormatsWithANameBeforeTheirExtension() {
        assertThat(UploadName.allowedType("hn.XLSX")).isTrue();
        assertThat(UploadName.allowedType("hn.csv")).isTrue();
        assertThat(UploadName.allowedType("hn.json")).isTrue();
        assertThat(UploadName.allowedType(UploadName.clean(".csv"))).isFalse();
        assertThat(UploadName.allowedType("hn.xls")).isFalse();
        assertThat(UploadName.allowedType("hn.csv.exe")).isFalse();
        assertThat(UploadName.multiOrganisation("tong-hop.MULTI.json")).isTrue();
    }
}
