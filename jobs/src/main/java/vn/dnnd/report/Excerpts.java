package vn.dnnd.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.dnnd.reports.model.Excerpt;
import vn.dnnd.reports.model.NarrativePart;
import vn.dnnd.reports.model.NarrativeRow;
import vn.dnnd.reports.model.OrganisationKind;

/**
 * Which passages of the narratives a summary quotes, for one task (or all) and section among the given authors:
 * the kinds of organisation take turns (a province, then a central organisation, a Party board, a
 * ministry, then the next province...), so the national summary does not quote only one kind; within a
 * kind the longest passage comes first (the fullest account; ties by organisation code, so the same data
 * always gives the same report). A passage word for word the same as one already quoted (organisations
 * copying a common draft) is quoted once. At most {@code limit} passages, each cut at a word boundary.
 */
final class Excerpts {

    private Excerpts() {
    }

    static List<Excerpt> pick(List<NarrativeRow> narratives, int taskNo, NarrativePart section,
            Map<String, OrganisationKind> authors, int limit, int maxCharacters) {
        return pick(narratives.stream().filter(row -> row.taskNo() == taskNo).toList(), section, authors, limit,
                maxCharacters);
    }

    /**
     * The same choice among the passages of every task (lessons learned are one section of the summary),
     * each organisation's longest passage only: the section gives many organisations' lessons rather than
     * one organisation's lesson of every task.
     */
    static List<Excerpt> pickOnePerOrganisation(List<NarrativeRow> narratives, NarrativePart section,
            Map<String, OrganisationKind> authors, int limit, int maxCharacters) {
        Map<String, NarrativeRow> longest = new TreeMap<>();
        narratives.stream().filter(row -> row.section() == section).forEach(row -> longest.merge(row.organisationCode(),
                row, (kept, other) -> other.text().length() > kept.text().length() ? other : kept));
        return pick(List.copyOf(longest.values()), section, authors, limit, maxCharacters);
    }

    private static List<Excerpt> pick(List<NarrativeRow> narratives, NarrativePart section,
            Map<String, OrganisationKind> authors, int limit, int maxCharacters) {
        Map<OrganisationKind, List<Excerpt>> byKind = new TreeMap<>();
        narratives.stream()
                .filter(row -> row.section() == section && authors.containsKey(row.organisationCode()))
                .forEach(row -> byKind.computeIfAbsent(authors.get(row.organisationCode()), kind -> new ArrayList<>())
                        .add(new Excerpt(row.organisationCode(), row.organisationName(), shorten(row.text(), maxCharacters))));
        List<Iterator<Excerpt>> turns = byKind.values().stream().map(excerpts -> excerpts.stream()
                .sorted(Comparator.comparingInt((Excerpt excerpt) -> -excerpt.text().length())
                        .thenComparing(Excerpt::organisationCode))
                .iterator()).toList();
        List<Excerpt> picked = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        boolean more = true;
        while (picked.size() < limit && more) {
            more = false;
            for (Iterator<Excerpt> turn : turns) {
                if (turn.hasNext() && picked.size() < limit) {
                    Excerpt next = turn.next();
                    if (texts.add(next.text())) {
                        picked.add(next);
                    }
                    more = true;
                }
            }
        }
        return picked;
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
