package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.parse.Channel;
import vn.dnnd.submission.parse.ParsedSubmission;
import vn.dnnd.submission.parse.SubmissionParser;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.submission.validation.Rule;
import vn.dnnd.submission.validation.SubmissionValidator;
import vn.dnnd.submission.validation.ValidatedSubmission;

/**
 * Reads, checksums, parses and validates one inbox file without touching the database: the
 * reference data was read once for the run. Whatever the file holds, the outcome is an item
 * (accepted or rejected with reasons); a reader failure on a hostile file becomes a rejection.
 */
public class IngestFileProcessor implements ItemProcessor<InboxFile, IngestItem> {

    private static final Logger log = LoggerFactory.getLogger(IngestFileProcessor.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final IntakeProperties properties;
    private final SubmissionValidator validator;
    private final LocalDate receivedOn;
    private final boolean allowLocked;

    public IngestFileProcessor(IntakeReference reference, IntakeProperties properties, OffsetDateTime receivedAt,
                               boolean allowLocked) {
        this.properties = properties;
        this.validator = new SubmissionValidator(reference, properties);
        this.receivedOn = receivedAt.atZoneSameInstant(VIETNAM).toLocalDate();
        this.allowLocked = allowLocked;
    }

    @Override
    public IngestItem process(InboxFile file) throws IOException {
        Issues issues = new Issues(file.name());
        Channel channel = SubmissionParsers.channel(file.name());
        if (!sizeAllowed(file, properties, issues)) {
            return rejected(file, file.byteSize() == 0 ? Sha256.of(new byte[0]) : Sha256.of(file.path()), channel,
                    null, issues);
        }
        byte[] content = Files.readAllBytes(file.path());
        String sha256 = Sha256.of(content);
        ParsedSubmission parsed = null;
        ValidatedSubmission submission = null;
        try {
            SubmissionParser parser = SubmissionParsers.parser(channel, file.path(), content, issues);
            parsed = parser == null ? null : parser.parse(file.path(), content, issues);
            submission = parsed == null ? null : validate(parsed, issues);
        } catch (RuntimeException e) {
            unreadable(file, e, issues);
        }
        if (submission == null || issues.hasErrors()) {
            return rejected(file, sha256, channel, parsed, issues);
        }
        return new IngestItem(file, sha256, channel, submission.orgCode(), submission.periodCode(),
                submission.submittedBy(), submission, issues.all(), null, null);
    }

    /** The one validation path of every channel and shape; null when {@code issues} holds an error. */
    ValidatedSubmission validate(ParsedSubmission parsed, Issues issues) {
        return validator.validate(parsed, receivedOn, allowLocked, issues);
    }

    /** An empty file, or one above dnnd.intake.max-file-bytes, is refused before it is read. */
    static boolean sizeAllowed(InboxFile file, IntakeProperties properties, Issues issues) {
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

    /** A reader library failing on a hostile file must not stop the other files: record it. */
    static void unreadable(InboxFile file, RuntimeException e, Issues issues) {
        log.error("Unexpected failure reading {}", file.path(), e);
        issues.error(Rule.UNREADABLE_FILE, Location.FILE, "không đọc được tệp (lỗi " + e.getClass().getSimpleName() + ")",
                "the file could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }

    static IngestItem rejected(InboxFile file, String sha256, Channel channel, ParsedSubmission parsed, Issues issues) {
        return new IngestItem(file, sha256, channel, parsed == null ? null : parsed.orgCode(),
                parsed == null ? null : parsed.periodCode(), parsed == null ? null : parsed.submittedBy(), null,
                issues.all(), issues.part(), null);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0).replace('.', ',');
    }
}
