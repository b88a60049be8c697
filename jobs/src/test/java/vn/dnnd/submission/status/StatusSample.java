package vn.dnnd.submission.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.sample.SampleGenerator;
import vn.dnnd.submission.sample.SampleResult;
import vn.dnnd.submission.sample.SampleStep;
import vn.dnnd.support.TestDatabase;

/**
 * The project's 2025 sample, ingested as its manifest says, with three reports held back so that the board
 * has someone missing: the organisation whose sample also carries a rejected file (words in a number cell),
 * missing with one rejected attempt, a ministry and a province, missing with none. Everyone else reports: the sample's
 * {@code late} group late, the resubmitter as version 2.
 */
record StatusSample(String missingWithRejection, String missingMinistry, String missingProvince, Set<String> late,
                    String resubmitter) {

    /** The organisation code in a sample file's name: 2025-HN.csv, 2025-HN-v2.xlsx, ban-sao-2025-HN.json. */
    private static final Pattern CODE = Pattern.compile("2025-([A-Z0-9_]+)");

    static StatusSample ingest(SampleGenerator samples, IngestService ingest, JdbcTemplate jdbc, Path out) throws IOException {
        TestDatabase.clearCollectedAndComputed(jdbc);
        SampleResult result = samples.generate(2025, 2025, out);
        Set<String> onTime = codes(out.resolve("2025/on-time"), "");
        String rejected = single(codes(out.resolve("bad"), "-chu-trong-o-so.xlsx"));
        String resubmitter = single(codes(out.resolve("2025/resubmission"), "-v2.xlsx"));
        // The sample's duplicate is a copy of an on-time file: holding that one back would make its copy the report.
        Set<String> copied = codes(out.resolve("bad"), "ban-sao-");
        Set<String> late = new TreeSet<>(codes(out.resolve("2025/late"), ""));
        Predicate<String> free = code -> onTime.contains(code) && !code.equals(rejected) && !code.equals(resubmitter)
                && !copied.contains(code);
        String ministry = firstOfKind(jdbc, "ministry", free);
        String province = firstOfKind(jdbc, "province", free);
        if (copied.contains(rejected)) {
            throw new IllegalStateException("the sample changed: " + rejected + " is both rejected and copied");
        }
        deleteFileOf(out.resolve(late.remove(rejected) ? "2025/late" : "2025/on-time"), rejected);
        deleteFileOf(out.resolve("2025/on-time"), ministry);
        deleteFileOf(out.resolve("2025/on-time"), province);
        for (SampleStep step : result.steps()) {
            ingest.ingest(new IngestRequest(step.directory(), step.asOf(), step.allowLocked(), Duration.ZERO));
        }
        return new StatusSample(rejected, ministry, province, late, resubmitter);
    }

    private static String firstOfKind(JdbcTemplate jdbc, String kind, Predicate<String> free) {
        return jdbc.queryForList("select code from period_reporter where period_code = '2025' and kind = ? order by code",
                String.class, kind).stream().filter(free).findFirst().orElseThrow();
    }

    /** The organisation codes of the files in {@code directory} whose names contain {@code part}. */
    private static Set<String> codes(Path directory, String part) throws IOException {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.contains(part))
                    .map(CODE::matcher).filter(Matcher::find).map(m -> m.group(1))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String single(Set<String> codes) {
        if (codes.size() != 1) {
            throw new IllegalStateException("the sample changed: expected one file, found " + codes);
        }
        return codes.iterator().next();
    }

    private static void deleteFileOf(Path directory, String code) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> own = files.filter(f -> f.getFileName().toString().matches("2025-" + code + "\\.[a-z]+")).toList();
            if (own.size() != 1) {
                throw new IllegalStateException("the sample changed: " + code + " has " + own + " in " + directory);
            }
            Files.delete(own.get(0));
        }
    }
}
