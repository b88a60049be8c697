package vn.dnnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dnnd.report.ReportSettings.SignatureSettings;
import vn.dnnd.reports.model.IssuingBodyKind;
import vn.dnnd.reports.model.IssuingBodyKind.Signer;
import vn.dnnd.reports.model.Signature;

/** The signer's lines an office gets from the kind of its issuing body, and the ones it words itself. */
class ReportSettingsTests {

    @Test
    void wordsTheSignerByTheKindOfBodyUnlessTheLinesAreSet() {
        assertThat(settings(IssuingBodyKind.PARTY_COMMITTEE, new SignatureSettings(Signer.DEPUTY, null, null, ""))
                .signature().of(IssuingBodyKind.PARTY_COMMITTEE))
                .isEqualTo(new Signature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", ""));
        ReportSettings board = settings(IssuingBodyKind.PARTY_BOARD,
                new SignatureSettings(Signer.DEPUTY, null, null, "Trần Thị Bình"));
        assertThat(board.signature().of(board.issuingBodyKind()))
                .isEqualTo(new Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Thị Bình"));
        // lines set by the office win, an empty one included
        assertThat(new SignatureSettings(Signer.DEPUTY, "", "PHÓ BÍ THƯ THƯỜNG TRỰC", "")
                .of(IssuingBodyKind.PARTY_COMMITTEE)).isEqualTo(new Signature("", "PHÓ BÍ THƯ THƯỜNG TRỰC", ""));
    }

    @Test
    void withoutKindOrSignatureTheHeadOfAPartyCommitteeSigns() {
        ReportSettings bare = settings(null, null);
        assertThat(bare.issuingBodyKind()).isEqualTo(IssuingBodyKind.PARTY_COMMITTEE);
        assertThat(bare.signature().of(bare.issuingBodyKind()))
                .isEqualTo(new Signature("T/M BAN THƯỜNG VỤ", "BÍ THƯ", ""));
    }

    @Test
    void refusesASignerTheKindOfBodyDoesNotHaveAtStartUp() {
        SignatureSettings byOrder = new SignatureSettings(Signer.BY_ORDER, null, null, "");
        assertThatThrownBy(() -> settings(IssuingBodyKind.PARTY_BOARD, byOrder))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T/L");
    }

    private static ReportSettings settings(IssuingBodyKind kind, SignatureSettings signature) {
        return new ReportSettings("ĐẢNG BỘ CHÍNH PHỦ", "ĐẢNG ỦY BỘ NGOẠI GIAO", kind, "…-BC/ĐUBNG", "Hà Nội",
                List.of("Lưu Văn phòng Đảng ủy"), signature, List.of(), List.of(), List.of(), Map.of(), 3, 3, 3, 6, 600);
    }
}
