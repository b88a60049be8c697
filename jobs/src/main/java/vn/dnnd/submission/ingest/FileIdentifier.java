package vn.dnnd.submission.ingest;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.parse.Channel;
import vn.dnnd.submission.parse.ParsedSubmission;
import vn.dnnd.submission.parse.SubmissionParser;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.system.Sha256;

/**
 * Tells whose an inbox file is without storing or moving anything: its checksum, and the organisation and period
 * its content names when it parses. A file that cannot be read, or names nobody, is still a key (with nulls):
 * the ingest proper decides what it is, with the same rules as ever.
 */
final class FileIdentifier {

    private static final Logger log = LoggerFactory.getLogger(FileIdentifier.class);

    private final IntakeProperties properties;

    FileIdentifier(IntakeProperties properties) {
        this.properties = properties;
    }

    IngestFileKeys.Key identify(InboxFile file) {
        String name = file.name();
        long modified = nanos(file);
        if (file.link() || file.byteSize() == 0 || file.byteSize() > properties.maxFileBytes()) {
            return new IngestFileKeys.Key(name, modified, null, null, file.link() ? null : checksum(file));
        }
        byte[] content;
        try {
            content = InboxRead.readNoFollow(file.path(), file.byteSize());
        } catch (IOException e) {
            return new IngestFileKeys.Key(name, modified, null, null, null);
        }
        if (content == null) {
            return new IngestFileKeys.Key(name, modified, null, null, null);
        }
        String sha256 = Sha256.of(content);
        try {
            Issues issues = new Issues(name);
            Channel channel = SubmissionParsers.channel(name);
            SubmissionParser parser = SubmissionParsers.parser(channel, content, properties, issues);
            ParsedSubmission parsed = parser == null ? null : parser.parse(file.path(), content, issues);
            return new IngestFileKeys.Key(name, modified, parsed == null ? null : parsed.orgCode(),
                    parsed == null ? null : parsed.periodCode(), sha256);
        } catch (RuntimeException e) {
            // A hostile file: the ingest proper rejects it with its rule; here it only stays in a group of its own.
            log.debug("{} did not parse while being identified: {}", name, e.toString());
            return new IngestFileKeys.Key(name, modified, null, null, sha256);
        }
    }

    /** The modification time as the reader compares it, in nanoseconds since 1970. */
    static long nanos(InboxFile file) {
        java.time.Instant instant = file.modified().toInstant();
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static String checksum(InboxFile file) {
        if (file.byteSize() == 0) {
            return Sha256.of(new byte[0]);
        }
        try {
            return Sha256.of(file.path());
        } catch (IOException e) {
            // Gone or unreadable now: the ingest proper notes it or rejects it; here it is a group of its own.
            return null;
        }
    }
}
