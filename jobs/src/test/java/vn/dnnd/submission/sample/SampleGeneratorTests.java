package vn.dnnd.submission.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.ingest.IngestSummary;
import vn.dnnd.support.TestDatabase;

/**
 * The sample for 2024–2025, ingested group by group as its manifest says: every reporter of each
 * year stored once, the formats mixed, late and resubmitted reports as announced, and each bad
 * file with the outcome the manifest promises.
 */
@SpringBootTest
class SampleGeneratorTests {

    @Autowired
    SampleGenerator samples;
    @Autowired
    IngestService ingest;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path out;

    @BeforeEach
    void cleanDatabase() {
        referenceData.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
    }

    @Test
    void theSampleIngestsAsItsManifestSays() throws Exception {
        SampleResult result = samples.generate(2024, 2025, out);
        assertThat(Files.readString(result.manifest())).contains("2024/on-time\t2024-12-10T09:00+07:00\tno",
                "2024/resubmission\t2024-12-14T15:30+07:00", "bad/2025-YENBAI-sai-don-vi.csv\trejected\torganisation_closed");
        assertThat(result.filesByChannel()).containsOnlyKeys("csv", "json", "xlsx")
                .allSatisfy((channel, files) -> assertThat(files).as(channel).isGreaterThan(result.totalFiles() / 5L));

        // Ingest moves the files into the archive: keep copies of this year's workbooks to compare afterwards.
        Path workbooks = Files.createDirectories(out.resolve("copies"));
        try (var files = Files.list(out.resolve("2025/on-time"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                Files.copy(file, workbooks.resolve(file.getFileName()));
            }
        }
        Map<String, String> outcomes = new java.util.HashMap<>();
        for (SampleStep step : result.steps()) {
            IngestSummary summary = ingest.ingest(new IngestRequest(step.directory(), step.asOf(), step.allowLocked()));
            summary.files().forEach(f -> outcomes.put(f.fileName(), f.outcome().code() + " " + f.firstMessageEn()));
        }

        assertThat(jdbc.queryForList("""
                select s.period_code || ': ' || count(*) from submission s where s.status = 'accepted'
                group by s.period_code order by 1""", String.class)).containsExactly("2024: 91", "2025: 62");
        assertThat(jdbc.queryForObject("""
                select count(*) from period_reporter r where r.period_code in ('2024', '2025') and not exists (
                    select 1 from submission s where s.org_id = r.org_id and s.period_code = r.period_code
                    and s.status = 'accepted')""", Integer.class)).as("every expected reporter reported").isZero();
        assertThat(jdbc.queryForObject("select count(*) from submission where not on_time", Integer.class))
                .isEqualTo(result.steps().stream().filter(s -> s.directory().endsWith("late")).mapToInt(SampleStep::files).sum())
                .isPositive();
        assertThat(jdbc.queryForList("select version || ' ' || status || ' ' || channel from submission "
                + "where org_id = (select org_id from submission where version = 2) order by version", String.class))
                .containsExactly("1 superseded csv", "2 accepted xlsx");
        assertThat(jdbc.queryForObject("select count(*) from submission_value where not_applicable", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from submission_narrative where body like 'Năm 2025, %Chỉ thị số 12-CT/TW%'",
                Integer.class)).isPositive();
        for (SampleResult.BadFile bad : result.badFiles()) {
            assertThat(outcomes.get(bad.file().getFileName().toString())).as(bad.file().toString())
                    .startsWith(bad.expectedOutcome().code()).contains("[rule: " + bad.rule() + "]");
        }
        assertThat(result.badFiles()).extracting(SampleResult.BadFile::rule)
                .contains("period_locked", "organisation_closed", "not_a_number", "duplicate_file");
        // Figures grow year on year: the central bodies' dissemination events, summed, rise from 2024 to 2025.
        List<Long> events = jdbc.queryForList("""
                select sum(v.numeric_value)::bigint from submission s join organisation o on o.org_id = s.org_id
                join submission_value v on v.submission_id = s.submission_id
                where s.status = 'accepted' and o.kind = 'central_org' and v.indicator_code = 'T1.DISSEM_EVENTS'
                group by s.period_code order by s.period_code""", Long.class);
        assertThat(events.get(1)).isGreaterThan(events.get(0));
        anXlsxFileIsItsOrganisationsOwnTemplateHoldingWhatWasStored(workbooks);
    }

    /** The xlsx files are filled from one blank template per kind and period: each must name only its own organisation. */
    @Test
    void theSameSampleWrittenTwiceIsTheSameBytesSoASecondIngestFindsOnlyDuplicates() throws Exception {
        Path first = samples.generate(2025, 2025, out.resolve("first")).manifest().getParent();
        Thread.sleep(2_100); // zip entries keep time to 2 s: a later write must not differ by its clock
        Path second = samples.generate(2025, 2025, out.resolve("second")).manifest().getParent();
        List<Path> files;
        try (var walk = Files.walk(first)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anySatisfy(file -> assertThat(file.toString()).endsWith(".xlsx"));
        for (Path file : files) {
            Path twin = second.resolve(first.relativize(file));
            assertThat(Files.mismatch(file, twin)).as(first.relativize(file).toString()).isEqualTo(-1L);
        }
    }

    private void anXlsxFileIsItsOrganisationsOwnTemplateHoldingWhatWasStored(Path directory) throws Exception {
        List<Path> xlsx;
        try (var files = Files.list(directory)) {
            xlsx = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(xlsx).hasSizeGreaterThan(5);
        for (Path file : List.of(xlsx.get(0), xlsx.get(xlsx.size() - 1))) {
            String code = file.getFileName().toString().replace("2025-", "").replace(".xlsx", "");
            String name = jdbc.queryForObject("select name_vi from organisation where code = ? order by valid_from desc limit 1",
                    String.class, code);
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
                assertThat(workbook.getSheet("_meta").getRow(1).getCell(1).getStringCellValue()).isEqualTo(code);
                assertThat(workbook.getSheet("Hướng dẫn").getRow(1).getCell(0).getStringCellValue())
                        .isEqualTo("Đơn vị báo cáo (organisation): " + name + " (" + code + ")");
                assertThat(workbook.getSheet("Chỉ tiêu").getRow(0).getCell(0).getStringCellValue()).endsWith("— " + name);
                Map<String, java.math.BigDecimal> stored = new java.util.HashMap<>();
                jdbc.query("""
                        select v.indicator_code, v.numeric_value from submission s join organisation o using (org_id)
                        join submission_value v using (submission_id)
                        where o.code = ? and s.period_code = '2025' and s.status = 'accepted' and v.numeric_value is not null
                        """, rs -> {
                    stored.put(rs.getString(1), rs.getBigDecimal(2));
                }, code);
                int compared = 0;
                for (var row : workbook.getSheet("Chỉ tiêu")) {
                    var value = row.getRowNum() < 5 ? null : row.getCell(4);
                    if (value != null && value.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        assertThat(stored.get(row.getCell(1).getStringCellValue())).as(code + " " + row.getCell(1))
                                .isEqualByComparingTo(java.math.BigDecimal.valueOf(value.getNumericCellValue()));
                        compared++;
                    }
                }
                assertThat(compared).isEqualTo(stored.size()).isGreaterThan(20);
            }
        }
    }
}
