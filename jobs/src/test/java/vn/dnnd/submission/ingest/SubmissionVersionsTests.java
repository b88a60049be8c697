package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.submission.IngestChecksum;
import vn.dnnd.submission.SubmissionAssertions;
import vn.dnnd.submission.SubmissionFiles;

/** Versions: a resubmission supersedes, a duplicate is skipped, late and locked periods, concurrent uploads, outliers. */
@SpringBootTest
class SubmissionVersionsTests extends IngestTestSupport {

    @Test
    void aResubmissionSupersedesTheCurrentVersionAndADuplicateChangesNothing() throws Exception {
        String first = SubmissionFiles.csv("HAIPHONG", "2025", answers("province", "2025", 1), ',', null);
        ingest("a", "hai-phong.csv", first, DECEMBER_10, false);
        Map<String, Object> corrected = answers("province", "2025", 2);
        IngestSummary second = ingest("b", "hai-phong-sua.json", SubmissionFiles.json("HAIPHONG", "2025", corrected, "Bổ sung"),
                DECEMBER_10.plusDays(10), false);
        assertThat(second.files().get(0).version()).isEqualTo(2);
        assertThat(second.files().get(0).onTime()).isFalse();
        assertThat(second.files().get(0).firstMessageVi()).contains("nộp muộn: nhận ngày 20/12/2025, hạn là 15/12/2025");

        assertThat(jdbc.queryForList("""
                select version || ' ' || status || ' ' || channel || ' ' || on_time || ' ' || coalesce(submitted_by, '-')
                    || ' ' || to_char(received_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM')
                    || ' ' || coalesce(to_char(superseded_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM'), '-')
                    || ' ' || (supersedes_id is not null) || ' ' || length(sha256)
                from submission order by version""", String.class))
                .containsExactly("1 superseded csv true - 10/12 20/12 false 64", "2 accepted json false Trần Văn Bình 20/12 - true 64");
        // The earlier version keeps its values; the current one has the corrected answers.
        assertThat(jdbc.queryForObject("select count(*) from submission_value v join submission s using (submission_id) "
                + "where s.version = 1", Integer.class)).isEqualTo(41);
        SubmissionAssertions.valuesEqual(jdbc, SubmissionAssertions.currentSubmission(jdbc, "HAIPHONG", "2025"), corrected);

        String before = IngestChecksum.of(jdbc);
        IngestSummary again = ingest("c", "hai-phong-gui-lai.csv", first, DECEMBER_10.plusDays(12), false);
        assertThat(again.files()).singleElement().satisfies(file -> {
            assertThat(file.outcome()).isEqualTo(IntakeFileOutcome.DUPLICATE);
            assertThat(file.firstMessageVi()).contains("giống hệt tệp hai-phong.csv đã nhận ngày 10/12/2025");
            assertThat(Path.of(file.archivedPath())).exists().hasParent(
                    Path.of(file.archivedPath()).getParent()).matches(p -> p.toString().contains("/archive/duplicate/"));
        });
        assertThat(IngestChecksum.of(jdbc)).isEqualTo(before.replace("intake accepted=2", "intake accepted=2 duplicate=1"));
    }

    @Test
    void twoIngestsOfTheSameOrganisationAtOnceLeaveOneCurrentVersion() throws Exception {
        Path a = Files.createDirectories(work.resolve("portal"));
        Path b = Files.createDirectories(work.resolve("email"));
        Files.writeString(a.resolve("hue-1.csv"), SubmissionFiles.csv("HUE", "2025", answers("province", "2025", 3), ',', null));
        Files.writeString(b.resolve("hue-2.csv"), SubmissionFiles.csv("HUE", "2025", answers("province", "2025", 4), ';', null));

        CompletableFuture<IngestSummary> one = CompletableFuture.supplyAsync(() -> ingest.ingest(new IngestRequest(a, DECEMBER_10, false)));
        CompletableFuture<IngestSummary> two = CompletableFuture.supplyAsync(() -> ingest.ingest(new IngestRequest(b, DECEMBER_10, false)));
        List<IngestSummary> both = List.of(one.join(), two.join());

        assertThat(both).flatExtracting(IngestSummary::files).extracting(IngestSummary.FileOutcome::outcome)
                .containsOnly(IntakeFileOutcome.ACCEPTED);
        assertThat(jdbc.queryForList("select version || ' ' || status from submission order by version", String.class))
                .containsExactly("1 superseded", "2 accepted");
    }

