package vn.dnnd.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.sample.SampleGenerator;
import vn.dnnd.submission.sample.SampleResult;
import vn.dnnd.submission.sample.SampleStep;

/**
 * {@code bench upload}: the sample submissions of 2022-2025 (filled templates, CSV and JSON, as organisations
 * send them) uploaded through the REST API of the running portal, by {@code clients} programs at once, each
 * with its organisation's token. Every verdict's latency is measured from the request to the answer, for the
 * first group (2022's reports on time, while the JVM warms up) apart from all the others.
 * On its own throwaway home whose reference data keeps every period open (locks_on moved to 2099), so that
 * each upload is a real new version rather than a refusal for a locked period.
 */
@Service
public class UploadBenchmark {

    private static final Pattern ORGANISATION = Pattern.compile("^\\d{4}-([A-Z0-9_]+)");
    private static final String[] REFERENCE_FILES = {"tasks.csv", "regions.csv", "organisations.csv", "indicators.csv",
            "periods.csv"};

    private final ReferenceDataService referenceData;
    private final SampleGenerator generator;
    private final ApiTokens tokens;
    private final ResourceLoader resources;
    private final Environment environment;

    public UploadBenchmark(ReferenceDataService referenceData, SampleGenerator generator, ApiTokens tokens,
                           ResourceLoader resources, Environment environment) {
        this.referenceData = referenceData;
        this.generator = generator;
        this.tokens = tokens;
        this.resources = resources;
        this.environment = environment;
    }

    /** The first year's uploads, measured on their own while the server warms up, and all the later ones. */
    public record Result(UploadTimings warmUp, UploadTimings warm) {
    }

    public Result run(int clients, Path work) throws Exception {
        referenceData.load(openPeriods(work.resolve("reference")));
        SampleResult sample = generator.generate(2022, 2025, work.resolve("sample"));
        Map<String, String> secrets = new HashMap<>();
        // Each group in the sample's order (first versions before the versions that replace them).
        List<List<UploadClient.Upload>> groups = new ArrayList<>();
        for (SampleStep step : sample.steps()) {
            List<UploadClient.Upload> group = new ArrayList<>();
            try (Stream<Path> files = Files.list(step.directory())) {
                for (Path file : files.sorted().toList()) {
                    Matcher org = ORGANISATION.matcher(file.getFileName().toString());
                    String secret = org.find() ? secrets.computeIfAbsent(org.group(1), this::token) : null;
                    if (secret != null) {
                        group.add(new UploadClient.Upload(file, secret));
                    }
                }
            }
            groups.add(group);
        }
        String base = "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
        UploadClient client = new UploadClient(base, clients);
        // The first step is 2022's reports on time: a cold server compiles and loads as it answers them.
        return new Result(client.send(groups.subList(0, 1)), client.send(groups.subList(1, groups.size())));
    }

    /** A token for the organisation, or null when it is not one (a deliberately bad sample file). */
    private String token(String organisation) {
        try {
            return tokens.create(organisation, "bench upload", "bench").secret();
        } catch (RuntimeException unknownOrganisation) {
            return null;
        }
    }

    /** The shipped reference data, with every period's lock date in 2099. */
    private Path openPeriods(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String file : REFERENCE_FILES) {
            try (InputStream in = resources.getResource("classpath:reference/" + file).getInputStream()) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (file.equals("periods.csv")) {
                    text = text.replaceAll("(?m)^([^,]+,[^,]+,[^,]+,[^,]+,[^,]+),\\d{4}-\\d{2}-\\d{2},", "$1,2099-12-31,");
                }
                Files.writeString(directory.resolve(file), text);
            }
        }
        return directory;
    }
}
