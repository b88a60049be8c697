package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.system.DnndProperties;
import vn.dnnd.system.HomeDirectory;

/**
 * What happens to an inbox file between the listing and the archive, where no ingest run can be made to
 * wait: a file gone or rewritten after it was listed is left with a note instead of failing the run, and
 * a file replaced after it was read is not what the archive keeps (the bytes read are) and stays in the
 * inbox as the new upload it is.
 */
class InboxReadTests {

    @TempDir
    Path home;
    Path inbox;
    Archive archive;
    InboxNotes notes;
    InboxOpening opening;

    @BeforeEach
    void setUp() throws Exception {
        inbox = Files.createDirectories(home.resolve("inbox"));
        archive = new Archive(new HomeDirectory(new DnndProperties(home.toString(), new DnndProperties.Db(null, null,
                null, null, 8), new DnndProperties.Reference("classpath:reference/"), null)), null);
        notes = new InboxNotes();
        opening = new InboxOpening(defaults(), archive, notes);
    }

    @Test
    void aFileGoneAfterItWasListedIsSkippedAndSaidSo() throws Exception {
        InboxFile listed = listed(write("bien-mat.csv", "organisation,period\n"));
        Files.delete(listed.path());

        assertThat(opening.open(listed, new Issues(listed.name()))).isNull();
        assertThat(notes.all()).singleElement().satisfies(left -> {
            assertThat(left.fileName()).isEqualTo("bien-mat.csv");
            assertThat(left.reasonVi()).contains("đã biến mất");
            assertThat(left.reasonEn()).contains("vanished");
        });
    }

    @Test
    void aFileStillGrowingAfterItWasListedIsLeftForALaterRun() throws Exception {
        InboxFile listed = listed(write("dang-ghi.csv", "organisation,period\nHN,2025\n"));
        Files.writeString(listed.path(), "HN,2025,T1.DISSEM_EVENTS,12,\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(opening.open(listed, new Issues(listed.name()))).isNull();
        assertThat(notes.all()).singleElement().extracting(InboxNotes.Left::reasonVi).asString()
                .contains("thay đổi trong khi được đọc");
        assertThat(listed.path()).exists();
    }

    @Test
    void theArchiveKeepsTheBytesThatWereReadAndANewUploadInTheirPlaceStaysInTheInbox() throws Exception {
        InboxFile listed = listed(write("bao-cao.csv", "first upload\n"));
        InboxOpening.Opened opened = opening.open(listed, new Issues(listed.name()));
        assertThat(opened.content()).asString(StandardCharsets.UTF_8).isEqualTo("first upload\n");
        Files.delete(listed.path());
        write("bao-cao.csv", "a corrected upload, received after the first was read\n");

        Path target = home.resolve("archive/accepted/2025/HN/v1-bao-cao.csv");
        archive.file(opened.file(), target, 1, false);

        assertThat(target).hasContent("first upload");
        assertThat(inbox.resolve("bao-cao.csv")).hasContent("a corrected upload, received after the first was read");
        try (var staged = Files.list(home.resolve("archive/.incoming"))) {
            assertThat(staged).isEmpty();
        }
    }

    @Test
    void aSymbolicLinkIsRefusedUnreadAndOnlyTheLinkLeavesTheInbox() throws Exception {
        Path outside = Files.writeString(home.resolve("outside.csv"), "not for the inbox\n");
        Path link = Files.createSymbolicLink(inbox.resolve("lien-ket.csv"), outside);
        InboxFile listed = InboxFile.link(link, Files.readSymbolicLink(link).toString());
        Issues issues = new Issues(listed.name());

        InboxOpening.Opened opened = opening.open(listed, issues);
        assertThat(opened.refused()).isTrue();
        assertThat(issues.all()).singleElement().satisfies(issue -> {
            assertThat(issue.rule().code()).isEqualTo("symbolic_link");
            assertThat(issue.messageVi()).contains("liên kết tượng trưng", outside.toString());
        });
        archive.file(opened.file(), home.resolve("archive/rejected/x"), 1, false);
        assertThat(link).doesNotExist();
        assertThat(outside).hasContent("not for the inbox");
    }

    @Test
    void archiveNamesFitAFileSystemWhateverTheOriginalName() {
        String longName = "Báo cáo kết quả thực hiện Chỉ thị ".repeat(8) + "của Tỉnh ủy.multi.csv";
        String other = "Báo cáo kết quả thực hiện Chỉ thị ".repeat(8) + "của Thành ủy.multi.csv";
        String fitted = ArchiveName.of("v12-20251210T090000-", longName);
        assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(235);
        assertThat(fitted).startsWith("v12-20251210T090000-Báo cáo kết quả").endsWith(".multi.csv");
        assertThat(ArchiveName.of("v12-20251210T090000-", other)).isNotEqualTo(fitted);
        assertThat(ArchiveName.of("7-", "bao-cao.csv")).isEqualTo("7-bao-cao.csv");
        for (String name : List.of(fitted, ArchiveName.of("1-", "ệ".repeat(200)))) {
            assertThat(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(name);
        }
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static InboxFile listed(Path path) throws Exception {
        return InboxFile.listed(path, Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    }

    private static IntakeProperties defaults() {
        return new IntakeProperties(20_971_520, 500, 10_000, 2000, 500, 120, 5, 2, 2, 10, 10, 500_000, 33_554_432,
                200_000, 500);
    }
}
