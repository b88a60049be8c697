package vn.dnnd.submission.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.submission.SubmissionFiles;

/**
 * Uploads turned away before anything is stored: another organisation's report, another page's, several
 * organisations, too large, wrong type. After each, no row, no archived file, no upload directory.
 */
@SpringBootTest
class UploadRefusalTests extends UploadTestSupport {

    /** The archive is shared by every test class of the run: what other tests left in it before this one. */
    long archivedBefore;

    @BeforeEach
    void countArchivedFiles() throws Exception {
        archivedBefore = archivedFiles();
    }

    @AfterEach
    void nothingWasStored() throws Exception {
        assertThat(count("select count(*) from intake_file")).isZero();
        assertThat(count("select count(*) from submission")).isZero();
        assertThat(count("select count(*) from validation_issue")).isZero();
        assertThat(archivedFiles()).isEqualTo(archivedBefore);
        assertThat(home.uploads().toFile().list()).isEmpty();
    }

    @Test
    void anotherOrganisationsReportIsForbidden() {
        UploadVerdict verdict = upload("hn.clerk", Set.of("HN"), null, "ca-mau.csv",
                SubmissionFiles.csv("CAMAU", "2025", answers("province", "2025", 1), ',', null));

        assertThat(verdict.refusal()).isEqualTo(UploadRefusal.FORBIDDEN);
        assertThat(verdict.status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(verdict.organisation()).isEqualTo("CAMAU");
        assertThat(verdict.fileId()).isNull();
        assertThat(verdict.issues()).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo("organisation_forbidden");
            assertThat(i.messageVi()).startsWith("Lỗi: tệp ca-mau.csv: tệp là báo cáo của tổ chức 'CAMAU'; tài khoản "
                    + "này không được nộp báo cáo cho tổ chức đó; không có gì được lưu");
            assertThat(i.messageEn()).contains("this account may not submit for it", "[rule: organisation_forbidden]");
        });
    }

    @Test
    void aReportForAnotherOrganisationOrPeriodThanThePagesIsRefusedEvenWhenAllowed() {
        String camau = SubmissionFiles.csv("CAMAU", "2025", answers("province", "2025", 1), ',', null);
        UploadVerdict otherOrg = upload("clerk", Set.of("HN", "CAMAU"), new UploadTarget("HN", "2025"), "x.csv", camau);
        UploadVerdict otherPeriod = upload("clerk", Set.of("HN", "CAMAU"), new UploadTarget("CAMAU", "2026"), "x.csv",
                camau);

        assertThat(otherOrg.refusal()).isEqualTo(UploadRefusal.OTHER_TARGET);
        assertThat(otherOrg.issues()).singleElement().extracting(UploadIssue::messageVi).asString()
                .contains("tệp là báo cáo của CAMAU kỳ 2025, nhưng được gửi ở trang nộp báo cáo của HN kỳ 2025");
        assertThat(otherPeriod.refusal()).isEqualTo(UploadRefusal.OTHER_TARGET);
        assertThat(otherPeriod.issues()).singleElement().extracting(UploadIssue::messageEn).asString()
                .contains("the file is the report of CAMAU for period 2025, but was sent on the page of CAMAU for period 2026");
    }

    @Test
    void aFileOfSeveralOrganisationsIsRefusedWhateverItsName() {
        String hn = SubmissionFiles.csv("HN", "2025", answers("province", "2025", 1), ',', null);
        String both = hn + SubmissionFiles.csv("CAMAU", "2025", answers("province", "2025", 2), ',', null)
                .lines().skip(1).map(line -> line + "\r\n").reduce("", String::concat);

        UploadVerdict mixed = upload("clerk", Set.of("HN", "CAMAU"), null, "hai-don-vi.csv", both);
        UploadVerdict named = upload("clerk", Set.of("HN"), null, "tong-hop.multi.csv", hn);

        assertThat(mixed.refusal()).isEqualTo(UploadRefusal.MULTI_ORGANISATION);
        assertThat(mixed.issues()).extracting(UploadIssue::rule).first().isEqualTo("multi_organisation_upload");
        assertThat(mixed.issues()).extracting(UploadIssue::rule).contains("mixed_organisation");
        assertThat(named.refusal()).isEqualTo(UploadRefusal.MULTI_ORGANISATION);
        assertThat(named.issues()).singleElement().extracting(UploadIssue::messageEn).asString()
                .contains("one organisation's report for one period per file");
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsReadToTheEnd() {
        long[] served = {0};
        long limit = 20L * 1024 * 1024;
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ',';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) ',');
                served[0] += length;
                return length;
            }
        };
        UploadVerdict verdict = uploads.upload(new UploadRequest(endless, "lon.csv", "clerk", Set.of("HN")::contains,
                null, DECEMBER_10));

        assertThat(verdict.refusal()).isEqualTo(UploadRefusal.TOO_LARGE);
        assertThat(verdict.issues()).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo("file_too_large");
            assertThat(i.messageVi()).contains("tệp lớn hơn giới hạn 20,0 MB của cổng nộp báo cáo");
        });
        assertThat(served[0]).as("read no further than the limit and one buffer").isLessThanOrEqualTo(limit + 65536);
    }

    @Test
    void aFileOfAnotherTypeIsRefusedAndItsNameNeverBecomesAPath() {
        UploadVerdict pdf = upload("clerk", Set.of("HN"), null, "bao-cao.pdf", "%PDF-1.7");
        UploadVerdict sneaky = upload("clerk", Set.of("HN"), null, "../../../etc/passwd", "root:x:0:0");

        assertThat(pdf.refusal()).isEqualTo(UploadRefusal.WRONG_TYPE);
        assertThat(pdf.issues()).singleElement().extracting(UploadIssue::messageVi).asString()
                .contains("chỉ nhận tệp .xlsx (biểu mẫu), .csv hoặc .json");
        assertThat(sneaky.refusal()).isEqualTo(UploadRefusal.WRONG_TYPE);
        assertThat(sneaky.fileName()).isEqualTo("passwd");
    }
}
