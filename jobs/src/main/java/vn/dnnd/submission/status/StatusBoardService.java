package vn.dnnd.submission.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.referencedata.ReportingPeriods;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.status.BoardRegion;
import vn.dnnd.reports.status.BoardRow;
import vn.dnnd.reports.status.BoardState;
import vn.dnnd.reports.status.StatusBoard;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.reports.text.VietnameseOrder;
import vn.dnnd.reports.xlsx.StatusBoardXlsx;
import vn.dnnd.submission.review.ReviewProperties;

/**
 * The status board of a reporting period (for the central desk, analysts and leaders): one row per
 * expected reporter, read afresh at every call, with its state on today's Vietnam date and where its report
 * stands with the reviewers.
 */
@Service
public class StatusBoardService {

    private final ReportingPeriods periods;
    private final StatusBoardQueries queries;
    private final ReviewProperties review;
    private final Clock clock;

    public StatusBoardService(ReportingPeriods periods, StatusBoardQueries queries, ReviewProperties review, Clock clock) {
        this.periods = periods;
        this.queries = queries;
        this.review = review;
        this.clock = clock;
    }

    /** Every period to choose from, the latest first. */
    public List<ReportingPeriod> periods() {
        return periods.all();
    }

    /**
     * The period a board opens on when none is named: the earliest annual period not yet locked (the one
     * whose reports are still being collected; in January that is still last year's), else the latest.
     */
    public Optional<ReportingPeriod> current() {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        List<ReportingPeriod> annual = periods.ofKind("annual");
        return annual.stream().filter(p -> !p.locksOn().isBefore(today)).min(Comparator.comparing(ReportingPeriod::endsOn))
                .or(() -> annual.stream().max(Comparator.comparing(ReportingPeriod::endsOn)))
                .or(() -> periods.all().stream().findFirst());
    }

    public ReportingPeriod period(String code) {
        return periods.find(code).orElseThrow(() -> new UnknownPeriodException(code));
    }

    /** The regions of the period's reporters, for the region filter. */
    public List<BoardRegion> regions(String periodCode) {
        return queries.regions(period(periodCode).code());
    }

    public StatusBoard board(String periodCode, StatusFilter filter) {
        ReportingPeriod period = period(periodCode);
        List<BoardRegion> regions = queries.regions(period.code());
        BoardRegion region = filter.regionAmong(regions, period.code());
        // Due dates are judged on the Vietnam calendar, whatever zone the clock was given.
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(VietnamTime.ZONE));
        LocalDate today = now.toLocalDate();
        List<BoardRow> rows = queries.rows(period.code(), filter.region(), filter.kind(),
                onTime -> BoardState.of(onTime, period.dueOn(), today));
        return new StatusBoard(period.code(), Bilingual.of(period.nameVi(), period.nameEn()), period.dueOn(),
                period.locksOn(), now, region, filter.kind(), rows.stream().sorted(order(regions)).toList(), review.required());
    }

    /**
     * Kinds in their order, regions in theirs (central bodies after them), then names as a Vietnamese list
     * orders them (Hà Nội, Hải Phòng, Hưng Yên), which the database's collation does not know.
     */
    private static Comparator<BoardRow> order(List<BoardRegion> regions) {
        Map<String, Integer> regionOrder = new HashMap<>();
        regions.forEach(r -> regionOrder.put(r.code(), regionOrder.size()));
        return Comparator.comparing(BoardRow::kind)
                .thenComparing(row -> row.region() == null ? Integer.MAX_VALUE
                        : regionOrder.getOrDefault(row.region().code(), Integer.MAX_VALUE))
                .thenComparing(BoardRow::nameVi, VietnameseOrder.names())
                .thenComparing(BoardRow::code);
    }

    public byte[] workbook(StatusBoard board, ReportLanguage language) {
        return StatusBoardXlsx.write(board, language);
    }

    /** trang-thai-nop-bao-cao-2025[-DBSH][-province].xlsx (English: submission-status-…), ASCII for any browser. */
    public static String workbookName(StatusBoard board, ReportLanguage language) {
        StringBuilder name = new StringBuilder(language == ReportLanguage.VI ? "trang-thai-nop-bao-cao-" : "submission-status-")
                .append(board.periodCode());
        if (board.region() != null) {
            name.append('-').append(board.region().code());
        }
        if (board.kind() != null) {
            name.append('-').append(board.kind().code());
        }
        return name.append(".xlsx").toString();
    }
}
