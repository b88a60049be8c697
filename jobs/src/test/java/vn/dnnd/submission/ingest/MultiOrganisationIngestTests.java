package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.submission.IngestChecksum;
import vn.dnnd.submission.SubmissionAssertions;
import vn.dnnd.submission.SubmissionFiles;

/** Multi-organisation files (*.multi.csv, *.multi.json): parts accepted or rejected on their own, duplicates, versions. */
@SpringBootTest
class MultiOrganisationIngestTests extends IngestTestSupport {

    Map<String, Object> answers(String kind, int seed) {
        return answers(kind, "2025", seed);
    }

    /** The data lines of single-organisation CSVs, one after the other under one header. */
    static String multiCsv(String... singles) {
        StringBuilder csv = new StringBuilder("organisation,period,indicator,value,note\r\n");
        for (String single : singles) {
            csv.append(single, single.indexOf('\n') + 1, single.length());
        }
        return csv.toString();
    }

    IngestSummary ingest(String inbox, String name, String content, OffsetDateTime at) throws Exception {
        return ingest(inbox, name, content, at, false);
    }

    @Test
    void aMultiOrganisationCsvAcceptsEachGoodOrganisationAndRejectsTheBadOneAlone() throws Exception {
        Map<String, Object> haiPhong = answers("province", 11);
        Map<String, Object> mttq = answers("central_org", 12);
        Map<String, Object> hue = new LinkedHashMap<>(answers("province", 13));
        hue.put("T1.DISSEM_EVENTS", new java.math.BigDecimal("7"));
        String hueCsv = SubmissionFiles.csv("HUE", "2025", hue, ',', null)
                .replace("HUE,2025,T1.DISSEM_EVENTS,\"7\"", "HUE,2025,T1.DISSEM_EVENTS,mười hai");
        String bundle = multiCsv(SubmissionFiles.csv("HAIPHONG", "2025", haiPhong, ',', "Đã tổ chức hội nghị"),
                hueCsv, SubmissionFiles.csv("MTTQ", "2025", mttq, ',', null));
        int hueLine = 1 + bundle.substring(0, bundle.indexOf("HUE,2025,T1.DISSEM_EVENTS")).split("\n").length;

        IngestSummary summary = ingest("a", "tinh-2025.multi.csv", bundle, DECEMBER_10);

        assertThat(summary.files()).extracting(f -> f.orgCode() + " " + f.outcome().code() + " " + f.version())
                .containsExactly("HAIPHONG accepted 1", "HUE rejected null", "MTTQ accepted 1");
        IngestSummary.FileOutcome rejected = summary.files().get(1);
        assertThat(rejected.firstMessageVi()).isEqualTo("Lỗi: tệp tinh-2025.multi.csv, phần của tổ chức HUE kỳ 2025, dòng "
                + hueLine + ", cột value, chỉ tiêu " + labelOf("T1.DISSEM_EVENTS")
                + ": " + rejected.firstMessageVi().substring(rejected.firstMessageVi().indexOf(": ", 60) + 2));
        assertThat(rejected.firstMessageEn()).startsWith("Error: file tinh-2025.multi.csv, part of organisation HUE "
                + "period 2025, line " + hueLine + ", column value, indicator T1.DISSEM_EVENTS: ").endsWith("[rule: not_a_number]");
        SubmissionAssertions.valuesEqual(jdbc, SubmissionAssertions.currentSubmission(jdbc, "HAIPHONG", "2025"), haiPhong);
        SubmissionAssertions.valuesEqual(jdbc, SubmissionAssertions.currentSubmission(jdbc, "MTTQ", "2025"), mttq);
        assertThat(jdbc.queryForObject("select count(*) from submission_narrative", Integer.class)).isEqualTo(1);

        // One archived file for the three parts, and one error report naming the rejected organisation.
        assertThat(jdbc.queryForObject("select outcome || ' ' || part_count || ' ' || accepted_count || ' ' || rejected_count"
                + " || ' ' || duplicate_count from intake_bundle", String.class)).isEqualTo("split 3 2 1 0");
        Path archived = Path.of(summary.files().get(0).archivedPath());
        assertThat(archived).exists().content().isEqualTo(bundle);
        assertThat(archived.toString()).contains("/archive/bundles/2025-12-10/");
        assertThat(summary.files()).extracting(IngestSummary.FileOutcome::archivedPath).containsOnly(archived.toString());
        assertThat(Path.of(rejected.errorReportPath())).exists().content()
                .contains("tinh-2025.multi.csv,HUE,2025,dòng " + hueLine + "–")
                .contains("not_a_number").doesNotContain("HAIPHONG");
        assertThat(jdbc.queryForList("select org_code || ' ' || part_ref from intake_file order by file_id", String.class))
                .first().asString().startsWith("HAIPHONG dòng 2–");
    }

