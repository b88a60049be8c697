package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, run in-process against the test home's embedded PostgreSQL. */
class CliTests {

    record Run(int exitCode, String out, String err) {
    }

    static Run dnnd(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withHome = new String[args.length + 2];
        withHome[0] = "--home";
        withHome[1] = System.getProperty("dnnd.home");
        System.arraycopy(args, 0, withHome, 2, args.length);
        int exitCode = DnndMain.execute(new PrintWriter(out, true), new PrintWriter(err, true), withHome);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @BeforeAll
    static void loadReferenceData() {
        Run load = dnnd("reference", "load");
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("Đã nạp danh mục (reference data loaded)");
    }

    @Test
    void summaryCountsReportersByKindAndRegionInVietnameseWithEnglish() {
        Run before = dnnd("reference", "summary", "--on", "2024-12-31");
        assertThat(before.exitCode()).isZero();
        assertThat(before.out())
                .contains("Nhiệm vụ (tasks):                 8")
                .contains("    63  Tỉnh, thành phố (provinces and cities)")
                .contains("    13  Vùng đồng bằng sông Cửu Long (Mekong River Delta) [2023:DBSCL]");

        Run after = dnnd("reference", "summary", "--on", "2025-12-31");
        assertThat(after.out())
                .contains("    34  Tỉnh, thành phố (provinces and cities)")
                .contains("     5  Vùng đồng bằng sông Cửu Long (Mekong River Delta) [2025:DBSCL]")
                .contains("     3  Vùng Đông Nam Bộ (Southeast Region) [2025:DNB]");
    }

    @Test
    void successorShowsTheMergerMappingOfAnOldProvince() {
        Run run = dnnd("reference", "successor", "YENBAI");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Yên Bái (YENBAI)")
                .contains("[2023:TDMNPB]")
                .contains("→ Đơn vị kế thừa (successor): Lào Cai (LAOCAI) từ (from) 01/07/2025");

        Run newUnit = dnnd("reference", "successor", "laocai");
        assertThat(newUnit.out()).contains("Kế thừa từ (takes over from): Lào Cai (LAOCAI), Yên Bái (YENBAI)");
    }

    @Test
    void lookupAnswersRegionAndTodaysUnitForADate() {
        Run run = dnnd("reference", "lookup", "LONGAN", "--on", "2024-12-31");
        assertThat(run.out())
                .contains("Vùng đồng bằng sông Cửu Long (Mekong River Delta) [2023:DBSCL]")
                .contains("Tây Ninh (TAYNINH), Vùng Đông Nam Bộ (Southeast Region) [2025:DNB]");
    }

    @Test
    void anUnknownOrganisationExitsNonZeroWithOneLine() {
        Run run = dnnd("reference", "successor", "ATLANTIS");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                "Lỗi (error): Không có tổ chức mã ATLANTIS trong danh mục (unknown organisation code ATLANTIS)");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "reference", "reference load", "reference summary", "reference successor",
            "reference lookup"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").strip().split(" ");
        StringWriter out = new StringWriter();
        int exitCode = DnndMain.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter()), args);
        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("Usage: dnnd").contains("--help");
    }

    @org.junit.jupiter.api.Test
    void theTopLevelHelpListsEveryCommandInVietnameseThenEnglish() {
        StringWriter out = new StringWriter();
        assertThat(DnndMain.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter()), "--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("In trợ giúp này rồi thoát (show this help message and exit).",
                "review Duyệt báo cáo", "(Review of submissions: list versions, accept, return with a reason",
                "ingest Nhận các tệp báo cáo", "(Ingest every submission file in a directory by running ingestJob.)");
    }
}
