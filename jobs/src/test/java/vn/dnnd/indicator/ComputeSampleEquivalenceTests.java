package vn.dnnd.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.sample.SampleGenerator;
import vn.dnnd.submission.sample.SampleResult;
import vn.dnnd.submission.sample.SampleStep;
import vn.dnnd.support.TestDatabase;

/**
 * The compute publishes exactly the figures it published before issue 16 changed how it stores and
 * swaps them: the sample's reports of 2022-2025, ingested as the manifest says, computed year by year
 * and then the five-year review, give every published row (indicator values, completeness, task scores,
 * series; as reported and restated) equal, digit for digit and scale for scale, to the dump taken with
 * the compute as it was ({@code sample-published-2022-2025.tsv.gz}, written by this test with
 * the environment variable {@code DNND_TEST_WRITE_PUBLISHED_DUMP=<path>} on the code before the change).
 */
@SpringBootTest
class ComputeSampleEquivalenceTests {

    private static final String DUMP = "sample-published-2022-2025.tsv.gz";
    private static final List<String> PERIODS = List.of("2022", "2023", "2024", "2025", "2022-2026");

    @Autowired
    ReferenceDataService reference;
    @Autowired
    SampleGenerator samples;
    @Autowired
    IngestService ingest;
    @Autowired
    ComputeService compute;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path out;

    @Test
    void theSampleYearsPublishTheSameFiguresAsBeforeOnBothViews() throws IOException {
        reference.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        SampleResult sample = samples.generate(2022, 2025, out);
        for (SampleStep step : sample.steps()) {
            if (!step.directory().endsWith("bad")) {
                ingest.ingest(new IngestRequest(step.directory(), step.asOf(), step.allowLocked()));
            }
        }
        List<String> published = new ArrayList<>();
        for (String period : PERIODS) {
            compute.compute(period);
        }
        // read after the review too: a later year's run must leave the earlier years' rows as they were
        for (String period : PERIODS) {
            published.addAll(PublishedFiguresDump.of(jdbc, period));
        }
        String writeTo = System.getenv("DNND_TEST_WRITE_PUBLISHED_DUMP");
        if (writeTo != null) {
            write(Path.of(writeTo), published);
        }
        List<String> expected = read();
        assertThat(published).as("both views are in the dump")
                .anyMatch(line -> line.contains("\trestated\t")).anyMatch(line -> line.contains("\tas_reported\t"));
        assertThat(published).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(published.get(i)).as("published row %d", i + 1).isEqualTo(expected.get(i));
        }
    }

    private static List<String> read() throws IOException {
        try (InputStream in = ComputeSampleEquivalenceTests.class.getResourceAsStream(DUMP)) {
            assertThat(in).as(DUMP).isNotNull();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        }
    }

    private static void write(Path file, List<String> lines) throws IOException {
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file));
             PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(gzip, StandardCharsets.UTF_8))) {
            lines.forEach(line -> writer.print(line + "\n"));
        }
    }
}
