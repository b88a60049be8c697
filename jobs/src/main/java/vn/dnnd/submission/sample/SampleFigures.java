package vn.dnnd.submission.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dnnd.submission.reference.IndicatorDefinition;
import vn.dnnd.submission.reference.Reporter;

/**
 * Believable figures: a typical province's value per indicator, scaled by the organisation's size,
 * grown year on year at the organisation's own rate, with a little deterministic noise. Shares
 * (units disseminated, advice adopted, staff trained) stay below their totals.
 */
final class SampleFigures {

    private static final Map<String, Double> TYPICAL = Map.ofEntries(
            Map.entry("T1.DISSEM_EVENTS", 22.0), Map.entry("T1.DISSEM_PARTICIPANTS", 2600.0),
            Map.entry("T1.SUBUNITS_TOTAL", 140.0), Map.entry("T1.DOMESTIC_MEDIA_ITEMS", 110.0),
            Map.entry("T2.REVIEWS_INSPECTIONS", 5.0), Map.entry("T3.ACTIVE_PARTNERS", 11.0),
            Map.entry("T3.NEW_AGREEMENTS", 3.0), Map.entry("T3.DELEGATIONS_OUT", 4.0), Map.entry("T3.DELEGATIONS_IN", 7.0),
            Map.entry("T3.NEIGHBOUR_EXCHANGES", 5.0), Map.entry("T3.FRIENDSHIP_EVENTS", 9.0),
            Map.entry("T4.MULTILATERAL_FORUMS", 2.0), Map.entry("T4.INTL_EVENTS_HOSTED", 2.0),
            Map.entry("T4.ADVOCACY_ACTIVITIES", 5.0), Map.entry("T4.REBUTTAL_ITEMS", 35.0),
            Map.entry("T4.NGO_AID_COMMITTED_USD", 1_800_000.0), Map.entry("T5.OV_EVENTS", 4.0),
            Map.entry("T5.OV_PARTICIPANTS", 260.0), Map.entry("T5.OV_YOUTH_ACTIVITIES", 1.2),
            Map.entry("T5.OV_ASSOCIATIONS_LINKED", 6.0), Map.entry("T5.OV_CONTRIBUTIONS_VND", 1_200_000_000.0),
            Map.entry("T5.OV_LANGUAGE_CULTURE", 2.0), Map.entry("T6.FOREIGN_LANG_PRODUCTS", 45.0),
            Map.entry("T6.FOREIGN_MEDIA_CONTACTS", 6.0), Map.entry("T6.ONLINE_VIEWS", 180_000.0),
            Map.entry("T7.RESEARCH_OUTPUTS", 2.0), Map.entry("T7.ADVISORY_SUBMITTED", 7.0), Map.entry("T7.SEMINARS", 3.0),
            Map.entry("T8.REGULATIONS_ISSUED", 2.0), Map.entry("T8.PTPD_STAFF", 14.0),
            Map.entry("T8.BUDGET_VND", 2_200_000_000.0));
    /** Yes-answers grow more likely as the directive takes hold: probability in 2022 and yearly gain. */
    private static final Map<String, double[]> YES = Map.of(
            "T2.IMPL_PLAN_IN_FORCE", new double[] {0.85, 0.05}, "T2.LEADER_ASSIGNED", new double[] {0.9, 0.03},
            "T2.ANNUAL_PROGRAMME_APPROVED", new double[] {0.8, 0.04}, "T2.COORD_MECHANISM", new double[] {0.6, 0.08},
            "T3.PARTNER_PLAN", new double[] {0.45, 0.1}, "T6.FOREIGN_LANG_CHANNEL", new double[] {0.55, 0.08},
            "T8.PROVINCIAL_VUFO_ACTIVE", new double[] {0.8, 0.03});

    private SampleFigures() {
    }

    static Map<String, Object> answers(Reporter reporter, double size, int year, List<IndicatorDefinition> indicators) {
        double growth = Math.pow(1.04 + Hashes.unit(reporter.code(), "growth") * 0.08, year - 2022);
        Map<String, Object> answers = new LinkedHashMap<>();
        for (IndicatorDefinition indicator : indicators) {
            String code = indicator.code();
            if (notApplicable(reporter, code)) {
                answers.put(code, SampleSubmission.NOT_APPLICABLE);
            } else if (indicator.isBoolean()) {
                double[] chance = YES.getOrDefault(code, new double[] {0.8, 0.04});
                answers.put(code, Hashes.unit(reporter.code(), code, year) < chance[0] + chance[1] * (year - 2022));
            } else if (code.equals("T6.ONLINE_VIEWS") && Hashes.unit(reporter.code(), code) < 0.35) {
                continue; // no analytics: the optional answer is left missing, not zero
            } else if (TYPICAL.containsKey(code)) {
                boolean steady = code.equals("T1.SUBUNITS_TOTAL") || code.equals("T8.PTPD_STAFF");
                double noise = 0.9 + Hashes.unit(reporter.code(), code, year) * 0.2;
                answers.put(code, amount(indicator, TYPICAL.get(code) * size * (steady ? 1 : growth) * noise));
            }
        }
        share(answers, "T1.SUBUNITS_DISSEMINATED", "T1.SUBUNITS_TOTAL", Math.min(0.98, 0.72 + 0.07 * (year - 2022)));
        share(answers, "T4.NGO_AID_DISBURSED_USD", "T4.NGO_AID_COMMITTED_USD", 0.7 + Hashes.unit(reporter.code(), "aid", year) * 0.2);
        share(answers, "T7.ADVISORY_ADOPTED", "T7.ADVISORY_SUBMITTED", 0.5 + Hashes.unit(reporter.code(), "adv", year) * 0.3);
        share(answers, "T8.STAFF_TRAINED", "T8.PTPD_STAFF", 0.45 + 0.08 * (year - 2022));
        answers.keySet().retainAll(indicators.stream().map(IndicatorDefinition::code).toList());
        return answers;
    }

    /** Party boards handle no foreign aid or diaspora donations; some central bodies have no border work. */
    private static boolean notApplicable(Reporter reporter, String code) {
        boolean board = reporter.kind().equals("party_board");
        return switch (code) {
            case "T4.NGO_AID_COMMITTED_USD", "T4.NGO_AID_DISBURSED_USD", "T5.OV_CONTRIBUTIONS_VND" -> board;
            case "T3.NEIGHBOUR_EXCHANGES" -> !reporter.kind().equals("province") && Hashes.unit(reporter.code(), code) < 0.4;
            default -> false;
        };
    }

    private static void share(Map<String, Object> answers, String part, String total, double ratio) {
        if (answers.get(total) instanceof BigDecimal whole) {
            answers.put(part, whole.multiply(BigDecimal.valueOf(Math.min(ratio, 1.0))).setScale(whole.scale(), RoundingMode.DOWN));
        }
    }

    private static BigDecimal amount(IndicatorDefinition indicator, double value) {
        if (indicator.isWholeNumber()) {
            return BigDecimal.valueOf(Math.max(0, Math.round(value)));
        }
        // Money: USD to the hundred, VND to the million.
        double unit = indicator.unitEn().equals("USD") ? 100 : 1_000_000;
        return BigDecimal.valueOf(Math.round(value / unit) * (long) unit);
    }
}
