package vn.dnnd.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import vn.dnnd.reports.model.Excerpt;
import vn.dnnd.reports.model.NarrativeRow;
import vn.dnnd.reports.model.NarrativeSection;

/**
 * Which passages of the narratives a summary quotes: for one task and section, among the given
 * authors, the longest passages first (the fullest accounts; ties by organisation code, so the same data
 * always gives the same report), at most {@code limit} of them, each cut at a word boundary.
 */
final class Excerpts {

    private Excerpts() {
    }

    static List<Excerpt> pick(List<NarrativeRow> narratives, int taskNo, NarrativeSection section,
            Collection<String> authors, int limit, int maxCharacters) {
        return narratives.stream()
                .filter(row -> row.taskNo() == taskNo && row.section() == section && authors.contains(row.organisationCode()))
                .map(row -> new Excerpt(row.organisationCode(), row.organisationName(), shorten(row.text(), maxCharacters)))
                .sorted(Comparator.comparingInt((Excerpt excerpt) -> -excerpt.text().length())
                        .thenComparing(Excerpt::organisationCode))
                .limit(limit)
                .toList();
    }

    /** The passage on one line, cut before {@code max} characters at a space and ended with "…". */
    static String shorten(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max - 1);
        return line.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }
}
