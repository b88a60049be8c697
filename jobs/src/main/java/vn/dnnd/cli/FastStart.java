package vn.dnnd.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The application as the Maven build also lays it out next to {@code dnnd.jar}, for quick starts:
 * {@code dnnd-cds/dnnd.jar} with its libraries beside it in {@code lib/} (Spring Boot's extracted layout: plain
 * jars the JVM reads directly, where the single jar needs Spring Boot's loader for the jars nested in it) and
 * {@code dnnd.jsa}, a class-data sharing archive of the classes a training run of the read-only commands loaded,
 * parsed and verified once at build time instead of at every start. A Java 17 JVM uses such an archive only when
 * told on its command line, which {@code java -jar dnnd.jar} does not; so the command starts that JVM itself
 * ({@link Relaunch}).
 *
 * <p>The layout belongs to one build of {@code dnnd.jar}: the training run records the jar's size and time
 * ({@code built-from}), and a jar rebuilt or copied without its layout runs by itself as before.
 */
record FastStart(Path jar, Path archive) {

    static final String LAYOUT_SUFFIX = "-cds";
    static final String ARCHIVE = "dnnd.jsa";
    static final String BUILT_FROM = "built-from";

    /**
     * Commands that run for minutes or hours keep the JVM's optimising compiler; for the others, compiling hot code
     * a second time costs more than it can give back before they end (half their CPU time).
     */
    private static final Set<String> LONG_RUNNING = Set.of("serve", "bench");

    /** The layout built with {@code singleJar}, if it is there and was built from this very jar. */
    static Optional<FastStart> nextTo(Path singleJar) {
        String name = singleJar.getFileName().toString();
        if (!name.endsWith(".jar")) {
            return Optional.empty();
        }
        Path layout = singleJar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + LAYOUT_SUFFIX);
        Path stamp = layout.resolve(BUILT_FROM);
        try {
            if (!Files.isRegularFile(stamp) || !Files.readString(stamp).strip().equals(identity(singleJar))) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new FastStart(layout.resolve(name), layout.resolve(ARCHIVE)));
    }

    /** Records that the layout (its archive just trained) belongs to {@code singleJar} as it is now. */
    static void stamp(Path singleJar, Path layout) {
        try {
            Files.writeString(layout.resolve(BUILT_FROM), identity(singleJar) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + layout.resolve(BUILT_FROM), e);
        }
    }

    /**
     * The options placed before the user's own JVM options (which therefore win): the archive, and for a command
     * that ends soon the quick compiler only. A JVM that cannot use the archive (another Java build than the one
     * that trained it) goes on without it, silently: it is only slower.
     */
    List<String> jvmOptions(String command) {
        List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        if (!LONG_RUNNING.contains(command)) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        return options;
    }

    /**
     * The command's name (its first word, {@code indicators} in {@code --home H indicators show}), or null when the
     * arguments name none ({@code --help}, {@code --version}): picocli answers those without the application.
     * {@code --home} is the only option before the command that takes a value.
     */
    static String command(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    private static String identity(Path jar) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }
}
