package vn.dnnd.reports.text;

import java.util.List;

/** Shortening text to a fixed space, always saying that something was left out. */
public final class TextFit {

    private TextFit() {
    }

    /** The text cut at a word boundary to at most {@code max} characters, ending in "…" when cut. */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }

    /**
     * The items joined with "; " while they fit in {@code budget} characters; the ones that do not fit
     * are counted, and {@code more} (a label with {0} for the count) says how many.
     */
    public static String joinWithin(List<String> items, int budget, Labels labels, String more) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (String item : items) {
            String next = shown == 0 ? item : "; " + item;
            String tail = shown + 1 < items.size() ? "; " + labels.format(more, items.size() - shown - 1) : "";
            if (text.length() + next.length() + tail.length() > budget) {
                break;
            }
            text.append(next);
            shown++;
        }
        if (shown < items.size()) {
            text.append(shown == 0 ? "" : "; ").append(labels.format(more, items.size() - shown));
        }
        return text.append('.').toString();
    }
}
