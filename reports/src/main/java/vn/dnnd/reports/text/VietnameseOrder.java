package vn.dnnd.reports.text;

import java.text.Collator;
import java.util.Comparator;

/**
 * Names in the order of a Vietnamese list: syllable by syllable, each by the Vietnamese alphabet (a ă â …,
 * d before đ, tones after letters), so "Hà Nội" comes before "Hải Phòng" and "Hưng Yên". The JDK's
 * Vietnamese collator alone ignores the spaces and would put "Hải Phòng" first ("haiphong" < "hanoi"), and a
 * database's collation often sorts by code point (Hưng before Hải).
 */
public final class VietnameseOrder {

    private static final Comparator<String> NAMES = VietnameseOrder::compare;

    private VietnameseOrder() {
    }

    public static Comparator<String> names() {
        return NAMES;
    }

    private static int compare(String left, String right) {
        // A Collator is not thread-safe to share; one per comparison of a sort is cheap next to the sort.
        Collator collator = Collator.getInstance(VietnameseFormat.VIETNAMESE);
        String[] a = left.trim().split("\\s+");
        String[] b = right.trim().split("\\s+");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int syllable = collator.compare(a[i], b[i]);
            if (syllable != 0) {
                return syllable;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
