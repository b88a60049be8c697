package vn.dnnd.system;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The valid codes closest to one that is not known, for a message that helps: "HANOI" → HN (Hà Nội), "DBS" →
 * DBSH, DBSCL. A code or name that contains what was typed comes first, then those a few keystrokes away; names
 * are compared without diacritics ("Hà Nội" as HANOI).
 */
public final class ClosestCodes {

    /** A valid code and the name shown beside it. */
    public record Candidate(String code, String name) {
    }

    private static final int SHOWN = 3;

    private ClosestCodes() {
    }

    /** At most three candidates close to {@code wanted}, closest first; empty when none is close. */
    public static List<Candidate> closest(String wanted, Collection<Candidate> candidates) {
        String typed = fold(wanted);
        if (typed.isEmpty()) {
            return List.of();
        }
        int allowed = Math.max(1, (typed.length() + 1) / 3);
        record Scored(Candidate candidate, int score) {
        }
        return candidates.stream().map(c -> new Scored(c, score(typed, c)))
                .filter(s -> s.score() <= allowed + 1)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(s -> s.candidate().code()))
                .map(Scored::candidate).distinct().limit(SHOWN).toList();
    }

    /** "; gần giống: HN (Hà Nội), HP (Hải Phòng)" style text of the candidates, or "" when there are none. */
    public static String listed(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.name() == null ? c.code() : c.code() + " (" + c.name() + ")")
                .collect(Collectors.joining(", "));
    }

    /** 0: the same code or name; 1: one contains the other; else 1 + the edit distance to the code or the name. */
    private static int score(String typed, Candidate candidate) {
        String code = fold(candidate.code());
        String name = fold(candidate.name());
        if (code.equals(typed) || name.equals(typed)) {
            return 0;
        }
        if (code.startsWith(typed) || typed.startsWith(code) || (!name.isEmpty() && name.contains(typed))) {
            return 1;
        }
        return 1 + Math.min(distance(typed, code), name.isEmpty() ? Integer.MAX_VALUE - 1 : distance(typed, name));
    }

    /** Upper case ASCII letters and digits only: "Hà Nội" → HANOI, "Đắk Lắk" → DAKLAK. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
