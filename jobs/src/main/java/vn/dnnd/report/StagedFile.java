package vn.dnnd.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.system.DnndException;

/**
 * A file rendered into the staging directory, waiting to be archived: its kind, scope, language and
 * path relative to the staging directory (the same relative path it gets in the edition's directory).
 *
 * <p>Each render partition lists its files in a manifest of its own under {@code .parts/} in the staging
 * directory, which every node reaches: a partition run by a worker on another machine hands its files to the
 * archiving step that way, and a restart keeps the manifests of the partitions that completed before.
 */
record StagedFile(String kind, String scope, ReportLanguage language, String relativePath) {

    private static final String PARTS = ".parts";

    /** Writes the partition's manifest whole, replacing one an earlier attempt of the partition left. */
    static void writeManifest(Path staging, String manifestName, List<StagedFile> files) throws IOException {
        List<String> lines = new ArrayList<>();
        for (StagedFile file : files) {
            lines.add(String.join("\t", file.kind, file.scope, file.language.code(), file.relativePath));
        }
        Path parts = Files.createDirectories(staging.resolve(PARTS));
        Path written = Files.createTempFile(parts, ".writing-", ".tsv");
        Files.write(written, lines, StandardCharsets.UTF_8);
        Files.move(written, parts.resolve(manifestName + ".tsv"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every partition's files, in the partitions' order (their manifests' names); a path listed twice is refused. */
    static List<StagedFile> readManifests(Path staging) throws IOException {
        Path parts = staging.resolve(PARTS);
        if (!Files.isDirectory(parts)) {
            return List.of();
        }
        List<Path> manifests;
        try (Stream<Path> listed = Files.list(parts)) {
            manifests = listed.filter(path -> path.getFileName().toString().endsWith(".tsv"))
                    .filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList();
        }
        List<StagedFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path manifest : manifests) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                StagedFile file = new StagedFile(fields[0], fields[1], ReportLanguage.fromCode(fields[2]), fields[3]);
                if (!seen.add(file.relativePath)) {
                    throw new DnndException("Tệp " + file.relativePath + " được hai phần việc xuất ra",
                            "file " + file.relativePath + " was rendered by two partitions");
                }
                files.add(file);
            }
        }
        return files;
    }
}
