package vn.dnnd.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may open which kind of report (issue 13): a leader the summaries, briefings and region reports;
 * an analyst those and the analyst workbook (every figure). The five-year review's PDF goes with the summaries,
 * its workbook with the analyst workbook. Any other role, or a kind not named here
 * (a kind added later, a test's kind), is refused until it is given an audience on purpose. Roles are
 * their names (SUBMITTER, REVIEWER, ANALYST, LEADER, ADMIN), so the rule needs nothing of the web's access
 * package.
 */
public final class ReportAudience {

    private static final Set<String> LEADER_KINDS = Set.of("summary", "briefing", "region", "review");
    private static final Map<String, Set<String>> KINDS_BY_ROLE = Map.of(
            "LEADER", LEADER_KINDS,
            "ANALYST", Set.of("summary", "briefing", "region", "workbook", "review",
                    "review-workbook"));

    private ReportAudience() {
    }

    /** Whether a reader holding these roles may open a file of this kind. */
    public static boolean mayOpen(Collection<String> roles, String kind) {
        return roles.stream().anyMatch(role -> KINDS_BY_ROLE.getOrDefault(role, Set.of()).contains(kind));
    }

    /** The editions with only the files these roles may open (an edition left with none stays listed). */
    public static List<Edition> visible(List<Edition> editions, Collection<String> roles) {
        return editions.stream().map(edition -> edition.withFiles(edition.files().stream()
                .filter(file -> mayOpen(roles, file.kind())).toList())).toList();
    }
}
