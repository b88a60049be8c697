package vn.dnnd.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.support.ReferenceFixtures;
import vn.dnnd.support.TableSnapshot;

@SpringBootTest
class ReferenceDataJobTests {

    @Autowired
    ReferenceDataService service;

    @Autowired
    ReferenceQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void loadShippedReferenceData() {
        service.load();
    }

    @Test
    void loadsTheDirectiveTasksCatalogueRegionsOrganisationsAndPeriods() {
        assertThat(jdbc.queryForObject("select count(*) from task", Integer.class)).isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from indicator", Integer.class)).isGreaterThanOrEqualTo(40);
        assertThat(jdbc.queryForList("select distinct task_no from indicator order by 1", Integer.class))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(jdbc.queryForList("select scheme || ':' || count(*) from region group by scheme order by 1", String.class))
                .containsExactly("2023:6", "2025:6");
        assertThat(jdbc.queryForObject("""
                select count(*) from organisation where kind = 'province' and valid_to = date '2025-06-30'""", Integer.class))
                .isEqualTo(63);
        assertThat(jdbc.queryForObject("""
                select count(*) from organisation where kind = 'province' and valid_from = date '2025-07-01'
                and valid_to is null""", Integer.class)).isEqualTo(34);
        assertThat(jdbc.queryForObject("select count(*) from organisation where kind <> 'province'", Integer.class))
                .isGreaterThanOrEqualTo(20);
        assertThat(jdbc.queryForList("select code from reporting_period order by code", String.class))
                .containsExactly("2022", "2022-2026", "2023", "2024", "2025", "2026", "2027");
        assertThat(jdbc.queryForObject("select short_name_vi from task where task_no = 5", String.class))
                .startsWith("Làm tốt công tác vận động người Việt Nam ở nước ngoài");
    }

    @Test
    void aSecondLoadChangesNothing() {
        Map<String, List<Map<String, Object>>> before = TableSnapshot.reference(jdbc);

        ReferenceLoadResult again = service.load();

        assertThat(again.totalChanged()).isZero();
        assertThat(TableSnapshot.reference(jdbc)).isEqualTo(before);
    }

    @Test
    void everyOldProvinceHasExactlyOneSuccessorAmongTheThirtyFourUnits() {
        List<Map<String, Object>> old = jdbc.queryForList("""
                select o.code, s.code as successor, s.valid_from, s.valid_to
                from organisation o left join organisation s on s.org_id = o.successor_id
                where o.kind = 'province' and o.valid_to = date '2025-06-30'
                """);
        assertThat(old).hasSize(63).allSatisfy(row -> {
            assertThat(row.get("successor")).as("successor of %s", row.get("code")).isNotNull();
            assertThat(row.get("valid_from").toString()).isEqualTo("2025-07-01");
            assertThat(row.get("valid_to")).isNull();
        });
        assertThat(old.stream().map(row -> row.get("successor")).distinct()).hasSize(34);
    }

