package vn.dnnd.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.template.TemplateService;

/**
 * One inbox holding every hostile file of issue 11 beside valid reports: the committed ones of
 * src/test/resources/intake-corpus/ and those made at run time ({@link HostileFiles}). Every file but
 * {@link #BEING_WRITTEN} was last modified a minute ago; that one was modified just now, as an upload
 * still writing it would have.
 */
public final class HostileInbox {

    /** Each hostile single file and the rule it must be rejected by (its first error, or one of them). */
    public static final Map<String, String> REJECTED = rejected();
    /** The valid reports and their organisation: each must be accepted. */
    public static final Map<String, String> ACCEPTED = Map.of(
            HostileFiles.LONG_NAME, "GIALAI",
            "Báo cáo Khánh Hòa năm 2025.csv", "KHANHHOA",
            "Hồ sơ Cần Thơ.json", "CANTHO");
    public static final String BEING_WRITTEN = "dak-lak-dang-tai-len.csv";
    public static final String BEING_WRITTEN_ORG = "DAKLAK";
    /** Two parts: Huế's is valid, Lạng Sơn's holds a NUL in a note. */
    public static final String MULTI = "one-part-with-nul.multi.csv";
    public static final String LINK = "link-to-passwd.csv";

    private HostileInbox() {
    }

    private static Map<String, String> rejected() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("nul-in-narrative.csv", "nul_character");
        rules.put("nul-in-value.csv", "nul_character");
        rules.put("nul-in-submitted-by.json", "nul_character");
        rules.put("huge-exponent.json", "out_of_range");
        rules.put("formula-in-values.csv", "not_a_number");
        rules.put("utf-16.csv", "encoding");
        rules.put("unclosed-quote.csv", "structure");
        rules.put(LINK, "symbolic_link");
        rules.put("shared-strings-bomb.xlsx", "zip_bomb");
        rules.put("macro.xlsx", "macro");
        rules.put("many-cells.xlsx", "too_many_cells");
        rules.put("many-lines.csv", "too_many_cells");
        return Map.copyOf(rules);
    }

    /** Writes the inbox; {@code bombBytes} is what the shared strings of the bomb inflate to. */
    public static void write(Path inbox, TemplateService templates, IntakeReference reference, long bombBytes)
            throws Exception {
        Files.createDirectories(inbox);
        for (String name : List.of("nul-in-narrative.csv", "nul-in-value.csv", "nul-in-submitted-by.json",
                "huge-exponent.json", "formula-in-values.csv", "utf-16.csv", "unclosed-quote.csv", MULTI)) {
            try (InputStream in = HostileInbox.class.getResourceAsStream("/intake-corpus/" + name)) {
                Files.write(inbox.resolve(name), in.readAllBytes());
            }
        }
        Files.createSymbolicLink(inbox.resolve(LINK), Path.of("/etc/passwd"));
        HostileFiles.sharedStringsBomb(inbox.resolve("shared-strings-bomb.xlsx"), bombBytes);
        Map<String, Object> answers = Answers.forIndicators(reference.entered("province",
                reference.period("2025").orElseThrow()), 3);
        byte[] filled = SubmissionChannelsTests.fillLikeAClerk(templates.generate("QUANGTRI", "2025"), answers);
        Files.write(inbox.resolve("macro.xlsx"), HostileFiles.macroEnabled(filled));
        Files.write(inbox.resolve("many-cells.xlsx"), HostileFiles.manyCells(
                SubmissionChannelsTests.fillLikeAClerk(templates.generate("DONGNAI", "2025"), answers), 50_000));
        HostileFiles.manyLines(inbox.resolve("many-lines.csv"), 600_000);
        Files.writeString(inbox.resolve(HostileFiles.LONG_NAME), SubmissionFiles.csv("GIALAI", "2025", answers, ',', null));
        Files.writeString(inbox.resolve("Báo cáo Khánh Hòa năm 2025.csv"),
                SubmissionFiles.csv("KHANHHOA", "2025", answers, ';', "Giao lưu hữu nghị với nhân dân Lào và Campuchia."));
        Files.writeString(inbox.resolve("Hồ sơ Cần Thơ.json"),
                SubmissionFiles.json("CANTHO", "2025", answers, "Đón đoàn thanh niên Lào."));
        settled(inbox, Instant.now().minusSeconds(60));
        Files.writeString(inbox.resolve(BEING_WRITTEN), SubmissionFiles.csv(BEING_WRITTEN_ORG, "2025", answers, ',', null));
    }

    private static void settled(Path inbox, Instant modified) throws IOException {
        try (var files = Files.list(inbox)) {
            for (Path file : files.filter(f -> !Files.isSymbolicLink(f)).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(modified));
            }
        }
    }
}
