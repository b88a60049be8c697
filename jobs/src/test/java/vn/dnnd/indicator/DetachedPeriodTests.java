package vn.dnnd.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.support.SubmissionFixture;
import vn.dnnd.support.TestDatabase;
import vn.dnnd.system.DnndException;

/**
 * submission_value is partitioned by period (V76): each period has its table, an old year can be detached as the
 * README's "Old years" says, and a period whose values are detached is not computed (everything would be
 * missing) until they are attached again.
 */
@SpringBootTest
class DetachedPeriodTests {

    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    ComputeService compute;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void twoReportsSubmitted() {
        referenceData.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        SubmissionFixture submissions = new SubmissionFixture(jdbc);
        submissions.submit("HN", "2025").number("T3.DELEGATIONS_OUT", 12);
        submissions.submit("HN", "2024").number("T3.DELEGATIONS_OUT", 7);
    }

    @Test
    void eachPeriodsValuesAreATableOfTheirOwn() {
        assertThat(jdbc.queryForObject("select count(*) from submission_value_2025", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from submission_value_2024", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from submission_value", Integer.class)).isEqualTo(2);
    }

    @Test
    void aDetachedYearIsNotComputedUntilItsValuesAreBack() {
        jdbc.execute("alter table submission_value detach partition submission_value_2024");
        try {
            assertThat(jdbc.queryForObject("select count(*) from submission_value", Integer.class)).isEqualTo(1);
            assertThatThrownBy(() -> compute.compute("2024")).isInstanceOf(DnndException.class)
                    .hasMessageContaining("the submitted values of period 2024 were detached");
            assertThat(compute.compute("2025").rowsWritten()).as("the other years compute as ever").isPositive();
        } finally {
            jdbc.execute("alter table submission_value attach partition submission_value_2024 for values in ('2024')");
        }
        assertThat(compute.compute("2024").rowsWritten()).isPositive();
    }
}
