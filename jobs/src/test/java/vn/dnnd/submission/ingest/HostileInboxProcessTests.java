package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.cli.DnndMain;
import vn.dnnd.submission.HostileInbox;
import vn.dnnd.submission.template.TemplateService;
import vn.dnnd.system.HomeDirectory;

/**
 * The hostile inbox ({@link HostileInbox}) ingested by {@code dnnd ingest} as cron or a container would
 * start it: {@code LANG=C}, a 512 MB heap, and a workbook whose shared strings inflate to 700 MB. The run
 * completes, every valid report is accepted under its Vietnamese name, each hostile file is rejected
 * alone, the file still being written is left, and a second run takes that one and nothing else.
 */
@SpringBootTest
class HostileInboxProcessTests extends IngestTestSupport {

    static final String AS_OF = "2025-12-10T09:00:00+07:00";

    @Autowired
    TemplateService templates;
    @Autowired
    HomeDirectory home;

    @Test
    void underLangCWithA512MegabyteHeapOnlyTheHostileFilesAreRejected() throws Exception {
        Path inbox = work.resolve("inbox");
        HostileInbox.write(inbox, templates, reference, 700L * 1024 * 1024);

        String first = ingest(inbox, "30");
        for (String name : HostileInbox.ACCEPTED.keySet()) {
            assertThat(first).contains("✓ " + name);
        }
        for (String name : HostileInbox.REJECTED.keySet()) {
            assertThat(first).contains("✗ " + name);
        }
        assertThat(first).contains("… " + HostileInbox.BEING_WRITTEN).contains("HUE 2025 v1")
                .contains(": 4 chấp nhận (accepted), 13 từ chối (rejected), 0 trùng (duplicates), "
                        + "1 để lại trong thư mục nhận (left in the inbox)");
        assertThat(jdbc.queryForList("select file_name || ' ' || org_code from intake_file where outcome = 'accepted' "
                + "and bundle_id is null", String.class)).as("Vietnamese names read back as written")
                .containsExactlyInAnyOrderElementsOf(HostileInbox.ACCEPTED.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList());
        HostileInbox.REJECTED.forEach((file, rule) -> assertThat(jdbc.queryForList("""
                select v.rule from validation_issue v join intake_file f using (file_id)
                where f.file_name = ? and f.outcome = 'rejected'""", String.class, file)).as(file).contains(rule));

        String second = ingest(inbox, "0");
        assertThat(second).contains("✓ " + HostileInbox.BEING_WRITTEN)
                .contains(": 1 chấp nhận (accepted), 0 từ chối (rejected), 0 trùng (duplicates)")
                .doesNotContain("để lại trong thư mục nhận");
        try (var left = Files.list(inbox)) {
            assertThat(left).isEmpty();
        }
    }

    /** {@code dnnd ingest} in a child JVM under LANG=C with a 512 MB heap; its console output. */
    private String ingest(Path inbox, String settle) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), DnndMain.class.getName(),
                "--home", home.root().toString(), "ingest", "--inbox", inbox.toString(), "--as-of", AS_OF,
                "--settle", settle));
        Path output = work.resolve("ingest-" + settle + ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("LC_") || key.equals("LANGUAGE"));
        builder.environment().put("LANG", "C");
        builder.environment().remove("DNND_HOME");
        builder.environment().remove("DNND_DB_URL");
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("ingest finished").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }
}