    @Test
    void theSameMultiFileAgainIsADuplicateAndAChangedPartSupersedesOnlyItsOrganisation() throws Exception {
        Map<String, Object> haiPhong = answers("province", 21);
        Map<String, Object> mttq = answers("central_org", 22);
        String bundle = multiCsv(SubmissionFiles.csv("HAIPHONG", "2025", haiPhong, ',', null),
                SubmissionFiles.csv("MTTQ", "2025", mttq, ',', null));
        ingest("a", "xuat-2025.multi.csv", bundle, DECEMBER_10);
        String before = IngestChecksum.of(jdbc);

        IngestSummary again = ingest("b", "xuat-2025-lan-2.multi.csv", bundle, DECEMBER_10.plusDays(1));
        assertThat(again.files()).singleElement().satisfies(file -> {
            assertThat(file.outcome()).isEqualTo(IntakeFileOutcome.DUPLICATE);
            assertThat(file.firstMessageVi()).contains("giống hệt tệp xuat-2025.multi.csv");
            assertThat(Path.of(file.archivedPath())).exists();
        });
        assertThat(IngestChecksum.of(jdbc)).isEqualTo(before);

        // A new export: Hai Phong corrected, MTTQ unchanged, Hue added.
        Map<String, Object> corrected = answers("province", 23);
        Map<String, Object> hue = answers("province", 24);
        String next = multiCsv(SubmissionFiles.csv("HAIPHONG", "2025", corrected, ',', null),
                SubmissionFiles.csv("MTTQ", "2025", mttq, ',', null), SubmissionFiles.csv("HUE", "2025", hue, ',', null));
        IngestSummary third = ingest("c", "xuat-2025-lan-3.multi.csv", next, DECEMBER_10.plusDays(2));
        assertThat(third.files()).extracting(f -> f.orgCode() + " " + f.outcome().code() + " " + f.version())
                .containsExactly("HAIPHONG accepted 2", "MTTQ duplicate null", "HUE accepted 1");
        assertThat(jdbc.queryForList("select o.code || ' v' || s.version || ' ' || s.status from submission s "
                + "join organisation o using (org_id) order by o.code, s.version", String.class))
                .containsExactly("HAIPHONG v1 superseded", "HAIPHONG v2 accepted", "HUE v1 accepted", "MTTQ v1 accepted");
        SubmissionAssertions.valuesEqual(jdbc, SubmissionAssertions.currentSubmission(jdbc, "HAIPHONG", "2025"), corrected);
        SubmissionAssertions.valuesEqual(jdbc, SubmissionAssertions.currentSubmission(jdbc, "MTTQ", "2025"), mttq);
    }

