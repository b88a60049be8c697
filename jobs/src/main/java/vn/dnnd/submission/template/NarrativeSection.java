package vn.dnnd.submission.template;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parts of every task's narrative, as review reports are written (Guidance 02-HD/BĐNTW): results,
 * limitations, their causes, lessons learned, proposals. Causes are objective (khách quan) or subjective
 * (chủ quan) where the organisation says which; plain "causes" stays valid for files written before the
 * split (old templates, CSV and JSON), and the template asks for the two kinds.
 */
public enum NarrativeSection {
    ACHIEVEMENTS("Kết quả đạt được", "achievements", true),
    LIMITATIONS("Hạn chế", "limitations", true),
    CAUSES("Nguyên nhân", "causes", false),
    CAUSES_OBJECTIVE("Nguyên nhân khách quan", "causes_objective", true),
    CAUSES_SUBJECTIVE("Nguyên nhân chủ quan", "causes_subjective", true),
    LESSONS("Bài học kinh nghiệm", "lessons", true),
    PROPOSALS("Đề xuất, kiến nghị", "proposals", true);

    private final String labelVi;
    private final String code;
    private final boolean inTemplate;

    NarrativeSection(String labelVi, String code, boolean inTemplate) {
        this.labelVi = labelVi;
        this.code = code;
        this.inTemplate = inTemplate;
    }

    public String labelVi() {
        return labelVi;
    }

    public String code() {
        return code;
    }

    /** The rows of each task on the template's narrative sheet, in their order. */
    public static List<NarrativeSection> inTemplate() {
        return Arrays.stream(values()).filter(section -> section.inTemplate).toList();
    }

    /** "achievements, limitations, ..." for messages that list what is accepted. */
    public static String codes() {
        return Arrays.stream(values()).map(NarrativeSection::code).collect(Collectors.joining(", "));
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
