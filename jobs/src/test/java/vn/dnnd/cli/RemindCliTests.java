package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.cli.CliTests.dnnd;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.support.ReviewFixture;
import vn.dnnd.support.SubmissionFixture;
import vn.dnnd.support.TestDatabase;

/** remind as a user runs it without SMTP: what its summary line says about reports awaiting review or returned. */
@SpringBootTest
class RemindCliTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSummaryCountsReportsAwaitingReviewAndReturnedApartFromSubmittedAndMissing(
            @Autowired ReferenceDataService reference) {
        reference.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        jdbc.update("update organisation set contact_email = null");
        new SubmissionFixture(jdbc).submit("HN", "2025");
        ReviewFixture review = new ReviewFixture(jdbc);
        review.awaiting("LAOCAI", "2025");
        review.returned("CAOBANG", "2025", "Thiếu số liệu nhiệm vụ 5", "reviewer.a");
        int expected = jdbc.queryForObject("select count(*) from period_reporter where period_code = '2025'", Integer.class);

        CliTests.Run run = dnnd("remind", "--period", "2025", "--reminder", "cli-review");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Phải báo cáo (expected) " + expected + ", đã nộp (submitted) 1, chờ duyệt, chưa tính "
                + "(awaiting review, not counted yet) 1, bị trả lại (returned) 1, bị từ chối (rejected) 0, chưa nộp "
                + "(not submitted) " + (expected - 3) + ", không có địa chỉ thư (no contact) " + (expected - 2))
                .contains("Chưa cấu hình SMTP");
    }
}
