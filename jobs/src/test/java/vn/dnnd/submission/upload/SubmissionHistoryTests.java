package vn.dnnd.submission.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.submission.SubmissionFiles;

/** What a submitter sees: the open periods, the history with who sent each file, an error report in scope only. */
@SpringBootTest
class SubmissionHistoryTests extends UploadTestSupport {

    @Test
    void thePeriodsOpenOnADayAndTheLastLockedOneWithTheCurrentVersion() {
        upload("hn.clerk", Set.of("HN"), null, "hn.csv", SubmissionFiles.csv("HN", "2025", answers("province", "2025", 1),
                ',', null));

        assertThat(history.periods("HN", LocalDate.of(2025, 12, 10))).satisfiesExactly(open -> {
            assertThat(open.code()).isEqualTo("2025");
            assertThat(open.open()).isTrue();
            assertThat(open.dueOn()).isEqualTo(LocalDate.of(2025, 12, 15));
            assertThat(open.locksOn()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(open.currentVersion()).isEqualTo(1);
            assertThat(open.currentOnTime()).isTrue();
        }, locked -> {
            assertThat(locked.code()).isEqualTo("2024");
            assertThat(locked.open()).isFalse();
            assertThat(locked.currentVersion()).isNull();
        });
        // In January both the year before (until its lock) and the new year receive reports.
        assertThat(history.periods("HN", LocalDate.of(2026, 1, 20))).extracting(OpenPeriod::code, OpenPeriod::open)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026", true),
                        org.assertj.core.groups.Tuple.tuple("2025", true),
                        org.assertj.core.groups.Tuple.tuple("2024", false));
        // A province closed in the 2025 merger reports no more: nothing open for it.
        assertThat(history.periods("BACLIEU", LocalDate.of(2025, 12, 10))).extracting(OpenPeriod::open).containsOnly(false);
    }

    @Test
    void theHistoryShowsEachFileWithItsVersionAndWhoSentIt() {
        UploadTarget hn = new UploadTarget("HN", "2025");
        upload("hn.clerk", Set.of("HN"), hn, "hn.csv", SubmissionFiles.csv("HN", "2025", answers("province", "2025", 1),
                ',', null));
        UploadVerdict bad = upload("token:3", Set.of("HN"), hn, "hong.xlsx", "không phải bảng tính");
        upload("hn.clerk", Set.of("HN"), hn, "hn-2.json", SubmissionFiles.json("HN", "2025", answers("province", "2025", 2),
                "Bổ sung"));
        upload("cm.clerk", Set.of("CAMAU"), null, "cm.csv", SubmissionFiles.csv("CAMAU", "2025",
                answers("province", "2025", 3), ',', null));

        assertThat(history.files("HN", null)).extracting(f -> f.fileName() + " " + f.outcome() + " v" + f.version() + " "
                        + f.versionStatus() + " " + f.sender() + " " + f.errorCount() + "/" + f.warningCount())
                .containsExactly("hn-2.json accepted v2 accepted hn.clerk 0/0", "hong.xlsx rejected vnull null token:3 1/0",
                        "hn.csv accepted v1 superseded hn.clerk 0/0");
        assertThat(history.files("HN", "2024")).isEmpty();
        assertThat(history.files("CAMAU", "2025")).singleElement().extracting(FileHistoryRow::sender).isEqualTo("cm.clerk");
        // The damaged file names no organisation: it is recorded as the page's, so its sender finds it.
        assertThat(bad.organisation()).isEqualTo("HN");
        assertThat(bad.issues()).extracting(UploadIssue::rule).containsExactly("unknown_format");
    }

    @Test
    void anErrorReportIsFoundByItsFileAndOrganisationOnly() {
        UploadVerdict bad = upload("hn.clerk", Set.of("HN"), new UploadTarget("HN", "2025"), "=cmd|' /C calc'!A0.csv",
                "organisation,period,indicator,value\nHN,2025,T1.DISSEM_EVENTS,=1+1\n");

        ErrorReportFile report = history.errorReport(bad.fileId(), "HN").orElseThrow();
        String text = new String(report.content(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFTệp (file),Mức độ (severity),Quy tắc (rule)")
                .contains("C calcA0.csv,lỗi (error),not_a_number,,value,2,T1.DISSEM_EVENTS,'=1+1,");
        assertThat(report.downloadName()).isEqualTo("bao-cao-loi-tep-" + bad.fileId() + ".csv");
        assertThat(history.errorReport(bad.fileId(), "CAMAU")).isEmpty();
        assertThat(history.errorReport(bad.fileId() + 1000, "HN")).isEmpty();
    }
}
