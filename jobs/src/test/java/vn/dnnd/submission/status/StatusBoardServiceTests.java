package vn.dnnd.submission.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.referencedata.ReportingPeriods;
import vn.dnnd.reports.model.OrganisationKind;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.status.BoardCounts;
import vn.dnnd.reports.status.BoardRow;
import vn.dnnd.reports.status.BoardState;
import vn.dnnd.reports.status.StatusBoard;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.review.ReviewProperties;
import vn.dnnd.submission.sample.SampleGenerator;
import vn.dnnd.system.DnndException;

/** The status board of 2025 on the embedded PostgreSQL, after the project's sample with two reports held back. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusBoardServiceTests {

    static final ReviewProperties NO_REVIEW = new ReviewProperties(false);

    @Autowired
    StatusBoardService service;
    @Autowired
    JdbcTemplate jdbc;

    StatusSample sample;
    int expected;

    @BeforeAll
    void ingestTheSample(@Autowired ReferenceDataService referenceData, @Autowired SampleGenerator samples,
                         @Autowired IngestService ingest, @TempDir Path out) throws Exception {
        referenceData.load();
        sample = StatusSample.ingest(samples, ingest, jdbc, out);
        expected = jdbc.queryForObject("select count(*) from period_reporter where period_code = '2025'", Integer.class);
    }

    @Test
    void everyExpectedReporterHasOneRowAndTheCountsAreWhatWasIngested() {
        StatusBoard board = service.board("2025", StatusFilter.ALL);

        assertThat(board.rows()).hasSize(expected).extracting(BoardRow::code).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                        "select code from period_reporter where period_code = '2025'", String.class));
        assertThat(expected).isGreaterThan(50);
        assertThat(sample.late()).isNotEmpty();
        // The sample's 2025 reports arrived in December 2025: long overdue on today's date for those held back.
        assertThat(board.counts()).isEqualTo(new BoardCounts(expected, expected - 3, expected - 3 - sample.late().size(),
                sample.late().size(), 3, 0, 3));
        assertThat(board.counts().submitted()).isEqualTo(jdbc.queryForObject(
                "select count(*) from submission where period_code = '2025' and status = 'accepted'", Integer.class));

        Map<String, BoardRow> rows = byCode(board.rows());
        BoardRow heldBack = rows.get(sample.missingWithRejection());
        assertThat(heldBack.state()).isEqualTo(BoardState.OVERDUE);
        assertThat(heldBack.version()).as("missing is no version, not 0").isNull();
        assertThat(heldBack.receivedAt()).isNull();
        assertThat(heldBack.rejectedAttempts()).isEqualTo(1);
        for (String code : List.of(sample.missingMinistry(), sample.missingProvince())) {
            assertThat(rows.get(code)).extracting(BoardRow::state, BoardRow::rejectedAttempts, BoardRow::version)
                    .containsExactly(BoardState.OVERDUE, 0, null);
        }
        String late = sample.late().iterator().next();
        assertThat(rows.get(late).state()).isEqualTo(BoardState.LATE);
        assertThat(rows.get(late).receivedAt()).isEqualTo(OffsetDateTime.parse("2025-12-29T10:00:00+07:00"));
        assertThat(rows.get(sample.resubmitter())).extracting(BoardRow::state, BoardRow::version, BoardRow::channel)
                .containsExactly(BoardState.ON_TIME, 2, "xlsx");
        assertThat(rows.values()).filteredOn(row -> row.state() == BoardState.LATE).extracting(BoardRow::code)
                .containsExactlyInAnyOrderElementsOf(sample.late());
        assertThat(board.rows()).extracting(BoardRow::kind).isSortedAccordingTo(Enum::compareTo);
        assertThat(board.rows().get(0).region()).isNotNull();
        List<String> codes = board.rows().stream().map(BoardRow::code).toList();
        assertThat(codes.indexOf("HN")).as("Hà Nội, Hải Phòng, Hưng Yên: Vietnamese alphabetical order")
                .isLessThan(codes.indexOf("HAIPHONG"));
        assertThat(codes.indexOf("HAIPHONG")).isLessThan(codes.indexOf("HUNGYEN"));
    }

    @Test
    void aRegionFilterKeepsThatRegionsReportersAndCountsThem() {
        String region = jdbc.queryForObject("select region_code from period_reporter where period_code = '2025' and code = ?",
                String.class, sample.missingProvince());
        StatusBoard board = service.board("2025", StatusFilter.of(" " + region.toLowerCase() + " ", ""));

        assertThat(board.region().code()).isEqualTo(region);
        assertThat(board.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.region().code()).isEqualTo(region));
        assertThat(board.rows()).extracting(BoardRow::code).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "select code from period_reporter where period_code = '2025' and region_code = ?", String.class, region));
        assertThat(board.counts().missing()).isEqualTo(1);
        assertThat(board.rows()).filteredOn(row -> !row.state().submitted()).extracting(BoardRow::code)
                .containsExactly(sample.missingProvince());
        assertThat(service.regions("2025")).extracting(r -> r.code()).contains(region).doesNotHaveDuplicates();
    }

    @Test
    void aKindFilterKeepsThatKindAndTheExportHasTheSameRows() throws Exception {
        StatusBoard board = service.board("2025", StatusFilter.of(null, "ministry"));

        assertThat(board.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.kind()).isEqualTo(OrganisationKind.MINISTRY));
        assertThat(board.counts().expected()).isEqualTo(jdbc.queryForObject(
                "select count(*) from period_reporter where period_code = '2025' and kind = 'ministry'", Integer.class));
        assertThat(board.counts().missing()).isEqualTo(1);
        assertThat(board.rows()).filteredOn(row -> !row.state().submitted()).extracting(BoardRow::code)
                .containsExactly(sample.missingMinistry());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(service.workbook(board, ReportLanguage.VI)))) {
            Sheet sheet = workbook.getSheet("Cơ quan, đơn vị");
            assertThat(sheet.getLastRowNum()).isEqualTo(board.rows().size());
            DataFormatter formatter = new DataFormatter();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                BoardRow expectedRow = board.rows().get(i - 1);
                assertThat(formatter.formatCellValue(row.getCell(0))).isEqualTo(expectedRow.code());
                assertThat(formatter.formatCellValue(row.getCell(1))).isEqualTo(expectedRow.nameVi());
                assertThat(formatter.formatCellValue(row.getCell(7)))
                        .isEqualTo(expectedRow.version() == null ? "" : expectedRow.version().toString());
            }
            Row missing = sheet.getRow(board.rows().indexOf(byCode(board.rows()).get(sample.missingMinistry())) + 1);
            assertThat(missing.getCell(6).getStringCellValue()).isEqualTo("Chưa gửi, đã quá hạn");
            assertThat(formatter.formatCellValue(workbook.getSheet("Tổng hợp").getRow(12).getCell(1))).isEqualTo("1");
        }
        assertThat(StatusBoardService.workbookName(board, ReportLanguage.VI)).isEqualTo("trang-thai-nop-bao-cao-2025-ministry.xlsx");
    }

    @Test
    void onTheDueDayNothingReceivedIsNotYetDueAndInJanuaryLastYearIsCurrent(@Autowired ReportingPeriods periods,
                                                                           @Autowired StatusBoardQueries queries) {
        // 23:30 in Hanoi on the due day is already the next day in UTC: the Vietnam calendar decides.
        StatusBoard board = new StatusBoardService(periods, queries, NO_REVIEW, utcClockAt("2025-12-15T23:30:00+07:00"))
                .board("2025", StatusFilter.ALL);
        assertThat(board.counts().notYetDue()).isEqualTo(3);
        assertThat(board.counts().overdue()).isZero();
        assertThat(board.generatedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(new StatusBoardService(periods, queries, NO_REVIEW, utcClockAt("2026-01-10T09:00:00+07:00")).current())
                .map(ReportingPeriod::code).contains("2025");
        assertThat(new StatusBoardService(periods, queries, NO_REVIEW, utcClockAt("2026-02-01T09:00:00+07:00")).current())
                .map(ReportingPeriod::code).contains("2026");
        assertThat(new StatusBoardService(periods, queries, NO_REVIEW, utcClockAt("2040-01-01T09:00:00+07:00")).current())
                .map(ReportingPeriod::code).contains("2027");
    }

    private static Clock utcClockAt(String time) {
        return Clock.fixed(OffsetDateTime.parse(time).toInstant(), ZoneOffset.UTC);
    }

    @Test
    void unknownPeriodRegionOrKindIsRefusedByName() {
        assertThatThrownBy(() -> service.board("1999", StatusFilter.ALL)).isInstanceOf(UnknownPeriodException.class)
                .hasMessageContaining("1999");
        assertThatThrownBy(() -> service.board("2025", StatusFilter.of("ATLANTIS", null))).isInstanceOf(DnndException.class)
                .hasMessageContaining("\"ATLANTIS\"").hasMessageContaining("DBSH");
        assertThatThrownBy(() -> StatusFilter.of(null, "embassy")).isInstanceOf(DnndException.class)
                .hasMessageContaining("\"embassy\"").hasMessageContaining("province, central_org, party_board, ministry");
        assertThat(service.periods()).extracting(ReportingPeriod::code).startsWith("2027", "2026", "2022-2026", "2025");
    }

    private static Map<String, BoardRow> byCode(List<BoardRow> rows) {
        return rows.stream().collect(Collectors.toMap(BoardRow::code, Function.identity()));
    }
}
