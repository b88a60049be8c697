package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.parse.BundleParser;
import vn.dnnd.submission.parse.Channel;
import vn.dnnd.submission.parse.CsvBundleParser;
import vn.dnnd.submission.parse.JsonBundleParser;
import vn.dnnd.submission.parse.ParsedPart;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.ValidatedSubmission;
import vn.dnnd.system.Sha256;

/**
 * Reads, checksums and splits one multi-organisation file, then puts every part through the same
 * validation as a single file ({@link IngestFileProcessor#validate}); no database.
 */
public class IngestBundleProcessor implements ItemProcessor<InboxFile, IngestBundle> {

    private final IngestFileProcessor files;
    private final IntakeProperties properties;

    public IngestBundleProcessor(IngestFileProcessor files, IntakeProperties properties) {
        this.files = files;
        this.properties = properties;
    }

    /** Multi-organisation files are told apart by name: {@code *.multi.csv} and {@code *.multi.json}. */
    static boolean isBundle(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".multi.csv") || name.endsWith(".multi.json");
    }

    /** Null for a file left in the inbox (changed while read) or gone: nothing to store, the step notes it. */
    @Override
    public IngestBundle process(InboxFile file) throws IOException {
        Issues fileIssues = new Issues(file.name());
        Channel channel = SubmissionParsers.channel(file.name());
        InboxOpening.Opened opened = files.open(file, fileIssues);
        if (opened == null || opened.refused()) {
            return opened == null ? null : new IngestBundle(opened.file(), opened.sha256(), channel, fileIssues.all(), null);
        }
        BundleParser parser = channel == Channel.CSV ? new CsvBundleParser(properties.maxLines())
                : new JsonBundleParser();
        List<ParsedPart> parsed;
        try {
            parsed = parser.parse(opened.content(), fileIssues);
        } catch (RuntimeException e) {
            IngestFileProcessor.unreadable(file, e, fileIssues);
            parsed = null;
        }
        if (parsed == null) {
            return new IngestBundle(opened.file(), opened.sha256(), channel, fileIssues.all(), null);
        }
        List<IngestItem> parts = new ArrayList<>(parsed.size());
        for (ParsedPart part : parsed) {
            parts.add(item(opened.file(), channel, part));
        }
        return new IngestBundle(opened.file(), opened.sha256(), channel, fileIssues.all(), parts);
    }

    private IngestItem item(InboxFile file, Channel channel, ParsedPart part) {
        Issues issues = part.issues();
        ValidatedSubmission submission = null;
        try {
            submission = part.submission() == null ? null : files.validate(part.submission(), issues);
        } catch (RuntimeException e) {
            IngestFileProcessor.unreadable(file, e, issues);
        }
        InboxFile partFile = new InboxFile(file.path(), part.canonical().length);
        String sha256 = Sha256.of(part.canonical());
        vn.dnnd.submission.parse.ParsedSubmission parsed = part.submission();
        if (submission == null || issues.hasErrors()) {
            return new IngestItem(partFile, sha256, channel, parsed == null ? null : parsed.orgCode(),
                    parsed == null ? null : parsed.periodCode(), parsed == null ? null : parsed.submittedBy(), null,
                    issues.all(), issues.part(), part.partRef());
        }
        return new IngestItem(partFile, sha256, channel, submission.orgCode(), submission.periodCode(),
                submission.submittedBy(), submission, issues.all(), issues.part(), part.partRef());
    }
}