    @Test
    void aLockedPeriodIsRefusedUnlessTheOperatorOverrides() throws Exception {
        String report = SubmissionFiles.json("MTTQ", "2024", answers("central_org", "2024", 5), "Báo cáo bổ sung");
        IngestSummary refused = ingest("a", "mttq-2024.json", report, DECEMBER_10, false);
        assertThat(refused.files().get(0).outcome()).isEqualTo(IntakeFileOutcome.REJECTED);
        assertThat(refused.files().get(0).firstMessageEn()).contains("[rule: period_locked]");

        IngestSummary overridden = ingest("b", "mttq-2024-bo-sung.json", report.replace("Báo cáo bổ sung", "Bổ sung"),
                DECEMBER_10, true);
        assertThat(overridden.files().get(0).outcome()).isEqualTo(IntakeFileOutcome.ACCEPTED);
        assertThat(overridden.files().get(0).onTime()).isFalse();
        assertThat(overridden.files().get(0).firstMessageEn()).contains("accepted because of --allow-locked");
    }

    @Test
    void aValueFarFromTheOrganisationsEarlierYearsIsAWarningNamingItsPlace() throws Exception {
        ingest("y2023", "hlhpn-2023.csv", SubmissionFiles.csv("HLHPN", "2023", answers("central_org", "2023", 1), ',', null),
                OffsetDateTime.parse("2023-12-01T09:00:00+07:00"), false);
        Map<String, Object> now = answers("central_org", "2024", 1);
        now.put("T1.DISSEM_EVENTS", ((BigDecimal) now.get("T1.DISSEM_EVENTS")).multiply(BigDecimal.valueOf(40)));
        IngestSummary summary = ingest("y2024", "hlhpn-2024.csv", SubmissionFiles.csv("HLHPN", "2024", now, ',', null),
                OffsetDateTime.parse("2024-12-01T09:00:00+07:00"), false);

        assertThat(summary.files().get(0).outcome()).isEqualTo(IntakeFileOutcome.ACCEPTED);
        assertThat(jdbc.queryForList("select message_vi from validation_issue where rule = 'outlier'", String.class))
                .containsExactly("Cảnh báo: tệp hlhpn-2024.csv, dòng 2, cột value, chỉ tiêu T1.DISSEM_EVENTS (Số hội nghị, "
                        + "lớp học tập, quán triệt, phổ biến Chỉ thị 12-CT/TW và chủ trương…): giá trị 10.960 cao hơn 5 lần so "
                        + "với mức cao nhất 274 của chính đơn vị trong 1 năm trước; hãy kiểm tra lại (chỉ cảnh báo) "
                        + "[quy tắc: khác thường so với các năm trước]");
    }

    @Test
    void aNumeratorManyTimesItsDenominatorIsAWarningAndTheValuesAreStoredAsGiven() throws Exception {
        Map<String, Object> slip = answers("central_org", "2024", 1);
        slip.put("T4.NGO_AID_COMMITTED_USD", new BigDecimal("1.5"));
        slip.put("T4.NGO_AID_DISBURSED_USD", new BigDecimal("1234567.5"));
        IngestSummary summary = ingest("slip", "hlhpn-2024.csv", SubmissionFiles.csv("HLHPN", "2024", slip, ',', null),
                OffsetDateTime.parse("2024-12-01T09:00:00+07:00"), false);

        assertThat(summary.files().get(0).outcome()).isEqualTo(IntakeFileOutcome.ACCEPTED);
        assertThat(jdbc.queryForList("select message_en from validation_issue where rule = 'implausible_ratio'", String.class))
                .singleElement().asString()
                .contains("value 1234567.5 is more than 10 times T4.NGO_AID_COMMITTED_USD = 1.5")
                .contains("so T4.NGO_AID_DISBURSEMENT_PCT is 82304500.0%");
        assertThat(jdbc.queryForObject("select numeric_value from submission_value where indicator_code = "
                + "'T4.NGO_AID_DISBURSED_USD'", BigDecimal.class)).isEqualByComparingTo("1234567.5");

        Map<String, Object> plausible = answers("central_org", "2024", 1);
        plausible.put("T4.NGO_AID_COMMITTED_USD", new BigDecimal("1000"));
        plausible.put("T4.NGO_AID_DISBURSED_USD", new BigDecimal("9000"));
        ingest("fixed", "hlhpn-2024-sua.csv", SubmissionFiles.csv("HLHPN", "2024", plausible, ',', null),
                OffsetDateTime.parse("2024-12-02T09:00:00+07:00"), false);
        assertThat(jdbc.queryForObject("select count(*) from validation_issue where rule = 'implausible_ratio'", Integer.class))
                .as("9 times is within the factor: disbursements include earlier commitments").isEqualTo(1);
    }

