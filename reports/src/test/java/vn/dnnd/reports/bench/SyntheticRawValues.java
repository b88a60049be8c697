package vn.dnnd.reports.bench;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import vn.dnnd.reports.fixture.ReferenceCsv.Organisation;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.RawValueRow;
import vn.dnnd.reports.model.ValueType;

/**
 * Any number of raw submission values, made up on the fly from the real organisations and indicators:
 * submission after submission (one per organisation and version), one row per indicator, with numbers,
 * yes/no answers, "not applicable", blanks, notes (some beginning with "=" or "-"). Nothing is held in
 * memory: the benchmark measures the writer, not the generator.
 */
final class SyntheticRawValues implements Iterator<RawValueRow> {

    private static final String[] NOTES = {null, null, null, null, null, null, null,
        "Số liệu ước tính đến 30/11", "=Tổng các đơn vị trực thuộc", "- gồm cả hoạt động trực tuyến"};

    private final List<Organisation> organisations;
    private final List<Indicator> indicators;
    private final long rows;
    private long next;

    SyntheticRawValues(List<Organisation> organisations, List<Indicator> indicators, long rows) {
        this.organisations = organisations;
        this.indicators = indicators;
        this.rows = rows;
    }

    @Override
    public boolean hasNext() {
        return next < rows;
    }

    @Override
    public RawValueRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long row = next++;
        long submission = row / indicators.size();
        Indicator indicator = indicators.get((int) (row % indicators.size()));
        Organisation organisation = organisations.get((int) (submission % organisations.size()));
        int version = 1 + (int) (submission / organisations.size() % 3);
        long noise = (row * 2_654_435_761L) >>> 7;
        boolean blank = noise % 41 == 0;
        boolean notApplicable = !blank && noise % 53 == 0;
        BigDecimal number = null;
        Boolean yesNo = null;
        if (!blank && !notApplicable) {
            if (indicator.valueType() == ValueType.BOOLEAN) {
                yesNo = noise % 5 != 0;
            } else if (indicator.valueType() == ValueType.DECIMAL) {
                number = BigDecimal.valueOf(noise % 500_000_000, 2);
            } else {
                number = BigDecimal.valueOf(noise % 5_000);
            }
        }
        OffsetDateTime received = OffsetDateTime.of(2025, 11, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7))
                .plusMinutes(submission % 60_000);
        return new RawValueRow(100_000 + submission, version, organisation.code(), organisation.name(),
                indicator.code(), number, yesNo, notApplicable, NOTES[(int) (noise % NOTES.length)], received);
    }
}
