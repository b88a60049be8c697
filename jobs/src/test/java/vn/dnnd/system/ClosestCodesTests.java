package vn.dnnd.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The codes suggested for one that is not known: by name without diacritics, by prefix, by a typo. */
class ClosestCodesTests {

    static final List<ClosestCodes.Candidate> PROVINCES = List.of(new ClosestCodes.Candidate("HN", "Hà Nội"),
            new ClosestCodes.Candidate("HP", "Hải Phòng"), new ClosestCodes.Candidate("DAKLAK", "Đắk Lắk"),
            new ClosestCodes.Candidate("LAOCAI", "Lào Cai"), new ClosestCodes.Candidate("CAMAU", "Cà Mau"));
    static final List<ClosestCodes.Candidate> REGIONS = List.of(new ClosestCodes.Candidate("DBSH", "Đồng bằng sông Hồng"),
            new ClosestCodes.Candidate("DBSCL", "Đồng bằng sông Cửu Long"), new ClosestCodes.Candidate("DNB", "Đông Nam Bộ"));

    @Test
    void aNameTypedWithoutDiacriticsFindsItsCode() {
        assertThat(ClosestCodes.closest("hanoi", PROVINCES)).extracting(ClosestCodes.Candidate::code).startsWith("HN");
        assertThat(ClosestCodes.closest("Dak Lak", PROVINCES)).extracting(ClosestCodes.Candidate::code).containsExactly("DAKLAK");
    }

    @Test
    void aPrefixOrATypoFindsTheCodesNearIt() {
        assertThat(ClosestCodes.closest("DBS", REGIONS)).extracting(ClosestCodes.Candidate::code)
                .containsExactly("DBSCL", "DBSH");
        assertThat(ClosestCodes.closest("LAOCIA", PROVINCES)).extracting(ClosestCodes.Candidate::code).containsExactly("LAOCAI");
        assertThat(ClosestCodes.listed(ClosestCodes.closest("CAMUA", PROVINCES))).isEqualTo("CAMAU (Cà Mau)");
    }

    @Test
    void nothingCloseSuggestsNothing() {
        assertThat(ClosestCodes.closest("ATLANTIS", PROVINCES)).isEmpty();
        assertThat(ClosestCodes.closest("  ", PROVINCES)).isEmpty();
    }
}