    @Test
    void aMultiFileStoredButNotYetArchivedIsOnlyMovedByTheNextRun() throws Exception {
        String bundle = multiCsv(SubmissionFiles.csv("HAIPHONG", "2025", answers("province", 51), ',', null),
                SubmissionFiles.csv("MTTQ", "2025", answers("central_org", 52), ',', null));
        IngestSummary first = ingest("a", "xuat.multi.csv", bundle, DECEMBER_10);
        // As if the process died after the commit and before the move: the file is back in the inbox.
        Path archived = Path.of(first.files().get(0).archivedPath());
        Path inbox = work.resolve("a");
        Files.move(archived, inbox.resolve("xuat.multi.csv"));
        String before = IngestChecksum.of(jdbc);

        IngestSummary again = ingest.ingest(new IngestRequest(inbox, DECEMBER_10.plusHours(1), false));

        assertThat(again.files()).isEmpty();
        assertThat(archived).exists().content().isEqualTo(bundle);
        assertThat(inbox.resolve("xuat.multi.csv")).doesNotExist();
        assertThat(IngestChecksum.of(jdbc)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from intake_bundle", Integer.class)).isEqualTo(1);
    }

    @Test
    void aMultiSubmissionJsonDocumentIsReadPartByPartWithJsonPaths() throws Exception {
        Map<String, Object> haiPhong = answers("province", 31);
        Map<String, Object> mttq = answers("central_org", 32);
        String document = "{\"schema\": \"dnnd-submissions/1\", \"submissions\": [\n"
                + SubmissionFiles.json("HAIPHONG", "2025", haiPhong, "Kết quả") + ",\n"
                + SubmissionFiles.json("KHONGCO", "2025", mttq, "x") + ",\n"
                + SubmissionFiles.json("MTTQ", "2025", mttq, "Kết quả") + "]}";

        IngestSummary summary = ingest("a", "trung-uong.multi.json", document, DECEMBER_10);

        assertThat(summary.files()).extracting(f -> f.orgCode() + " " + f.outcome().code())
                .containsExactly("HAIPHONG accepted", "KHONGCO rejected", "MTTQ accepted");
        assertThat(summary.files().get(1).firstMessageEn()).isEqualTo("Error: file trung-uong.multi.json, part of "
                + "organisation KHONGCO period 2025, path $.submissions[1].organisation: organisation code 'KHONGCO' is "
                + "not in the registry [rule: unknown_organisation]");
        SubmissionAssertions.valuesEqual(jdbc, SubmissionAssertions.currentSubmission(jdbc, "HAIPHONG", "2025"), haiPhong);
        SubmissionAssertions.valuesEqual(jdbc, SubmissionAssertions.currentSubmission(jdbc, "MTTQ", "2025"), mttq);
        assertThat(jdbc.queryForList("select part_ref from intake_file order by file_id", String.class))
                .containsExactly("$.submissions[0]", "$.submissions[1]", "$.submissions[2]");
    }

    @Test
    void aMultiFileThatCannotBeReadIsRejectedAsAWholeAndASingleFileOfManyOrganisationsIsToldTheName() throws Exception {
        IngestSummary broken = ingest("a", "hong.multi.json", "{\"schema\": \"dnnd-submissions/1\", \"submissions\": [",
                DECEMBER_10);
        assertThat(broken.files()).singleElement().satisfies(file -> {
            assertThat(file.outcome()).isEqualTo(IntakeFileOutcome.REJECTED);
            assertThat(file.firstMessageEn()).contains("malformed JSON").endsWith("[rule: structure]");
            assertThat(Path.of(file.errorReportPath())).exists();
        });
        assertThat(jdbc.queryForObject("select outcome from intake_bundle", String.class)).isEqualTo("rejected");

        String two = multiCsv(SubmissionFiles.csv("HAIPHONG", "2025", answers("province", 41), ',', null),
                SubmissionFiles.csv("HUE", "2025", answers("province", 42), ',', null));
        IngestSummary single = ingest("b", "hai-tinh.csv", two, DECEMBER_10);
        assertThat(single.files().get(0).outcome()).isEqualTo(IntakeFileOutcome.REJECTED);
        assertThat(single.files().get(0).firstMessageEn()).contains("must be named *.multi.csv");
    }

    private String labelOf(String code) {
        return reference.indicator(code).orElseThrow().label();
    }
}
