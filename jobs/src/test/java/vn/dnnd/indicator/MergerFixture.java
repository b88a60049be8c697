package vn.dnnd.indicator;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.support.SubmissionFixture;
import vn.dnnd.support.TestDatabase;

/**
 * The hand-built fixture of the indicator tests: 2024 and 2025 around the 2025 merger.
 * <ul>
 * <li>Tây Ninh (TAYNINH) and Long An (LONGAN) merged into today's Tây Ninh (region Đông Nam Bộ, 2025
 *     scheme); Long An was in the Mekong Delta region (2023 scheme). Hồ Chí Minh City (HCM) took over
 *     Bình Dương (BINHDUONG) and Bà Rịa - Vũng Tàu (BRVT, which never submits).</li>
 * <li>Hà Nội (HN) is unchanged by the merger and submits late in 2025.</li>
 * <li>Đồng Nai (DONGNAI), the third unit of today's Đông Nam Bộ, does not submit in 2025 (missing).</li>
 * <li>Two central organisations: the Union of Friendship Organisations (LHHN) and the General
 *     Confederation of Labour (TLDLD), which answers "not applicable" to outgoing delegations in 2025.</li>
 * <li>Tây Ninh's first 2025 version is superseded by a second one: its numbers must not count.</li>
 * </ul>
 * Every other expected reporter of the registry is missing. Indicators used: T3.DELEGATIONS_OUT (sum),
 * T2.IMPL_PLAN_IN_FORCE (share_yes), T7.ADVISORY_SUBMITTED / T7.ADVISORY_ADOPTED (the derived ratio
 * T7.ADVISORY_ADOPTION_PCT), T7.RESEARCH_OUTPUTS and T7.SEMINARS (task 7 score),
 * T8.PROVINCIAL_VUFO_ACTIVE (share_yes, provinces only).
 */
public final class MergerFixture {

    static final String DELEGATIONS_OUT = "T3.DELEGATIONS_OUT";
    static final String PLAN_IN_FORCE = "T2.IMPL_PLAN_IN_FORCE";
    static final String ADVISORY_SUBMITTED = "T7.ADVISORY_SUBMITTED";
    static final String ADVISORY_ADOPTED = "T7.ADVISORY_ADOPTED";
    static final String ADOPTION_PCT = "T7.ADVISORY_ADOPTION_PCT";
    static final String RESEARCH = "T7.RESEARCH_OUTPUTS";
    static final String SEMINARS = "T7.SEMINARS";
    static final String PROVINCIAL_VUFO = "T8.PROVINCIAL_VUFO_ACTIVE";

    private MergerFixture() {
    }

    /** A database holding only the reference data and this fixture, computed for 2024 and then 2025. */
    public static void computed(JdbcTemplate jdbc, ReferenceDataService reference, ComputeService compute) {
        TestDatabase.clearCollectedAndComputed(jdbc);
        reference.load();
        build(jdbc);
        compute.compute("2024");
        compute.compute("2025");
    }

    public static void build(JdbcTemplate jdbc) {
        SubmissionFixture fixture = new SubmissionFixture(jdbc);
        // 2024: the old provinces, all on time
        fixture.submit("TAYNINH", "2024").number(DELEGATIONS_OUT, 5).number(ADVISORY_SUBMITTED, 8).number(ADVISORY_ADOPTED, 4);
        fixture.submit("LONGAN", "2024").number(DELEGATIONS_OUT, 9).number(ADVISORY_SUBMITTED, 4).number(ADVISORY_ADOPTED, 4);
        fixture.submit("HCM", "2024").number(DELEGATIONS_OUT, 20);
        fixture.submit("BINHDUONG", "2024").number(DELEGATIONS_OUT, 4);
        fixture.submit("HN", "2024").number(DELEGATIONS_OUT, 18);
        fixture.submit("LHHN", "2024").number(DELEGATIONS_OUT, 35);
        fixture.submit("TLDLD", "2024").number(DELEGATIONS_OUT, 10);

        // 2025: today's units
        fixture.submit("TAYNINH", "2025").number(DELEGATIONS_OUT, 99).yes(PLAN_IN_FORCE);
        fixture.submit("TAYNINH", "2025").number(DELEGATIONS_OUT, 12).yes(PLAN_IN_FORCE)
                .number(RESEARCH, 4).number(ADVISORY_SUBMITTED, 10).number(ADVISORY_ADOPTED, 6).number(SEMINARS, 3)
                .yes(PROVINCIAL_VUFO);
        fixture.submit("HCM", "2025").number(DELEGATIONS_OUT, 30).yes(PLAN_IN_FORCE)
                .number(RESEARCH, 10).number(ADVISORY_SUBMITTED, 20).number(ADVISORY_ADOPTED, 15).number(SEMINARS, 8)
                .no(PROVINCIAL_VUFO);
        fixture.submit("HN", "2025").late().number(DELEGATIONS_OUT, 25).no(PLAN_IN_FORCE)
                .number(RESEARCH, 6).number(ADVISORY_SUBMITTED, 0).number(ADVISORY_ADOPTED, 0).number(SEMINARS, 5);
        fixture.submit("LHHN", "2025").number(DELEGATIONS_OUT, 40).yes(PLAN_IN_FORCE)
                .number(RESEARCH, 2).number(ADVISORY_SUBMITTED, 4).number(ADVISORY_ADOPTED, 3).number(SEMINARS, 1);
        fixture.submit("TLDLD", "2025").notApplicable(DELEGATIONS_OUT).no(PLAN_IN_FORCE)
                .number(RESEARCH, 5).number(ADVISORY_ADOPTED, 2).number(SEMINARS, 4);
    }
}
