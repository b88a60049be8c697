package vn.dnnd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Arrows point down (README, "Code layout"): these checks read the import lines of the main sources, so
 * that a class put in the wrong package fails the build instead of slowly tangling the packages.
 */
class ArchitectureTests {

    /** The main sources, from the jobs module's directory (where Maven runs the tests). */
    private static final Path SOURCES = Path.of("src/main/java/vn/dnnd");

    @Test
    void onlyTheCommandLineUsesTheCommandLine() throws IOException {
        for (String from : packagesExcept("cli")) {
            assertNoImport(from, "cli");
        }
    }

    /** The portal and the command line are two doors to the same services: neither uses the other. */
    @Test
    void onlyThePortalUsesThePortal() throws IOException {
        for (String from : packagesExcept("portal")) {
            assertNoImport(from, "portal");
        }
    }

    /**
     * Who may do what is asked by the doors (portal, command line) and by bench upload, which opens the door as
     * organisations would; the features take plain values.
     */
    @Test
    void accessUsesOnlyTheSystem() throws IOException {
        assertNoImport("access", packagesExcept("access").stream().filter(name -> !name.equals("system"))
                .toArray(String[]::new));
        for (String feature : List.of("submission", "indicator", "report", "referencedata", "schedule", "operations",
                "pipeline")) {
            assertNoImport(feature, "access");
        }
    }

    @Test
    void operationsDoNotUseTheSchedules() throws IOException {
        assertNoImport("operations", "schedule");
    }

    /** The review publishes its decisions; the mail about them (schedule.reminder) listens, never the reverse. */
    @Test
    void submissionDoesNotUseTheSchedulesOrThePipeline() throws IOException {
        assertNoImport("submission", "schedule", "pipeline");
    }

    @Test
    void reportReadsPublishedResultsWithoutThePipelineOrTheOtherFeatures() throws IOException {
        assertNoImport("report", "pipeline", "indicator", "submission");
    }

    /** The cluster mode carries any feature's partitions: it knows Spring Batch steps by name, never a feature. */
    @Test
    void clusterUsesOnlyTheSystem() throws IOException {
        assertNoImport("cluster", packagesExcept("cluster").stream().filter(name -> !name.equals("system"))
                .toArray(String[]::new));
    }

    @Test
    void systemUsesNoOtherPackageOfTheApplication() throws IOException {
        assertNoImport("system", packagesExcept("system").toArray(String[]::new));
    }

    /** Fails naming each file of package {@code from} (its sub-packages too) that imports from one of {@code forbidden}. */
    private static void assertNoImport(String from, String... forbidden) throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(from))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    for (String to : forbidden) {
                        if (line.matches("import (static )?vn\\.dnnd\\." + to + "\\..*")) {
                            offending.add(SOURCES.relativize(file) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(offending).as("vn.dnnd.%s must not import vn.dnnd.%s", from, String.join(", vn.dnnd.", forbidden))
                .isEmpty();
    }

    /** The top-level packages of the application (cli, report, system, ...) but one. */
    private static List<String> packagesExcept(String excluded) throws IOException {
        try (Stream<Path> entries = Files.list(SOURCES)) {
            return entries.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals(excluded)).sorted().toList();
        }
    }
}
