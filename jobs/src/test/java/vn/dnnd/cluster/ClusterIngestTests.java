package vn.dnnd.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.ingest.IngestSummary;
import vn.dnnd.submission.sample.SampleGenerator;
import vn.dnnd.support.RabbitMq;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.support.TestDatabase;
import vn.dnnd.system.DatabaseServer;
import vn.dnnd.system.HomeDirectory;

/**
 * ingestJob in the cluster mode: a manager and two {@code dnnd worker} JVMs ingest an inbox holding, besides the
 * 2025 sample's on-time reports, a correction of one of them (newer), a byte-for-byte copy of another, and the
 * sample's bad files, in partitions of 7 files; the submissions, versions, values, rejections, duplicates and
 * archived files are those one process makes of the same inbox, also when a worker is killed with -9 while it
 * stores a partition. Skipped, with the reason printed, when no RabbitMQ answers on 127.0.0.1:5672.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIngestTests {

    static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2025-12-10T09:00:00+07:00");

    /** Every file's outcome, organisation, period, counts, and the version and values it became. */
    static final String OUTCOMES = """
            select f.file_name || ' | ' || f.outcome || ' | ' || coalesce(f.org_code, '-') || ' | '
                   || coalesce(f.period_code, '-') || ' | ' || f.error_count || '/' || f.warning_count || ' | '
                   || coalesce(s.version::text, '-') || ' ' || coalesce(s.status, '-') || ' | '
                   || coalesce((select md5(string_agg(v.indicator_code || '=' || coalesce(v.numeric_value::text, '')
                          || coalesce(v.boolean_value::text, '') || v.not_applicable, ',' order by v.indicator_code))
                        from submission_value v where v.submission_id = s.submission_id), '-')
            from intake_file f left join submission s on s.submission_id = f.submission_id
            order by f.file_name, f.outcome""";
    static final String VERSIONS = """
            select o.code || ' ' || s.period_code || ' v' || s.version || ' ' || s.status || ' ' || s.source_file_name
            from submission s join organisation o on o.org_id = s.org_id order by 1""";

    @Autowired
    DatabaseServer embedded;

    /** The advisory lock the test holds to stop a worker inside its partition. */
    static final long BRAKE = 17017;

    ClusterBed cluster;
    SchedulerTestBed alone;
    ConfigurableApplicationContext oneProcess;
    Path inbox;
    IngestSummary byOne;
    List<String> expectedOutcomes;
    List<String> expectedVersions;
    List<String> expectedArchive;

    @BeforeAll
    void cluster(@TempDir Path temp) throws Exception {
        RabbitMq.assumeAnswers(getClass());
        cluster = new ClusterBed(embedded, temp.resolve("cluster"), false, """
                  intake:
                    partition-files: 7
                """);
        inbox = inbox(temp.resolve("samples"), temp.resolve("inbox"));
        alone = new SchedulerTestBed(embedded, "ingestalone");
        oneProcess = SchedulerTestBed.application(alone.home(Files.createDirectories(temp.resolve("alone")),
                "dnnd-alone", ""));
        oneProcess.getBean(ReferenceDataService.class).load();
        Path copy = copy(inbox, inbox.resolveSibling("inbox-alone"));
        byOne = oneProcess.getBean(IngestService.class).ingest(new IngestRequest(copy, RECEIVED, false, Duration.ZERO));
        expectedOutcomes = alone.jdbc().queryForList(OUTCOMES, String.class);
        expectedVersions = alone.jdbc().queryForList(VERSIONS, String.class);
        expectedArchive = archived(oneProcess);
    }

    /** Each test ingests the inbox into an empty cluster: no submission, no archived file. */
    @BeforeEach
    void emptyCluster() throws IOException {
        TestDatabase.clearCollectedAndComputed(cluster.database.jdbc());
        Path archive = cluster.manager.getBean(HomeDirectory.class).archive();
        try (Stream<Path> paths = Files.walk(archive)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(archive)) {
                    Files.delete(path);
                }
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (oneProcess != null) {
            oneProcess.close();
            alone.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void twoWorkersIngestAnInboxAsOneProcessDoes() throws Exception {
        Path spreadInbox = copy(inbox, cluster.shared.resolve("inbox-cluster"));

        IngestSummary spread = cluster.manager.getBean(IngestService.class).ingest(
                new IngestRequest(spreadInbox, RECEIVED, false, Duration.ZERO));

        assertThat(expectedOutcomes).as("the inbox's files").hasSizeGreaterThan(60)
                .anySatisfy(line -> assertThat(line).contains("duplicate"))
                .anySatisfy(line -> assertThat(line).contains(" | rejected | "))
                .anySatisfy(line -> assertThat(line).contains("2 accepted"))
                .anySatisfy(line -> assertThat(line).contains("1 superseded"));
        assertSameAsOneProcess();
        assertThat(spread.files()).hasSameSizeAs(byOne.files());
        assertThat(spreadInbox).isEmptyDirectory();
        assertThat(nodesOf(cluster.database.jdbc(), "ingestFilesPartitionStep")).contains("w1", "w2");
        assertThat(cluster.database.count("select count(*) from ingest_file_key")).as("keys of a completed run go")
                .isZero();
    }

    /**
     * w1 is killed with -9 while it stores a partition (held by a lock the test takes on the 11th file's record);
     * the broker gives its partition to w2, and the inbox ends ingested exactly as one process ingests it.
     */
    @Test
    void aWorkerKilledWhileItStoresLosesAndDoublesNothing() throws Exception {
        Path killedInbox = copy(inbox, cluster.shared.resolve("inbox-killed"));
        JdbcTemplate jdbc = cluster.database.jdbc();
        jdbc.execute("""
                create or replace function test_ingest_brake() returns trigger language plpgsql as $$
                begin
                    if (select count(*) from intake_file) >= 10 then perform pg_advisory_xact_lock_shared(%d); end if;
                    return new;
                end $$""".formatted(BRAKE));
        jdbc.execute("create trigger test_ingest_brake before insert on intake_file for each row "
                + "execute function test_ingest_brake()");
        CompletableFuture<IngestSummary> ingesting;
        try (Connection brake = jdbc.getDataSource().getConnection()) {
            brake.createStatement().execute("select pg_advisory_lock(" + BRAKE + ")");
            ingesting = CompletableFuture.supplyAsync(() -> cluster.manager.getBean(IngestService.class).ingest(
                    new IngestRequest(killedInbox, RECEIVED, false, Duration.ZERO)));
            SchedulerTestBed.await("both workers held while storing", Duration.ofSeconds(120), () -> cluster.database.count("""
                    select count(*) from pg_locks where locktype = 'advisory' and objid::bigint = %d and not granted"""
                    .formatted(BRAKE)) == 2);
            cluster.workers[0].kill();
        }
        // The brake is off with its connection; once free, the trigger lets every insert through.
        ingesting.get(3, TimeUnit.MINUTES);
        jdbc.execute("drop trigger test_ingest_brake on intake_file");

        assertSameAsOneProcess();
        assertThat(killedInbox).isEmptyDirectory();
        cluster.startWorker(0);
        cluster.awaitWorkers();
    }

    private void assertSameAsOneProcess() throws IOException {
        assertThat(cluster.database.jdbc().queryForList(OUTCOMES, String.class)).containsExactlyElementsOf(expectedOutcomes);
        assertThat(cluster.database.jdbc().queryForList(VERSIONS, String.class)).containsExactlyElementsOf(expectedVersions);
        assertThat(archived(cluster.manager)).containsExactlyElementsOf(expectedArchive);
    }

    /**
     * The sample's on-time, late and bad files of 2025, then a correction of the first on-time report (newer
     * than every other file) and a copy of the second under another name (as new as the correction).
     */
    private Path inbox(Path samples, Path inbox) throws IOException {
        cluster.oneProcess.getBean(SampleGenerator.class).generate(2025, 2025, samples);
        Files.createDirectories(inbox);
        Instant older = Instant.now().minusSeconds(3600);
        int i = 0;
        for (String group : List.of("2025/on-time", "2025/late", "bad")) {
            for (Path file : sorted(samples.resolve(group))) {
                Path target = Files.copy(file, inbox.resolve(file.getFileName()));
                Files.setLastModifiedTime(target, FileTime.from(older.plusSeconds(i++)));
            }
        }
        Path correction = sorted(samples.resolve("2025/resubmission")).get(0);
        Files.setLastModifiedTime(Files.copy(correction, inbox.resolve(correction.getFileName())),
                FileTime.from(older.plusSeconds(1000)));
        Path second = sorted(inbox).get(1);
        Files.setLastModifiedTime(Files.copy(second, inbox.resolve("ban-sao-" + second.getFileName())),
                FileTime.from(older.plusSeconds(1001)));
        return inbox;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (Path file : sorted(from)) {
            Path target = Files.copy(file, to.resolve(file.getFileName()));
            Files.setLastModifiedTime(target, Files.getLastModifiedTime(file));
        }
        return to;
    }

    private static List<Path> sorted(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The archive's files by path under it, each file's id prefix left out (ids are numbered apart). */
    private static List<String> archived(ConfigurableApplicationContext application) throws IOException {
        Path archive = application.getBean(HomeDirectory.class).archive();
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(Files::isRegularFile).map(archive::relativize).map(Path::toString)
                    .filter(path -> !path.startsWith("."))
                    .map(path -> path.replaceAll("/\\d{4}-\\d{2}-\\d{2}/", "/DATE/").replaceAll("(^|/)\\d+-", "$1"))
                    .sorted().toList();
        }
    }

    private static List<String> nodesOf(JdbcTemplate jdbc, String step) {
        return jdbc.queryForList("""
                select distinct n.node from step_execution_node n
                join batch_step_execution s on s.step_execution_id = n.step_execution_id
                where s.step_name like ? || ':%'""", String.class, step);
    }
}
