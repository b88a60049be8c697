package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.parse.Channel;
import vn.dnnd.submission.parse.ParsedSubmission;
import vn.dnnd.submission.parse.SubmissionParser;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;
import vn.dnnd.submission.validation.SubmissionValidator;
import vn.dnnd.submission.validation.ValidatedSubmission;

/**
 * Reads, checksums, parses and validates one inbox file without touching the database: the
 * reference data was read once for the run. Whatever the file holds, the outcome is an item
 * (accepted or rejected with reasons); a reader failure on a hostile file becomes a rejection.
 */
public class IngestFileProcessor implements ItemProcessor<InboxFile, IngestItem> {

    private static final Logger log = LoggerFactory.getLogger(IngestFileProcessor.class);

    private final IntakeProperties properties;
    private final InboxOpening opening;
    private final SubmissionValidator validator;
    private final LocalDate receivedOn;
    private final boolean allowLocked;

    public IngestFileProcessor(IntakeReference reference, IntakeProperties properties, Archive archive, InboxNotes notes,
                               OffsetDateTime receivedAt, boolean allowLocked) {
        this.properties = properties;
        this.opening = new InboxOpening(properties, archive, notes);
        this.validator = new SubmissionValidator(reference, properties);
        this.receivedOn = receivedAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        this.allowLocked = allowLocked;
    }

    /** Null for a file left in the inbox (changed while read) or gone: nothing to store, the step notes it. */
    @Override
    public IngestItem process(InboxFile file) throws IOException {
        Issues issues = new Issues(file.name());
        Channel channel = SubmissionParsers.channel(file.name());
        InboxOpening.Opened opened = open(file, issues);
        if (opened == null || opened.refused()) {
            return opened == null ? null : rejected(opened.file(), opened.sha256(), channel, null, issues);
        }
        ParsedSubmission parsed = null;
        ValidatedSubmission submission = null;
        try {
            SubmissionParser parser = SubmissionParsers.parser(channel, opened.content(), properties, issues);
            parsed = parser == null ? null : parser.parse(opened.file().staged(), opened.content(), issues);
            submission = parsed == null ? null : validate(parsed, issues);
        } catch (RuntimeException e) {
            unreadable(file, e, issues);
        }
        if (submission == null || issues.hasErrors()) {
            return rejected(opened.file(), opened.sha256(), channel, parsed, issues);
        }
        return new IngestItem(opened.file(), opened.sha256(), channel, submission.orgCode(), submission.periodCode(),
                submission.submittedBy(), submission, issues.all(), null, null);
    }

    /** Refuses a link or a file of the wrong size unread, or reads the file once; null if it is left in the inbox. */
    InboxOpening.Opened open(InboxFile file, Issues issues) throws IOException {
        return opening.open(file, issues);
    }

    /** The one validation path of every channel and shape; null when {@code issues} holds an error. */
    ValidatedSubmission validate(ParsedSubmission parsed, Issues issues) {
        return validator.validate(parsed, receivedOn, allowLocked, issues);
    }

    /** A reader library failing on a hostile file must not stop the other files: record it. */
    static void unreadable(InboxFile file, RuntimeException e, Issues issues) {
        log.error("Unexpected failure reading {}", file.path(), e);
        issues.error(Rule.UNREADABLE_FILE, Location.FILE, "không đọc được tệp: nội dung không đúng định dạng "
                        + "của hệ thống (chi tiết kỹ thuật đã ghi vào nhật ký)",
                "the file could not be read (" + e.getClass().getSimpleName() + ": "
                        + Texts.excerpt(String.valueOf(e.getMessage()), 200) + ")");
    }

    static IngestItem rejected(InboxFile file, String sha256, Channel channel, ParsedSubmission parsed, Issues issues) {
        return new IngestItem(file, sha256, channel, parsed == null ? null : parsed.orgCode(),
                parsed == null ? null : parsed.periodCode(), parsed == null ? null : parsed.submittedBy(), null,
                issues.all(), issues.part(), null);
    }
}
