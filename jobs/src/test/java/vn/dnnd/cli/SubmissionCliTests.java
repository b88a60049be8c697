package vn.dnnd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The submission commands as a user types them, in-process against the test home. */
class SubmissionCliTests {

    @BeforeAll
    static void loadReferenceData() {
        assertThat(CliTests.dnnd("reference", "load").exitCode()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"template", "ingest", "sample", "bench", "bench ingest"})
    void everySubmissionCommandHasHelp(String command) {
        StringWriter out = new StringWriter();
        int exitCode = DnndMain.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                (command + " --help").split(" "));
        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("Usage: dnnd " + command).contains("--help");
    }

    @Test
    void templateWritesTheWorkbookOrNamesTheSuccessorOfAClosedProvince(@TempDir Path dir) {
        CliTests.Run written = CliTests.dnnd("template", "--org", "TUYENQUANG", "--period", "2025", "--out",
                dir.resolve("tq.xlsx").toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).contains("Tuyên Quang (TUYENQUANG), Báo cáo năm 2025; 42 chỉ tiêu nhập");
        assertThat(dir.resolve("tq.xlsx")).isNotEmptyFile();

        CliTests.Run closed = CliTests.dnnd("template", "--org", "YENBAI", "--period", "2025", "--out",
                dir.resolve("yb.xlsx").toString());
        assertThat(closed.exitCode()).isEqualTo(1);
        assertThat(closed.err()).startsWith("Lỗi (error): Yên Bái (YENBAI) không còn tồn tại vào ngày 31/12/2025")
                .contains("đơn vị kế thừa là Lào Cai (LAOCAI)");
    }

    @Test
    void ingestPrintsEachFileAndAWrongAsOfIsAUsageError(@TempDir Path inbox) throws Exception {
        Files.writeString(inbox.resolve("rong.json"), "{}");
        CliTests.Run run = CliTests.dnnd("ingest", "--inbox", inbox.toString(), "--as-of", "2025-12-10T09:00:00+07:00");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("✗ rong.json", "thiếu kỳ báo cáo", "the reporting period is missing",
                "nhận lúc (as of) 10/12/2025 09:00:00 +07:00: 0 chấp nhận (accepted), 1 từ chối (rejected)");

        CliTests.Run wrong = CliTests.dnnd("ingest", "--inbox", inbox.toString(), "--as-of", "hôm qua");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("'hôm qua' không phải ngày hoặc thời điểm", "not a date or date-time");
        Files.writeString(inbox.resolve("rong-2.json"), "{ }");
        CliTests.Run dateOnly = CliTests.dnnd("ingest", "--inbox", inbox.toString(), "--as-of", "2025-12-10");
        assertThat(dateOnly.out()).as(dateOnly.err()).contains("nhận lúc (as of) 10/12/2025 00:00:00 +07:00");
    }
}
