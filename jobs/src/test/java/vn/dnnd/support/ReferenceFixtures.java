package vn.dnnd.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Copies of the shipped reference CSVs in a temporary directory, to be edited by a test. */
public final class ReferenceFixtures {

    public static final String[] FILES = {"tasks.csv", "regions.csv", "organisations.csv", "indicators.csv", "periods.csv"};

    private ReferenceFixtures() {
    }

    public static Path copyOfShippedFiles(Path directory) {
        try {
            Files.createDirectories(directory);
            for (String file : FILES) {
                try (InputStream in = ReferenceFixtures.class.getResourceAsStream("/reference/" + file)) {
                    Files.write(directory.resolve(file), in.readAllBytes());
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void edit(Path directory, String file, UnaryOperator<String> change) {
        try {
            Path path = directory.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String changed = change.apply(text);
            if (changed.equals(text)) {
                throw new IllegalStateException("edit of " + file + " changed nothing");
            }
            Files.writeString(path, changed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
