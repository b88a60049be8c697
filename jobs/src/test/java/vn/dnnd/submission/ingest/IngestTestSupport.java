package vn.dnnd.submission.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.support.TestDatabase;

/**
 * What the ingest tests share: the reference data loaded and nothing collected before each test,
 * answers for every indicator of a kind, and a file dropped into an inbox of its own and ingested.
 */
abstract class IngestTestSupport {

    static final OffsetDateTime DECEMBER_10 = OffsetDateTime.parse("2025-12-10T09:00:00+07:00");

    @Autowired
    IngestService ingest;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    IntakeReferenceLoader referenceLoader;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path work;

    IntakeReference reference;

    @BeforeEach
    void cleanDatabase() {
        referenceData.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        reference = referenceLoader.load();
    }

    Map<String, Object> answers(String kind, String period, int seed) {
        return Answers.forIndicators(reference.entered(kind, reference.period(period).orElseThrow()), seed);
    }

    /** Writes {@code content} as {@code name} into the inbox {@code work/inbox} and ingests that inbox. */
    IngestSummary ingest(String inbox, String name, String content, OffsetDateTime at, boolean allowLocked) throws Exception {
        Path directory = Files.createDirectories(work.resolve(inbox));
        Files.writeString(directory.resolve(name), content);
        return ingest.ingest(new IngestRequest(directory, at, allowLocked));
    }
}
