package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dnnd.access.Role;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.indicator.MergerFixture;
import vn.dnnd.support.SubmissionFixture;

/**
 * {@code indicators show} as a page and as JSON, on the merger fixture with Hà Nội's delegations raised to
 * 1.250, so the national figure (12 + 30 + 1.250 + 40 = 1.332) needs a thousands separator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresPagesTests extends PortalTestServer {

    @Autowired
    ComputeService compute;
    @Autowired
    ObjectMapper json;

    @BeforeAll
    void computed() {
        MergerFixture.computed(jdbc, reference, compute);
        new SubmissionFixture(jdbc).submit("HN", "2025").late().number("T3.DELEGATIONS_OUT", 1250);
        compute.compute("2025");
    }

    @Test
    void theFiguresPageWritesNumbersInThePagesLanguage() {
        PortalClient leader = loggedIn("leader", Set.of(Role.LEADER));
        leader.get("/figures").expectRedirect("/figures/2025?scope=national&view=as-reported&task=");
        leader.get("/figures?period=2024&scope=region:DNB&view=restated&task=3")
                .expectRedirect("/figures/2024?scope=region:DNB&view=restated&task=3");

        String vi = leader.get("/figures/2025?scope=national&view=as-reported&task=3").expectStatus(200).text();
        assertThat(vi).containsPattern("<code>T3\\.DELEGATIONS_OUT</code></td>\\s*<td>[^<]+</td>\\s*"
                + "<td class=\"num value\">1\\.332</td>").contains("Nhiệm vụ 3", "Toàn quốc", "theo số liệu báo cáo",
                "<option value=\"3\" selected=\"selected\">3</option>").doesNotContain("Nhiệm vụ 7");
        assertThat(vi.getBytes().length).isLessThan(300_000);

        String en = leader.get("/figures/2025?scope=region:DNB&view=as-reported&lang=en").expectStatus(200).text();
        // (6 + 15) / (10 + 20) = 70 %
        assertThat(en).containsPattern("<code>T7\\.ADVISORY_ADOPTION_PCT</code></td>\\s*<td>[^<]+</td>\\s*"
                + "<td class=\"num value\">70\\.0 %</td>").contains("Southeast Region", "as reported");
        BigDecimal score = jdbc.queryForObject("""
                select score from task_score where period_code = '2025' and task_no = 7 and scope_kind = 'region'
                  and scope_code = '2025:DNB' and hierarchy = 'as_reported'""", BigDecimal.class).setScale(2, RoundingMode.HALF_UP);
        assertThat(en).contains("<strong>" + score.toPlainString() + "</strong><span>Score</span>");
        assertThat(leader.get("/figures/2025?scope=region:DNB&lang=vi").text())
                .contains("<strong>" + score.toPlainString().replace('.', ',') + "</strong><span>Điểm</span>");
        assertThat(leader.get("/figures/2025?lang=en").text()).contains("1,332");
    }

    @Test
    void aReviewPeriodShowsItsSeriesByYearOnThePageAndInTheApi() {
        compute.compute("2022-2026");
        PortalClient analyst = loggedIn("analyst", Set.of(Role.ANALYST));
        String page = analyst.get("/figures/2022-2026?scope=region:DNB&view=restated&task=3&lang=vi").expectStatus(200)
                .text();
        // Đông Nam Bộ restated: 38 in 2024, 42 in 2025; 2022, 2023 and 2026 have no published results
        assertThat(page).contains("<th scope=\"col\" class=\"num\">2024</th>").containsPattern(
                "<code>T3\\.DELEGATIONS_OUT</code></td>\\s*<td>[^<]+</td>\\s*<td>[^<]*</td>\\s*"
                        + "<td class=\"num\">chưa tính</td>\\s*<td class=\"num\">chưa tính</td>\\s*"
                        + "<td class=\"num\">38</td>\\s*<td class=\"num\">42</td>\\s*<td class=\"num\">chưa tính</td>\\s*"
                        + "<td class=\"num\">\\+4</td>");

        JsonNode series = json.readTree(analyst.get("/api/v1/periods/2022-2026/indicators?scope=region:DNB&view=restated")
                .expectStatus(200).text());
        assertThat(series.get("kind").asString()).isEqualTo("review");
        assertThat(series.get("years").size()).isEqualTo(5);
        for (JsonNode line : series.get("series")) {
            if (line.get("code").asString().equals("T3.DELEGATIONS_OUT")) {
                assertThat(line.get("values").get("2025").decimalValue()).isEqualByComparingTo("42");
                assertThat(line.get("values").has("2023")).as("a year not computed is left out").isFalse();
                return;
            }
        }
        throw new AssertionError("no series of T3.DELEGATIONS_OUT in " + series);
    }

    @Test
    void anUnknownScopeKeepsTheFormAndSaysWhyInBothLanguages() {
        PortalClient analyst = loggedIn("analyst", Set.of(Role.ANALYST));
        String page = analyst.get("/figures/2025?scope=org:NOBODY&lang=vi").expectStatus(400).text();
        assertThat(page).contains("Không có tổ chức NOBODY trong kỳ 2025", "no organisation NOBODY in period 2025",
                "name=\"scope\"", "value=\"org:NOBODY\"");
        assertThat(analyst.get("/figures/2025?task=9").expectStatus(400).text())
                .contains("Nhiệm vụ phải là một số từ 1 đến 8: 9");
        assertThat(analyst.get("/figures/2031").expectStatus(400).text()).contains("Không có kỳ báo cáo 2031");
    }

    @Test
    void theIndicatorsApiGivesNumbersAsNumbersAndMissingAsNull() {
        PortalClient analyst = loggedIn("analyst", Set.of(Role.ANALYST));
        JsonNode national = json.readTree(analyst.get("/api/v1/periods/2025/indicators?scope=national&view=as-reported")
                .expectStatus(200).text());
        assertThat(national.get("kind").asString()).isEqualTo("annual");
        assertThat(national.get("view").asString()).isEqualTo("as-reported");
        assertThat(national.get("scope").get("kind").asString()).isEqualTo("national");
        JsonNode delegations = indicator(national, "T3.DELEGATIONS_OUT");
        assertThat(delegations.get("value").isNumber()).isTrue();
        assertThat(delegations.get("value").decimalValue()).isEqualByComparingTo("1332");
        assertThat(delegations.get("previous_value").decimalValue()).isEqualByComparingTo("101");
        assertThat(national.get("completeness").get("expected").asInt()).isEqualTo(62);
        assertThat(national.get("task_scores").size()).isPositive();

        JsonNode tldld = json.readTree(analyst.get("/api/v1/periods/2025/indicators?scope=org:TLDLD").expectStatus(200)
                .text());
        assertThat(indicator(tldld, "T3.DELEGATIONS_IN").get("value").isNull()).as("missing is null, not 0").isTrue();
        assertThat(indicator(tldld, "T3.DELEGATIONS_OUT").get("not_applicable").asInt()).isEqualTo(1);
        assertThat(indicator(tldld, "T3.DELEGATIONS_OUT").get("value").isNull()).isTrue();

        JsonNode refused = json.readTree(analyst.get("/api/v1/periods/2025/indicators?scope=region:NOWHERE")
                .expectStatus(400).text());
        assertThat(refused.get("message_vi").asString()).startsWith("Không có vùng NOWHERE trong kỳ 2025");
        assertThat(refused.get("message_en").asString()).startsWith("no region NOWHERE in period 2025");
        anonymous().get("/api/v1/periods/2025/indicators").expectStatus(401);
    }

    /**
     * Đông Nam Bộ restated: 42 delegations from 2 of 3 organisations against 38 from 4 of 7 in 2024 (Bà Rịa - Vũng
     * Tàu never reported): the change is not comparable, as the region's report prints it. Tây Ninh's 12 against
     * 14 (old Tây Ninh and Long An, both reported) is.
     */
    @Test
    void theIndicatorsApiSaysWhetherEachChangeIsComparable() {
        PortalClient analyst = loggedIn("analyst", Set.of(Role.ANALYST));
        JsonNode region = indicator(json.readTree(analyst.get("/api/v1/periods/2025/indicators?scope=region:DNB"
                + "&view=restated").expectStatus(200).text()), "T3.DELEGATIONS_OUT");
        assertThat(region.get("change").decimalValue()).isEqualByComparingTo("4");
        assertThat(region.get("comparable").isBoolean()).isTrue();
        assertThat(region.get("comparable").asBoolean()).isFalse();
        assertThat(region.get("reporters").asInt()).isEqualTo(2);
        assertThat(region.get("previous_coverage").get("reporters").asInt()).isEqualTo(4);
        assertThat(region.get("previous_coverage").get("expected").asInt()).isEqualTo(7);
        assertThat(region.get("previous_coverage").get("not_applicable").asInt()).isZero();
        assertThat(region.get("previous_coverage").size()).as("reporters, expected, not applicable").isEqualTo(3);

        JsonNode tayNinh = json.readTree(analyst.get("/api/v1/periods/2025/indicators?scope=org:TAYNINH&view=restated")
                .expectStatus(200).text());
        JsonNode delegations = indicator(tayNinh, "T3.DELEGATIONS_OUT");
        assertThat(delegations.get("change").decimalValue()).isEqualByComparingTo("-2");
        assertThat(delegations.get("comparable").asBoolean()).isTrue();
        assertThat(indicator(tayNinh, "T3.DELEGATIONS_IN").get("comparable").isNull())
                .as("no change, nothing to compare").isTrue();
    }

    private static JsonNode indicator(JsonNode body, String code) {
        for (JsonNode indicator : body.get("indicators")) {
            if (indicator.get("code").asString().equals(code)) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + code + " in " + body);
    }
}
