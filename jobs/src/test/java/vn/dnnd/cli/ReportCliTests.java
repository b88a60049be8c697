package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.cli.CliTests.dnnd;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.support.ReviewFixture;
import vn.dnnd.support.SubmissionFixture;
import vn.dnnd.support.TestDatabase;

/**
 * render, reports list|diff and annual as a user runs them: output, files and exit codes; what diff and annual say
 * about versions awaiting review or returned.
 */
@SpringBootTest
class ReportCliTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    ComputeService compute;
    @Autowired
    IntakeReferenceLoader referenceLoader;

    SubmissionFixture fixture;

    @BeforeEach
    void twoReportsComputed() {
        reference.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        fixture = new SubmissionFixture(jdbc);
        fixture.submit("HN", "2025").number("T3.DELEGATIONS_OUT", 10);
        fixture.submit("LAOCAI", "2025").number("T3.DELEGATIONS_OUT", 5);
        compute.compute("2025");
    }

    @Test
    void renderPrintsEveryFileCopiesToOutAndDiffListsTheChangedFigureAndNewSubmission(@TempDir Path out) {
        CliTests.Run first = dnnd("render", "--period", "2025", "--kinds", "figures", "--lang", "vi", "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Kỳ 2025, lần xuất bản 1 (period 2025, edition 1)")
                .contains("loại (kinds): figures; ngôn ngữ (languages): vi")
                .containsPattern("vi +figures +[\\d.]+ byte  .*/reports/2025/edition-1/vi/figures-2025-VN.txt")
                .contains("bản sao (copy): " + out.resolve("vi").resolve("figures-2025-VN.txt"))
                .containsPattern("Đã ghi \\(written\\): \\d+ tệp \\(files\\)");
        assertThat(out.resolve("vi").resolve("figures-2025-VN.txt")).content().contains("T3.DELEGATIONS_OUT\t15");

        CliTests.Run tooFew = dnnd("reports", "diff", "--period", "2025");
        assertThat(tooFew.exitCode()).as("one edition: nothing to compare is not an error").isZero();
        assertThat(tooFew.out()).contains("Kỳ 2025 có 1 lần xuất bản: chưa có gì để so sánh",
                "period 2025 has 1 edition(s): nothing to compare yet");
        assertThat(tooFew.err()).isEmpty();

        fixture.submit("HCM", "2025").number("T3.DELEGATIONS_OUT", 7);
        compute.compute("2025");
        assertThat(dnnd("render", "--period", "2025", "--kinds", "figures").exitCode()).isZero();
        // After the edition: Hà Nội sends a version that awaits review, Cao Bằng's is returned.
        ReviewFixture review = new ReviewFixture(jdbc);
        review.awaiting("HN", "2025");
        review.returned("CAOBANG", "2025", "Số đoàn ra không khớp với thuyết minh;\nxem lại cột D", "reviewer.a");

        CliTests.Run diff = dnnd("reports", "diff", "--period", "2025");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("Kỳ 2025: lần xuất bản 1 → 2 (period 2025: edition 1 → 2)")
                .containsPattern("T3.DELEGATIONS_OUT +toàn quốc +15 → 22 ")
                // the region had no figure before: missing, not zero
                .containsPattern("T3.DELEGATIONS_OUT +2025:DNB +— → 7 ")
                .containsPattern("thêm \\(added\\) +HCM +— → v1  TP. Hồ Chí Minh")
                .contains("Đang chờ duyệt, chưa được tính (awaiting review now, not counted): 1 phiên bản (versions)")
                .contains("Bị trả lại để sửa, chưa gửi lại (returned for correction, not sent again): 1")
                .containsPattern("  CAOBANG +v1 +Cao Bằng — lý do \\(reason\\): Số đoàn ra không khớp với thuyết minh; "
                        + "xem lại cột D\\n");

        CliTests.Run list = dnnd("reports", "list", "--period", "2025");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("lần xuất bản 1 (period 2025, edition 1)").contains("lần xuất bản 2 (period 2025, edition 2)")
                .contains("/reports/2025/edition-2/en/figures-2025-VN.txt");
    }

    @Test
    void renderRefusesAPeriodNotComputedWithOneLineAndWrongUsageExitsTwo() {
        CliTests.Run notComputed = dnnd("render", "--period", "2024");
        assertThat(notComputed.exitCode()).isEqualTo(1);
        assertThat(notComputed.err().lines()).containsExactly("Lỗi (error): Kỳ 2024 chưa có kết quả tính đã công bố; hãy chạy "
                + "compute --period 2024 trước (period 2024 has no published compute run; run compute --period 2024 first)");
        assertThat(dnnd("render").exitCode()).isEqualTo(2);
        assertThat(dnnd("reports", "list", "--period", "2023").out()).contains("Chưa có lần xuất bản nào (no editions yet)");

        int executions = jdbc.queryForObject("select count(*) from batch_job_execution", Integer.class);
        CliTests.Run unknownKind = dnnd("render", "--period", "2025", "--kinds", "summary;foo");
        assertThat(unknownKind.exitCode()).as("a kind that does not exist is wrong usage").isEqualTo(2);
        assertThat(unknownKind.err().lines()).singleElement().asString()
                .startsWith("Lỗi (error): Không có loại báo cáo \"foo\"; các loại: ")
                .contains("(no report kind \"foo\"; kinds: ").contains("summary").contains("workbook");
        assertThat(dnnd("annual", "--period", "2025", "--lang", "fr").exitCode()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from batch_job_execution", Integer.class))
                .as("refused before any job ran").isEqualTo(executions);
    }

    @Test
    void renderRefusesPeriodTextThatIsNeitherAYearNorAReviewSpanBeforeAnyJobRuns() {
        int executions = jdbc.queryForObject("select count(*) from batch_job_execution", Integer.class);
        CliTests.Run backwards = dnnd("render", "--period", "2026-2022");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err().lines()).containsExactly("Lỗi (error): Kỳ báo cáo \"2026-2022\" không hợp lệ: năm đầu "
                + "phải trước năm cuối (ví dụ 2022-2026) (invalid period \"2026-2022\": the first year must come before "
                + "the last (e.g. 2022-2026))");
        CliTests.Run typo = dnnd("render", "--period", "2022-20x");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err().lines()).containsExactly("Lỗi (error): Kỳ báo cáo \"2022-20x\" không hợp lệ: ghi một năm "
                + "(ví dụ 2025) hoặc một giai đoạn sơ kết (ví dụ 2022-2026) (invalid period \"2022-20x\": give a year "
                + "(e.g. 2025) or a review span (e.g. 2022-2026))");
        assertThat(jdbc.queryForObject("select count(*) from batch_job_execution", Integer.class))
                .as("refused before any job ran").isEqualTo(executions);

        CliTests.Run notComputed = dnnd("render", "--period", "2022-2026");
        assertThat(notComputed.exitCode()).isEqualTo(1);
        assertThat(notComputed.err()).contains("Kỳ 2022-2026 chưa có kết quả tính đã công bố; hãy chạy "
                + "compute --period 2022-2026 trước");
        compute.compute("2022-2026");
        CliTests.Run annualKind = dnnd("render", "--period", "2022-2026", "--kinds", "summary");
        assertThat(annualKind.exitCode()).isEqualTo(2);
        assertThat(annualKind.err()).contains("Loại báo cáo \"summary\" không xuất cho kỳ loại review5y; "
                + "các loại của kỳ này: review, review-workbook");
    }

    @Test
    void annualIngestsComputesAndRendersAnInbox(@TempDir Path inbox) throws Exception {
        IntakeReference intake = referenceLoader.load();
        Files.writeString(inbox.resolve("hcm-2025.csv"), SubmissionFiles.csv("HCM", "2025",
                Answers.forIndicators(intake.entered("province", intake.period("2025").orElseThrow()), 3), ';', "Đã làm."));

        new ReviewFixture(jdbc).awaiting("CAOBANG", "2025");
        CliTests.Run run = dnnd("annual", "--period", "2025", "--inbox", inbox.toString(), "--as-of",
                "2025-12-10T09:00:00+07:00", "--kinds", "figures", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("annualJob #\\d+, kỳ \\(period\\) 2025")
                .contains("1 chấp nhận (accepted), 0 từ chối (rejected), 0 trùng (duplicates)")
                .containsPattern("tính \\(compute\\): lần tính \\(run\\) \\d+ đã công bố \\(published\\)")
                .contains("  Chưa tính 1 phiên bản đang chờ duyệt (left out 1 versions awaiting review)")
                .contains("/reports/2025/edition-1/en/figures-2025-VN.txt");
        assertThat(jdbc.queryForObject("select submissions from compute_run where status = 'completed' and period_code = '2025'",
                Integer.class)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "reports", "reports list", "reports diff", "annual", "demo"})
    void everyNewCommandHasHelp(String command) {
        StringWriter out = new StringWriter();
        int exitCode = DnndMain.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                (command + " --help").split(" "));
        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("Usage: dnnd " + command).contains("--help");
    }
}
