package vn.dnnd.submission.template;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four parts of every task's narrative, as review reports are written (Guidance 02-HD/BĐNTW). */
public enum NarrativeSection {
    ACHIEVEMENTS("Kết quả đạt được", "achievements"),
    LIMITATIONS("Hạn chế", "limitations"),
    CAUSES("Nguyên nhân", "causes"),
    PROPOSALS("Đề xuất, kiến nghị", "proposals");

    private final String labelVi;
    private final String code;

    NarrativeSection(String labelVi, String code) {
        this.labelVi = labelVi;
        this.code = code;
    }

    public String labelVi() {
        return labelVi;
    }

    public String code() {
        return code;
    }

    /** Accepts the code ("causes") or the Vietnamese label ("Nguyên nhân"), in any case. */
    public static Optional<NarrativeSection> of(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(written, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.code.equals(text) || s.labelVi.toLowerCase(Locale.ROOT).equals(text))
                .findFirst();
    }
}
