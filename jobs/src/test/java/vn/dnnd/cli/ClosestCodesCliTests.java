package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.cli.CliTests.dnnd;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.referencedata.ReferenceDataService;

/** An unknown organisation or region code is answered with the closest valid codes, in both languages. */
@SpringBootTest
class ClosestCodesCliTests {

    @Autowired
    ReferenceDataService reference;
    @TempDir
    Path out;

    @Test
    void aProvinceTypedByItsNameOrARegionByItsPrefixGetsTheCodesToUse() {
        reference.load();

        CliTests.Run template = dnnd("template", "--org", "HANOI", "--period", "2025", "--out",
                out.resolve("x.xlsx").toString());
        assertThat(template.exitCode()).isNotZero();
        assertThat(template.err()).contains("gần giống: HN (Hà Nội)", "closest: HN (Hà Nội)");

        CliTests.Run region = dnnd("indicators", "show", "--period", "2025", "--scope", "region:DBS");
        assertThat(region.exitCode()).isNotZero();
        assertThat(region.err()).contains("Không có vùng DBS", "gần giống: DBSCL (Vùng đồng bằng sông Cửu Long), DBSH (Vùng đồng bằng sông Hồng)");

        CliTests.Run organisation = dnnd("indicators", "show", "--period", "2025", "--scope", "org:LAOCIA");
        assertThat(organisation.err()).contains("Không có tổ chức LAOCIA", "LAOCAI (Lào Cai)");
    }
}
