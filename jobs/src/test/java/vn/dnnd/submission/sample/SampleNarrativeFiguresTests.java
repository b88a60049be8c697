package vn.dnnd.submission.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.text.NumberText;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.parse.VietnameseNumber;
import vn.dnnd.support.TestDatabase;

/**
 * What an organisation's sample narrative says of its figures is what the reports' tables say beside it:
 * "đón 24 đoàn vào (tăng 18,4% so với năm trước)" quotes the organisation's value and the change the table
 * prints for it, a merged province (Vĩnh Long = Vĩnh Long + Bến Tre + Trà Vinh) compared with the sum of
 * the provinces merged into it, as the restated tables compare it.
 */
@SpringBootTest
class SampleNarrativeFiguresTests {

    /** A quoted figure, a few words of unit, then the change the template attached to that same figure. */
    private static final Pattern CLAIM = Pattern.compile(
            "([0-9][0-9.]*(?:,[0-9]+)?) [^()0-9]{1,40}\\((?:(tăng|giảm) ([0-9.]+,[0-9])% so với năm trước|tương đương năm trước)\\)");
    private static final Pattern CLAIM_CHANGE = Pattern.compile(
            " \\((?:(?:tăng|giảm) [^)]*% so với năm trước|tương đương năm trước)\\)");
    private static final Pattern FIGURE = Pattern.compile("[0-9]+(?:\\.[0-9]{3})*(?:,[0-9]+)?");
    private static final NumberText NUMBERS = new NumberText(ReportLanguage.VI);

    @Autowired
    SampleGenerator samples;
    @Autowired
    IngestService ingest;
    @Autowired
    ComputeService compute;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path out;

    @Test
    void everyChangeANarrativeQuotesIsTheChangeItsTablePrints() {
        referenceData.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        SampleResult result = samples.generate(2024, 2025, out);
        for (SampleStep step : result.steps()) {
            if (!step.directory().endsWith("bad")) {
                ingest.ingest(new IngestRequest(step.directory(), step.asOf(), step.allowLocked()));
            }
        }
        compute.compute("2024");
        compute.compute("2025");

        Map<String, List<Row>> tables = tableRows();
        Set<String> merged = Set.copyOf(jdbc.queryForList("""
                select distinct s.code from organisation p join organisation s on s.org_id = p.successor_id
                where s.code <> p.code""", String.class));
        List<String> checked = new ArrayList<>();
        jdbc.query("""
                select o.code, n.body from submission s join organisation o on o.org_id = s.org_id
                join submission_narrative n on n.submission_id = s.submission_id
                where s.period_code = '2025' and s.status = 'accepted' order by o.code, n.task_no""", rs -> {
            String org = rs.getString(1);
            Matcher claim = CLAIM.matcher(rs.getString(2));
            while (claim.find()) {
                BigDecimal quoted = VietnameseNumber.parse(claim.group(1)).orElseThrow().value();
                String said = claim.group(2) == null ? "0,0" : (claim.group(2).equals("tăng") ? "+" : "-") + claim.group(3);
                List<String> printed = tables.getOrDefault(org, List.of()).stream()
                        .filter(row -> row.value().compareTo(quoted) == 0).map(Row::change).toList();
                assertThat(printed).as(org + ": " + claim.group()).isNotEmpty().contains(said);
                checked.add(org);
            }
        });
        assertThat(checked).as("changes quoted in 2025 narratives").hasSizeGreaterThan(20);
        assertThat(quotedFiguresNotInTheirSubmission()).as("figures a narrative quotes that its submission does not hold")
                .isEmpty();
        assertThat(checked).as("some by a unit formed by a merger").anyMatch(merged::contains);
    }

    /**
     * Every other number of the 2025 narratives, the phrases' own words aside (the directive "12-CT/TW",
     * a year, a plan period "2026-2030"), must be one of the figures its own submission holds.
     */
    private List<String> quotedFiguresNotInTheirSubmission() {
        Map<Long, Set<BigDecimal>> values = new HashMap<>();
        jdbc.query("""
                select s.submission_id, v.numeric_value from submission s
                join submission_value v on v.submission_id = s.submission_id
                where s.period_code = '2025' and s.status = 'accepted' and v.numeric_value is not null""",
                rs -> {
                    values.computeIfAbsent(rs.getLong(1), id -> new java.util.HashSet<>())
                            .add(rs.getBigDecimal(2).stripTrailingZeros());
                });
        List<String> strays = new ArrayList<>();
        int[] compared = {0};
        jdbc.query("""
                select s.submission_id, n.body from submission s join submission_narrative n using (submission_id)
                where s.period_code = '2025' and s.status = 'accepted'""", rs -> {
            String words = CLAIM_CHANGE.matcher(rs.getString(2)).replaceAll("")
                    .replaceAll("(?iu)12-CT/TW|2026-2030|năm 2025", "");
            Matcher number = FIGURE.matcher(words);
            while (number.find()) {
                BigDecimal figure = VietnameseNumber.parse(number.group()).orElseThrow().value().stripTrailingZeros();
                compared[0]++;
                if (!values.getOrDefault(rs.getLong(1), Set.of()).contains(figure)) {
                    strays.add(number.group() + " in: " + rs.getString(2));
                }
            }
        });
        assertThat(compared[0]).as("figures quoted in 2025 narratives").isGreaterThan(500);
        return strays;
    }

    /** Each organisation's 2025 figures and the change its table prints: against the restated previous year. */
    private Map<String, List<Row>> tableRows() {
        Map<String, List<Row>> rows = new HashMap<>();
        jdbc.query("""
                select v.scope_code, v.value, r.previous_value from indicator_value v
                left join indicator_value r on r.period_code = v.period_code and r.scope_kind = v.scope_kind
                     and r.scope_code = v.scope_code and r.indicator_code = v.indicator_code and r.hierarchy = 'restated'
                where v.period_code = '2025' and v.scope_kind = 'organisation' and v.hierarchy = 'as_reported'
                  and v.value is not null""", rs -> {
            rows.computeIfAbsent(rs.getString(1), code -> new ArrayList<>())
                    .add(new Row(rs.getBigDecimal(2), change(rs.getBigDecimal(2), rs.getBigDecimal(3))));
        });
        return rows;
    }

    /** The relative change as the table prints it, "+18,4" in "+… (+18,4%)"; null when there is nothing to compare. */
    private static String change(BigDecimal value, BigDecimal previous) {
        if (previous == null || previous.signum() == 0) {
            return null;
        }
        BigDecimal relative = value.subtract(previous).divide(previous.abs(), MathContext.DECIMAL64);
        return NUMBERS.signed(relative.multiply(BigDecimal.valueOf(100)), 1);
    }

    private record Row(BigDecimal value, String change) {
    }
}
