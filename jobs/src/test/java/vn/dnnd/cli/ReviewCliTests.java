package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.cli.CliTests.dnnd;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.support.ReviewFixture;
import vn.dnnd.support.TestDatabase;

/** review list|accept|return|reopen|unlock as an operator runs them: output, exit codes, records. */
@SpringBootTest
class ReviewCliTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferenceDataService reference;

    ReviewFixture versions;

    @BeforeEach
    void versionsAwaitingReview() {
        reference.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        versions = new ReviewFixture(jdbc);
    }

    @Test
    void anOperatorListsAcceptsAndIsToldWhatWasRefusedAndWhy() {
        long hanoi = versions.awaiting("HN", "2026");
        long caoBang = versions.awaiting("CAOBANG", "2026");

        CliTests.Run list = dnnd("review", "list", "--period", "2026", "--state", "awaiting");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern(hanoi + "\\s+HN\\s+1\\s+chờ duyệt \\(awaiting\\)")
                .containsPattern(caoBang + "\\s+CAOBANG\\s+1\\s+chờ duyệt \\(awaiting\\)").contains("2 phiên bản (versions)");

        CliTests.Run accept = dnnd("review", "accept", hanoi + "", caoBang + "", "--by", "cli.reviewer");
        assertThat(accept.exitCode()).as(accept.out() + accept.err()).isZero();
        assertThat(accept.out()).contains("#" + hanoi + " HN 2026 v1: duyệt (accepted) → accepted",
                "#" + caoBang + " CAOBANG 2026 v1: duyệt (accepted) → accepted");

        CliTests.Run again = dnnd("review", "accept", hanoi + "");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).contains("không thực hiện được (refused)", "không còn chờ duyệt", "cli.reviewer");
        CliTests.Run noReason = dnnd("review", "reopen", caoBang + "");
        assertThat(noReason.exitCode()).isEqualTo(1);
        assertThat(noReason.out()).contains("Cần ghi lý do khi mở lại", "a reason is required to reopen");
        assertThat(jdbc.queryForObject("select count(*) from review_decision", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'review_decision' and actor = "
                + "'cli.reviewer' and target = ?", Integer.class, "submission:" + hanoi)).isEqualTo(1);

        CliTests.Run wrong = dnnd("review", "list", "--period", "2026", "--state", "pending");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--state phải là awaiting, accepted hoặc returned");
    }

    @Test
    void anOperatorOpensALockedPeriodForOneOrganisationWithTheReasonRecorded() {
        String until = LocalDate.now().plusDays(3).toString();

        CliTests.Run unlock = dnnd("review", "unlock", "HN", "2025", "--until", until, "--reason",
                "Bổ sung theo yêu cầu của Ban", "--by", "cli.admin");

        assertThat(unlock.exitCode()).as(unlock.err()).isZero();
        assertThat(unlock.out()).contains("Đã mở lại kỳ 2025 cho HN đến hết ngày " + until);
        assertThat(jdbc.queryForObject("select u.reason || ' ' || u.unlocked_by from period_unlock u join organisation o "
                + "using (org_id) where o.code = 'HN' and u.period_code = '2025'", String.class))
                .isEqualTo("Bổ sung theo yêu cầu của Ban cli.admin");
        assertThat(dnnd("review", "unlock", "KHONGCO", "2025", "--until", until, "--reason", "x").exitCode()).isNotZero();
    }
}