    @Test
    void regionLookupFollowsTheSchemeInForceOnTheDate() {
        OrganisationVersion longAn2024 = queries.lookup("LONGAN", LocalDate.of(2024, 12, 31)).orElseThrow();
        assertThat(longAn2024.regionId()).isEqualTo("2023:DBSCL");
        assertThat(longAn2024.regionNameEn()).isEqualTo("Mekong River Delta");
        assertThat(longAn2024.successorCode()).isEqualTo("TAYNINH");

        OrganisationVersion tayNinh2025 = queries.lookup("TAYNINH", LocalDate.of(2025, 12, 31)).orElseThrow();
        assertThat(tayNinh2025.regionId()).isEqualTo("2025:DNB");
        assertThat(tayNinh2025.regionNameEn()).isEqualTo("Southeast Region");
        assertThat(queries.lookup("LONGAN", LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void oldProvincesRestateOntoTodaysUnit() {
        OrganisationVersion yenBai2022 = queries.lookup("YENBAI", LocalDate.of(2022, 6, 30)).orElseThrow();
        assertThat(yenBai2022.todayCode()).isEqualTo("LAOCAI");
        assertThat(yenBai2022.todayRegionId()).isEqualTo("2025:TDMNPB");
        // A transfer of functions to a body that already existed: the commission's work went to MOFA.
        OrganisationVersion commission = queries.lookup("BDNTW", LocalDate.of(2024, 1, 1)).orElseThrow();
        assertThat(commission.successorCode()).isEqualTo("BNG");
    }

    @Test
    void vietnameseNamesComeBackByteIdenticalInNfc() {
        String expected = "Trung ương Hội Liên hiệp Phụ nữ Việt Nam";
        String stored = jdbc.queryForObject("select name_vi from organisation where code = 'HLHPN'", String.class);
        assertThat(stored.getBytes(StandardCharsets.UTF_8)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(jdbc.queryForList("""
                select name_vi from organisation union all select name_vi from region
                union all select name_vi from indicator union all select directive_text_vi from task""", String.class))
                .allSatisfy(name -> assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as(name).isTrue());
    }

    @Test
    void decomposedTextInAFileIsStoredComposed(@TempDir Path dir) {
        ReferenceFixtures.copyOfShippedFiles(dir);
        String composed = "Trung ương Hội Liên hiệp Phụ nữ Việt Nam";
        ReferenceFixtures.edit(dir, "organisations.csv",
                text -> text.replace(composed, Normalizer.normalize(composed, Normalizer.Form.NFD)));

        ReferenceLoadResult result = service.load(dir);

        assertThat(result.totalChanged()).isZero();
        assertThat(jdbc.queryForObject("select name_vi from organisation where code = 'HLHPN'", String.class))
                .isEqualTo(composed);
    }

    @Test
    void aDuplicateCodeFailsTheLoadWithFileLineAndReasonAndChangesNothing(@TempDir Path dir) {
        ReferenceFixtures.copyOfShippedFiles(dir);
        ReferenceFixtures.edit(dir, "organisations.csv", text -> text.replace(
                "Tỉnh Cao Bằng,Cao Bang", "Tỉnh Cao Bằng – đổi tên,Cao Bang")
                + "HN,2025-07-01,,province,city,Hà Nội,Thành phố Hà Nội,Hanoi,,01,2025:DBSH,,yes,\n");

        assertRejectedWithoutChange(dir, "organisations.csv dòng 130 (line 130)",
                "duplicate code HN from 2025-07-01, also on line");
    }

    @Test
    void anUnknownRegionFailsTheLoadAndChangesNothing(@TempDir Path dir) {
        ReferenceFixtures.copyOfShippedFiles(dir);
        ReferenceFixtures.edit(dir, "organisations.csv", text -> text.replaceFirst("2025:DBSCL", "2025:MEKONG"));

        assertRejectedWithoutChange(dir, "organisations.csv dòng", "unknown region 2025:MEKONG");
    }

    @Test
    void aBrokenDateFailsTheLoadAndChangesNothing(@TempDir Path dir) {
        ReferenceFixtures.copyOfShippedFiles(dir);
        ReferenceFixtures.edit(dir, "periods.csv", text -> text.replace("2025-12-15", "2025-12-32"));

        assertRejectedWithoutChange(dir, "periods.csv dòng 5 (line 5)",
                "broken date '2025-12-32' in column 'due_on', expected YYYY-MM-DD");
    }

    @Test
    void aMissingFileOrWrongHeaderIsNamed(@TempDir Path dir) throws Exception {
        ReferenceFixtures.copyOfShippedFiles(dir);
        java.nio.file.Files.delete(dir.resolve("tasks.csv"));
        ReferenceFixtures.edit(dir, "regions.csv", text -> text.replaceFirst("name_en", "english_name"));

        assertThatThrownBy(() -> service.load(dir))
                .isInstanceOfSatisfying(ReferenceDataRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ReferenceProblem::toString)
                        .anySatisfy(p -> assertThat(p).startsWith("tasks.csv: ").contains("file not found"))
                        .anySatisfy(p -> assertThat(p).startsWith("regions.csv dòng 1 (line 1)").contains("header must be")));
    }

    private void assertRejectedWithoutChange(Path dir, String where, String reason) {
        Map<String, List<Map<String, Object>>> before = TableSnapshot.reference(jdbc);

        assertThatThrownBy(() -> service.load(dir))
                .isInstanceOfSatisfying(ReferenceDataRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ReferenceProblem::toString)
                        .anySatisfy(problem -> assertThat(problem).startsWith(where).contains(reason)));

        assertThat(jdbc.queryForObject("""
                select status from batch_job_execution e join batch_job_instance i using (job_instance_id)
                where i.job_name = 'referenceDataJob' order by e.job_execution_id desc limit 1""", String.class))
                .isEqualTo("FAILED");
        assertThat(TableSnapshot.reference(jdbc)).isEqualTo(before);
    }
}
