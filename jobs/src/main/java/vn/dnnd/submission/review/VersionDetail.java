package vn.dnnd.submission.review;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a reviewer looks at before deciding one version: the version itself, which version counts now for its
 * organisation and period (null: none), the previous year's counted version (period and number, null: none),
 * every indicator side by side, the warnings intake found, and every decision taken on it.
 */
public record VersionDetail(ReviewVersion version, Integer countedVersion, String previousPeriod,
                            Integer previousVersion, List<VersionFigure> figures, List<Warning> warnings,
                            List<DecisionLine> decisions) {

    /** A warning intake stored with the version's file (outliers, implausible ratios, late, ...). */
    public record Warning(String sheet, String cell, String indicatorCode, String rule, String messageVi,
                          String messageEn) {
    }

    /** One decision on the version, oldest first. */
    public record DecisionLine(String decision, String fromStatus, String toStatus, String reason, String decidedBy,
                               OffsetDateTime decidedAt) {
    }
}
