package vn.dnnd.submission.upload;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.system.HomeDirectory;
import vn.dnnd.support.TestDatabase;

/**
 * What the upload tests share: reference data loaded and nothing collected before each test, answers for
 * every indicator of a kind, and an upload by a clerk of some organisations on 10 December 2025 (on time).
 */
abstract class UploadTestSupport {

    static final OffsetDateTime DECEMBER_10 = OffsetDateTime.parse("2025-12-10T09:00:00+07:00");

    @Autowired
    UploadService uploads;
    @Autowired
    SubmissionHistory history;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    IntakeReferenceLoader referenceLoader;
    @Autowired
    HomeDirectory home;
    @Autowired
    JdbcTemplate jdbc;

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

    /** Uploaded by clerk {@code login}, who may submit for {@code orgs}, on the page of {@code target} (may be null). */
    UploadVerdict upload(String login, Set<String> orgs, UploadTarget target, String name, byte[] content) {
        return uploads.upload(new UploadRequest(new ByteArrayInputStream(content), name, login, orgs::contains, target,
                DECEMBER_10));
    }

    UploadVerdict upload(String login, Set<String> orgs, UploadTarget target, String name, String content) {
        return upload(login, orgs, target, name, content.getBytes(StandardCharsets.UTF_8));
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    /** What is left under uploads/ and in the archive (files only). */
    long filesUnder(Path directory) throws Exception {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    long archivedFiles() throws Exception {
        return filesUnder(home.archive().resolve("accepted")) + filesUnder(home.archive().resolve("rejected"))
                + filesUnder(home.archive().resolve("duplicate"));
    }
}
