package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;
import vn.dnnd.system.Sha256;

/**
 * The first look at an inbox file, for single and multi-organisation files alike: a symbolic link, an
 * empty file or one above {@code dnnd.intake.max-file-bytes} is refused without being read; any other is
 * read once ({@link InboxRead}). A file that changed or vanished meanwhile has no outcome (null) and is
 * noted instead.
 */
final class InboxOpening {

    /** Refused unread ({@code content} null, {@code issues} say why) or read. */
    record Opened(InboxFile file, String sha256, byte[] content) {

        boolean refused() {
            return content == null;
        }
    }

    private final IntakeProperties properties;
    private final Archive archive;
    private final InboxNotes notes;

    InboxOpening(IntakeProperties properties, Archive archive, InboxNotes notes) {
        this.properties = properties;
        this.archive = archive;
        this.notes = notes;
    }

    Opened open(InboxFile file, Issues issues) throws IOException {
        if (file.link()) {
            issues.error(Rule.SYMBOLIC_LINK, Location.FILE, "đây là liên kết tượng trưng (symbolic link) tới "
                            + Texts.quoted(file.linkTarget()) + ", không phải tệp báo cáo; hệ thống không đọc tệp nằm ngoài "
                            + "thư mục nhận: hãy chép chính tệp vào thư mục nhận. Liên kết đã được gỡ khỏi thư mục nhận",
                    "this is a symbolic link to " + Texts.quoted(file.linkTarget()) + ", not a report; files outside the "
                            + "inbox are never read: copy the file itself into the inbox. The link was removed from the inbox");
            // Never the same checksum twice: each link found is refused with its own line.
            return new Opened(file, Sha256.of(("symbolic link\n" + file.path() + "\n" + file.linkTarget() + "\n"
                    + System.nanoTime()).getBytes(StandardCharsets.UTF_8)), null);
        }
        if (!sizeAllowed(file, issues)) {
            try {
                return new Opened(file, file.byteSize() == 0 ? Sha256.of(new byte[0]) : Sha256.of(file.path()), null);
            } catch (NoSuchFileException gone) {
                notes.left(file.name(), "tệp đã biến mất khỏi thư mục nhận trước khi được đọc; bỏ qua",
                        "the file vanished from the inbox before it was read; skipped");
                return null;
            }
        }
        InboxRead.Read read = InboxRead.read(file, archive, notes);
        return read == null ? null : new Opened(read.file(), Sha256.of(read.content()), read.content());
    }

    /** An empty file, or one above dnnd.intake.max-file-bytes, is refused before it is read. */
    private boolean sizeAllowed(InboxFile file, Issues issues) {
        if (file.byteSize() == 0) {
            issues.error(Rule.EMPTY_FILE, Location.FILE, "tệp rỗng (0 byte)", "the file is empty (0 bytes)");
            return false;
        }
        if (file.byteSize() > properties.maxFileBytes()) {
            issues.error(Rule.FILE_TOO_LARGE, Location.FILE, "tệp " + megabytes(file.byteSize())
                            + " MB, vượt giới hạn " + megabytes(properties.maxFileBytes()) + " MB; biểu mẫu điền đủ chỉ khoảng 0,1 MB",
                    "the file is " + megabytes(file.byteSize()) + " MB, above the limit of "
                            + megabytes(properties.maxFileBytes()) + " MB; a filled template is about 0.1 MB");
            return false;
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0).replace('.', ',');
    }
}