    @Test
    void theDatabaseStillRefusesValuesWithoutTheirSubmissionOrIndicatorOrInAnotherPeriod() throws Exception {
        ingest("a", "hcm.csv", SubmissionFiles.csv("HCM", "2025", answers("province", "2025", 6), ',', null), DECEMBER_10, false);
        long id = SubmissionAssertions.currentSubmission(jdbc, "HCM", "2025");

        assertThatThrownBy(() -> jdbc.update("insert into submission_value (submission_id, indicator_code, numeric_value, "
                + "period_code) values (?, 'T1.DISSEM_EVENTS', 1, '2025')", id + 1000))
                .hasMessageContaining("refers to submission " + (id + 1000) + ", which does not exist");
        assertThatThrownBy(() -> jdbc.update("insert into submission_value (submission_id, indicator_code, numeric_value, "
                + "period_code) values (?, 'T9.NOTHING', 1, '2025')", id)).hasMessageContaining("refers to indicator T9.NOTHING");
        assertThatThrownBy(() -> jdbc.update("insert into submission_value (submission_id, indicator_code, numeric_value, "
                + "period_code) values (?, 'T1.DISSEM_EVENTS', 1, '2024')", id))
                .as("a value is kept in its submission's period").hasMessageContaining("names another period than its submission");
        assertThatThrownBy(() -> jdbc.update("delete from submission where submission_id = ?", id))
                .hasMessageContaining("still has values in submission_value");
        assertThat(jdbc.queryForObject("select count(*) from submission_value", Integer.class)).isEqualTo(41);
    }

    @Test
    void anIndicatorNobodyReportedCanBeDeletedOneWithValuesCannot() throws Exception {
        ingest("a", "hcm.csv", SubmissionFiles.csv("HCM", "2025", answers("province", "2025", 6), ',', null), DECEMBER_10, false);
        jdbc.update("""
                insert into indicator (code, task_no, name_vi, name_en, definition_vi, definition_en, unit_vi, unit_en,
                    value_type, aggregation, reporter_kinds, required, sort_order, valid_from)
                values ('T8.UNUSED_TEST', 8, 'Thử', 'Test', 'Thử', 'Test', 'lần', 'times', 'integer', 'sum',
                    array['province'], false, 999, date '2022-01-01')""");

        assertThat(jdbc.update("delete from indicator where code = 'T8.UNUSED_TEST'")).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("delete from indicator where code = 'T1.DISSEM_EVENTS'"))
                .hasMessageContaining("indicator T1.DISSEM_EVENTS still has values in submission_value");
    }

    @Test
    void aFileStoredButNotYetMovedWhenTheProcessDiedIsOnlyMovedByTheNextRun() throws Exception {
        String report = SubmissionFiles.csv("NGHEAN", "2025", answers("province", "2025", 8), ',', null);
        IngestSummary first = ingest("a", "nghe-an.csv", report, DECEMBER_10, false);
        // The state a crash between commit and move leaves: rows stored, the file still in the inbox.
        Path archived = Path.of(first.files().get(0).archivedPath());
        Path inbox = Files.createDirectories(work.resolve("after-crash"));
        Files.move(archived, inbox.resolve("nghe-an.csv"));
        String stored = IngestChecksum.of(jdbc);

        IngestSummary next = ingest.ingest(new IngestRequest(inbox, DECEMBER_10, false));

        assertThat(next.files()).as("no new intake row: the earlier run's decision stands").isEmpty();
        assertThat(archived).exists();
        assertThat(Files.list(inbox)).isEmpty();
        assertThat(IngestChecksum.of(jdbc)).isEqualTo(stored);
    }
}
