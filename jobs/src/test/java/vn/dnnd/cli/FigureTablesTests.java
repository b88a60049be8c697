package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dnnd.cli.CliTests.dnnd;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.indicator.FigureTable;
import vn.dnnd.indicator.FigureTables;
import vn.dnnd.indicator.FigureText;
import vn.dnnd.indicator.HierarchyView;
import vn.dnnd.indicator.MergerFixture;
import vn.dnnd.indicator.PublishedPeriod;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.system.DnndException;

/**
 * The figures table the portal shows is what {@code indicators show} prints: the same cells for a scope and
 * view, Vietnamese separators on the Vietnamese page, English ones on the English page, and the same
 * one-line refusal of an unknown scope.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureTablesTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    ComputeService compute;
    @Autowired
    FigureTables tables;

    @BeforeAll
    void computeTheMergerFixture() {
        MergerFixture.computed(jdbc, reference, compute);
    }

    @Test
    void everyRowOfTheTableIsTheLineIndicatorsShowPrints() {
        for (List<String> ask : List.of(List.of("region:DNB", "as-reported"), List.of("org:TAYNINH", "restated"),
                List.of("org:HN", "as-reported"), List.of("national", "restated"), List.of("kind:central_org", "as-reported"))) {
            CliTests.Run run = dnnd("indicators", "show", "--period", "2025", "--scope", ask.get(0), "--view", ask.get(1));
            assertThat(run.exitCode()).as(run.err()).isZero();
            FigureTable table = tables.table("2025", ask.get(0), HierarchyView.parse(ask.get(1)), null, FigureText.CONSOLE);
            assertThat(table.tasks()).isNotEmpty();
            for (FigureTable.TaskRows task : table.tasks()) {
                assertThat(run.out()).contains("Nhiệm vụ " + task.taskNo() + " (task " + task.taskNo() + ")"
                        + (task.scored() ? ": " : ""));
                if (task.scored()) {
                    assertThat(run.out()).contains("điểm (score) " + task.score());
                }
                for (FigureTable.Row row : task.rows()) {
                    String line = line(run.out(), row.code());
                    assertThat(line.split(" {2,}")).as(line).contains(row.value(), row.reporters(), row.notApplicable(),
                            row.previous(), row.change());
                }
            }
            assertThat(table.tasks().stream().mapToLong(t -> t.rows().size()).sum())
                    .isEqualTo(run.out().lines().filter(l -> l.matches(" {2}T\\d\\.\\S+ .*")).count());
        }
    }

    @Test
    void theVietnamesePageWritesVietnameseNumbersAndTheEnglishPageEnglishOnes() {
        FigureTable vi = tables.table("2025", "region:DNB", HierarchyView.AS_REPORTED, 7, FigureText.VIETNAMESE);
        FigureTable en = tables.table("2025", "region:DNB", HierarchyView.AS_REPORTED, 7, FigureText.ENGLISH);
        assertThat(vi.tasks()).extracting(FigureTable.TaskRows::taskNo).containsExactly(7);
        // (6 + 15) / (10 + 20) = 70 %
        assertThat(row(vi, "T7.ADVISORY_ADOPTION_PCT").value()).isEqualTo("70,0 %");
        assertThat(row(en, "T7.ADVISORY_ADOPTION_PCT").value()).isEqualTo("70.0 %");
        assertThat(vi.tasks().get(0).score()).isEqualTo("69,25");
        assertThat(en.tasks().get(0).score()).isEqualTo("69.25");
        assertThat(vi.completeness().expected()).isEqualTo("3");
        assertThat(tables.periods()).extracting(p -> p.code() + " " + p.kind())
                .containsSubsequence("2025 annual", "2024 annual").doesNotContain("2023 annual");
        PublishedPeriod review = new PublishedPeriod("2022-2026", "Sơ kết", "Review", "review5y");
        PublishedPeriod year = new PublishedPeriod("2025", "Năm 2025", "2025", "annual");
        assertThat(PublishedPeriod.first(List.of(review, year))).contains(year);
        assertThat(PublishedPeriod.first(List.of(review))).contains(review);
        assertThat(PublishedPeriod.first(List.of())).isEmpty();

        FigureTable tldlf = tables.table("2025", "org:TLDLD", HierarchyView.AS_REPORTED, 3, FigureText.VIETNAMESE);
        assertThat(row(tldlf, "T3.DELEGATIONS_OUT").value()).isEqualTo("không áp dụng");
        assertThat(row(tables.table("2025", "org:TLDLD", HierarchyView.AS_REPORTED, 3, FigureText.ENGLISH),
                "T3.DELEGATIONS_IN").value()).isEqualTo("missing");
        assertThat(row(tldlf, "T3.DELEGATIONS_IN").previous()).as("missing is not zero").isEqualTo("—");
    }

    @Test
    void aChangeOverDifferentSharesOfReportersSaysItIsNotComparable() {
        // Đông Nam Bộ restated: 2 of 3 today (Đồng Nai missing) against 4 of its 7 old provinces in 2024
        FigureTable vi = tables.table("2025", "region:DNB", HierarchyView.RESTATED, 3, FigureText.VIETNAMESE);
        assertThat(row(vi, "T3.DELEGATIONS_OUT").change()).isEqualTo("không so sánh được: 2/3 so với 4/7");
        assertThat(row(tables.table("2025", "region:DNB", HierarchyView.RESTATED, 3, FigureText.ENGLISH),
                "T3.DELEGATIONS_OUT").change()).isEqualTo("not comparable: 2/3 against 4/7");
        // Tây Ninh: 1 of 1 against old Tây Ninh and Long An, 2 of 2: a change
        FigureTable tayNinh = tables.table("2025", "org:TAYNINH", HierarchyView.RESTATED, 3, FigureText.VIETNAMESE);
        assertThat(row(tayNinh, "T3.DELEGATIONS_OUT").change()).isEqualTo("-2");
    }

    @Test
    void anUnknownScopeOrCodeIsTheCommandsBilingualError() {
        for (String scope : List.of("region:NOWHERE", "org:NOBODY", "planet:MARS", "kind:embassy")) {
            CliTests.Run run = dnnd("indicators", "show", "--period", "2025", "--scope", scope);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThatThrownBy(() -> tables.table("2025", scope, HierarchyView.AS_REPORTED, null, FigureText.VIETNAMESE))
                    .isInstanceOf(DnndException.class)
                    .satisfies(e -> assertThat(run.err().strip()).isEqualTo("Lỗi (error): " + e.getMessage()));
        }
        assertThat(FigureTables.task(" ")).isNull();
        assertThat(FigureTables.task("3")).isEqualTo(3);
        for (String task : List.of("0", "9", "ba")) {
            assertThatThrownBy(() -> FigureTables.task(task)).isInstanceOf(DnndException.class)
                    .hasMessageStartingWith("Nhiệm vụ phải là một số từ 1 đến 8: " + task);
        }
        assertThatThrownBy(() -> HierarchyView.parse("sideways")).isInstanceOf(DnndException.class)
                .hasMessage("Cách nhìn (view) phải là as-reported hoặc restated: sideways "
                        + "(the view must be as-reported or restated: sideways)");
    }

    private static FigureTable.Row row(FigureTable table, String code) {
        return table.tasks().stream().flatMap(t -> t.rows().stream()).filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code));
    }

    private static String line(String output, String code) {
        return output.lines().filter(l -> l.strip().startsWith(code + " ")).findFirst()
                .map(String::strip).orElseThrow(() -> new AssertionError("no line for " + code + " in\n" + output));
    }
}
