package vn.dnnd.submission.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.submission.IngestChecksum;
import vn.dnnd.submission.SubmissionAssertions;
import vn.dnnd.submission.SubmissionChannelsTests;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.template.TemplateLayout;
import vn.dnnd.submission.template.TemplateService;

/** An upload taken at once: versions, a rejection naming its cell, duplicates, two identical uploads at once. */
@SpringBootTest
class UploadServiceTests extends UploadTestSupport {

    static final UploadTarget HN_2025 = new UploadTarget("HN", "2025");

    @Autowired
    TemplateService templates;

    @Test
    void anUploadBecomesVersionOneThenTwoWithItsUploaderRecordedAndTheUploadDirectoryRemoved() throws Exception {
        UploadVerdict first = upload("hn.clerk", Set.of("HN"), HN_2025, "Báo cáo HN.csv",
                SubmissionFiles.csv("HN", "2025", answers("province", "2025", 1), ',', null));
        Map<String, Object> corrected = answers("province", "2025", 2);
        UploadVerdict second = upload("token:7", Set.of("HN"), HN_2025, "hn-sua.json",
                SubmissionFiles.json("HN", "2025", corrected, "Bổ sung"));

        assertThat(first.status()).as(first.issues().toString()).isEqualTo(UploadStatus.ACCEPTED);
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(UploadStatus.ACCEPTED);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.organisation()).isEqualTo("HN");
        assertThat(second.period()).isEqualTo("2025");
        assertThat(jdbc.queryForList("""
                select s.version || ' ' || s.status || ' ' || f.outcome || ' ' || f.uploaded_by || ' ' || f.file_name
                    || ' ' || (f.job_execution_id is null)
                from intake_file f join submission s using (submission_id) order by s.version""", String.class))
                .containsExactly("1 superseded accepted hn.clerk Báo cáo HN.csv true",
                        "2 accepted accepted token:7 hn-sua.json true");
        SubmissionAssertions.valuesEqual(jdbc, SubmissionAssertions.currentSubmission(jdbc, "HN", "2025"), corrected);
        assertThat(Path.of(jdbc.queryForObject("select archived_path from intake_file where file_id = ?", String.class,
                second.fileId()))).exists().hasParent(home.archive().resolve("accepted/2025/HN"));
        assertThat(filesUnder(home.uploads())).isZero();
        assertThat(home.uploads().toFile().list()).isEmpty();
    }

    @Test
    void aBadWorkbookIsRejectedNamingItsSheetAndCellAndChangesNothingAccepted() throws Exception {
        upload("hn.clerk", Set.of("HN"), HN_2025, "hn.csv",
                SubmissionFiles.csv("HN", "2025", answers("province", "2025", 1), ',', null));
        String before = IngestChecksum.of(jdbc);
        byte[] filled = SubmissionChannelsTests.fillLikeAClerk(templates.generate("HN", "2025"), answers("province", "2025", 3));

        UploadVerdict verdict = upload("hn.clerk", Set.of("HN"), HN_2025, "hn-2025.xlsx",
                Workbooks.withText(filled, "T1.DISSEM_EVENTS", "khoảng hai chục"));

        assertThat(verdict.status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(verdict.refused()).isFalse();
        UploadIssue wrong = verdict.issues().stream().filter(i -> i.rule().equals("not_a_number")).findFirst().orElseThrow();
        assertThat(wrong.sheet()).isEqualTo(TemplateLayout.INDICATORS_SHEET);
        assertThat(wrong.cell()).matches("E\\d+");
        assertThat(wrong.indicator()).isEqualTo("T1.DISSEM_EVENTS");
        assertThat(wrong.messageVi()).contains("tệp hn-2025.xlsx", "ô " + wrong.cell(), "khoảng hai chục");
        assertThat(wrong.messageEn()).contains("cell " + wrong.cell(), "[rule: not_a_number]");
        assertThat(jdbc.queryForObject("select outcome || ' ' || org_code || ' ' || period_code || ' ' || uploaded_by "
                + "from intake_file where file_id = ?", String.class, verdict.fileId())).isEqualTo("rejected HN 2025 hn.clerk");
        assertThat(count("select count(*) from validation_issue where rule = 'not_a_number' and sheet = 'Chỉ tiêu' "
                + "and cell_ref = '" + wrong.cell() + "' and file_id = " + verdict.fileId())).isEqualTo(1);
        assertThat(IngestChecksum.of(jdbc)).isEqualTo(before.replace("intake accepted=1", "intake accepted=1 rejected=1"));
    }

    @Test
    void theSameFileAgainIsADuplicateThatChangesNothing() {
        String report = SubmissionFiles.csv("HN", "2025", answers("province", "2025", 4), ';', null);
        UploadVerdict first = upload("hn.clerk", Set.of("HN"), HN_2025, "hn.csv", report);
        UploadVerdict again = upload("hn.other", Set.of("HN"), HN_2025, "hn-lan-2.csv", report);

        assertThat(again.status()).isEqualTo(UploadStatus.DUPLICATE);
        assertThat(again.version()).isNull();
        assertThat(again.issues()).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo("duplicate_file");
            assertThat(i.messageVi()).contains("giống hệt tệp hn.csv");
        });
        assertThat(jdbc.queryForObject("select duplicate_of from intake_file where file_id = ?", Long.class,
                again.fileId())).isEqualTo(first.fileId());
        assertThat(count("select count(*) from submission")).isEqualTo(1);
    }

    @Test
    void twoIdenticalUploadsAtOnceMakeOneVersionAndOneDuplicate() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 3; round++) {
            String report = SubmissionFiles.csv("HN", "2025", answers("province", "2025", 10 + round), ',', null);
            CountDownLatch start = new CountDownLatch(2);
            List<CompletableFuture<UploadVerdict>> both = List.of(1, 2).stream()
                    .map(n -> CompletableFuture.supplyAsync(() -> uploadAfter(start, "hn-" + n + ".csv", report), two))
                    .toList();
            assertThat(both.stream().map(CompletableFuture::join).map(UploadVerdict::status))
                    .containsExactlyInAnyOrder(UploadStatus.ACCEPTED, UploadStatus.DUPLICATE);
        }
        two.shutdown();
        assertThat(jdbc.queryForList("select version || ' ' || status from submission order by version", String.class))
                .containsExactly("1 superseded", "2 superseded", "3 accepted");
        assertThat(count("select count(*) from intake_file where outcome = 'duplicate'")).isEqualTo(3);
    }

    @Test
    void aReportForALockedPeriodIsRejectedByTheValidatorsRule() {
        UploadVerdict verdict = upload("mttq.clerk", Set.of("MTTQ"), null, "mttq-2024.json",
                SubmissionFiles.json("MTTQ", "2024", answers("central_org", "2024", 5), "Bổ sung"));

        assertThat(verdict.status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(verdict.fileId()).isNotNull();
        assertThat(verdict.issues()).extracting(UploadIssue::rule).contains("period_locked");
        assertThat(count("select count(*) from submission")).isZero();
    }

    private UploadVerdict uploadAfter(CountDownLatch start, String name, String report) {
        start.countDown();
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return upload("clerk", Set.of("HN"), HN_2025, name, report);
    }

    @Test
    void anEmptyFileIsRejectedAsEmptyForEachOrganisationAndABadFileSentAgainGetsItsErrorsAgain() {
        UploadVerdict hanoi = upload("hn.clerk", Set.of("HN"), HN_2025, "hn.csv", new byte[0]);
        UploadVerdict caMau = upload("cm.clerk", Set.of("CAMAU"), new UploadTarget("CAMAU", "2025"), "cm.csv", new byte[0]);

        for (UploadVerdict empty : List.of(hanoi, caMau)) {
            assertThat(empty.status()).isEqualTo(UploadStatus.REJECTED);
            assertThat(empty.issues()).extracting(UploadIssue::rule).containsExactly("empty_file");
        }
        assertThat(jdbc.queryForList("select org_code || ' ' || outcome from intake_file order by file_id", String.class))
                .as("each organisation's own rejection, no duplicate").containsExactly("HN rejected", "CAMAU rejected");

        String bad = SubmissionFiles.csv("HN", "2025", answers("province", "2025", 1), ',', null)
                .replace("T1.DISSEM_EVENTS,", "T1.DISSEM_EVENTS,khoảng hai chục");
        UploadVerdict first = upload("hn.clerk", Set.of("HN"), HN_2025, "hn-sai.csv", bad);
        UploadVerdict again = upload("hn.clerk", Set.of("HN"), HN_2025, "hn-sai.csv", bad);
        assertThat(first.status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(again.status()).as("checked again, not a duplicate").isEqualTo(UploadStatus.REJECTED);
        assertThat(again.issues()).extracting(UploadIssue::rule).isEqualTo(first.issues().stream().map(UploadIssue::rule).toList())
                .doesNotContain("duplicate_file");
    }
}
