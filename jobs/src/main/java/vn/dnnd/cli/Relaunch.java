package vn.dnnd.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts the command again in a second JVM, for one of two reasons, and exits with that run's code.
 *
 * <p>Under {@code LANG=C} (containers, cron) the JVM decodes file names and arguments as ASCII: a file named
 * "Báo cáo Hà Nội 2025.csv" cannot even be listed (InvalidPathException), and neither
 * {@code -Dfile.encoding}-like options nor {@code System.setProperty} change that once the JVM runs; only the
 * locale it starts in does. So such a JVM starts the same command again (same JVM options, jar or classpath and
 * arguments) in {@code LC_ALL=C.UTF-8}.
 *
 * <p>Started as {@code java -jar dnnd.jar} next to the layout the build made for quick starts ({@link FastStart}),
 * it starts the command in that layout, with its class-data sharing archive: about a quarter of the CPU time of
 * a read-only command in the single jar (docs/benchmarks.md, "Start-up"), the first JVM's own start included.
 * {@code --help} and {@code --version} alone need no application and are answered here.
 *
 * <p>The arguments travel in an environment variable, Base64 of their bytes in /proc/self/cmdline: a JVM under
 * {@code LANG=C} has already turned their non-ASCII characters into '?', and would do so again on the way out.
 * The second JVM never starts a third. SIGTERM or Ctrl-C to this JVM stops the second one the same way and waits
 * for it (so {@code serve} still stops gracefully); if this JVM is killed with -9, the second one notices within
 * 200 ms that its parent is gone and halts.
 */
final class Relaunch {

    static final String ARGUMENTS = "DNND_RELAUNCHED_ARGUMENTS";
    private static final String PARENT = "DNND_RELAUNCHED_BY";
    private static final String UTF8_LOCALE = "C.UTF-8";
    private static final long PARENT_CHECK_MILLIS = 200;
    private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

    private Relaunch() {
    }

    /**
     * Runs the command in a second JVM when this one does not read names as UTF-8 or a quick-start layout is
     * there, and returns its exit code; returns nothing when this JVM should run the command itself (no reason
     * to start another, it is the second one, or it cannot start another; then it says why on {@code err}).
     */
    static OptionalInt runInOwnJvm(String[] args, PrintStream err) {
        if (System.getenv(ARGUMENTS) != null) {
            watchParent(err);
            if (!readsUtf8()) {
                err.println("Cảnh báo (warning): máy không có locale " + UTF8_LOCALE + ", tên tệp có dấu có thể không đọc được "
                        + "(no " + UTF8_LOCALE + " locale here; file names with Vietnamese letters may be unreadable)");
            }
            return OptionalInt.empty();
        }
        boolean utf8 = readsUtf8() || System.getProperty("os.name", "").startsWith("Windows");
        String command = FastStart.command(args);
        // The command line to repeat is read from /proc (Linux); elsewhere the command runs in this JVM.
        Optional<FastStart> fast = command == null || !Files.isReadable(COMMAND_LINE) ? Optional.empty()
                : startedJar().flatMap(FastStart::nextTo);
        if (utf8 && fast.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = start(args, fast.map(layout -> layout.jvmOptions(command)).orElse(List.of()),
                    fast.map(FastStart::jar), utf8);
        } catch (IOException | RuntimeException e) {
            err.println("Cảnh báo (warning): không khởi động lại được" + (utf8 ? "" : " trong locale " + UTF8_LOCALE
                    + ", tên tệp có dấu có thể không đọc được") + " (cannot restart"
                    + (utf8 ? "" : " in " + UTF8_LOCALE + "; file names with Vietnamese letters may be unreadable") + "): " + e);
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "dnnd-stop-relaunched"));
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the relaunched JVM", e);
        }
    }

    /** The arguments the user typed, byte for byte, in the relaunched JVM; elsewhere {@code args} as given. */
    static String[] arguments(String[] args) {
        String encoded = System.getenv(ARGUMENTS);
        if (encoded == null) {
            return args;
        }
        // Each argument is "a" + Base64, so that no arguments ("") and one empty argument ("a") differ.
        return encoded.isEmpty() ? new String[0] : Arrays.stream(encoded.split(",", -1))
                .map(part -> new String(Base64.getDecoder().decode(part.substring(1)), StandardCharsets.UTF_8))
                .toArray(String[]::new);
    }

    private static boolean readsUtf8() {
        String encoding = System.getProperty("sun.jnu.encoding");
        return encoding == null || (Charset.isSupported(encoding) && Charset.forName(encoding).equals(StandardCharsets.UTF_8));
    }

    /** The jar of {@code java -jar JAR}, from what the launcher made of that command line; nothing for a class path. */
    private static Optional<Path> startedJar() {
        String classPath = System.getProperty("java.class.path", "");
        String javaCommand = System.getProperty("sun.java.command", "");
        boolean jar = classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                && javaCommand.startsWith(classPath);
        return jar ? Optional.of(Path.of(classPath).toAbsolutePath()) : Optional.empty();
    }

    /**
     * This JVM's command line again, with {@code extraOptions} before its own JVM options, and the quick-start
     * jar in place of the single one when there is one.
     */
    private static Process start(String[] args, List<String> extraOptions, Optional<Path> fastJar, boolean utf8)
            throws IOException {
        List<byte[]> argv = commandLine();
        int jvmPartEnd = argv.size() - args.length;
        if (jvmPartEnd < 1) {
            throw new IllegalStateException("/proc/self/cmdline has fewer arguments than main received");
        }
        Charset platform = Charset.defaultCharset();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(new String(argv.get(0), StandardCharsets.UTF_8)));
        command.addAll(extraOptions);
        List<String> appArguments = new ArrayList<>();
        for (int i = 1; i < argv.size(); i++) {
            String argument = new String(argv.get(i), StandardCharsets.UTF_8);
            boolean jvmPart = i < jvmPartEnd;
            if (jvmPart && !platform.newEncoder().canEncode(argument)) {
                throw new IllegalStateException("JVM option with characters " + platform + " cannot pass on: " + argument);
            }
            command.add(argument);
            if (!jvmPart) {
                appArguments.add("a" + Base64.getEncoder().encodeToString(argv.get(i)));
            }
        }
        if (fastJar.isPresent()) {
            if (jvmPartEnd < 3 || !command.get(extraOptions.size() + jvmPartEnd - 2).equals("-jar")) {
                throw new IllegalStateException("started without -jar: " + command);
            }
            command.set(extraOptions.size() + jvmPartEnd - 1, fastJar.get().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (!utf8) {
            builder.environment().put("LC_ALL", UTF8_LOCALE);
        }
        builder.environment().put(ARGUMENTS, String.join(",", appArguments));
        builder.environment().put(PARENT, Long.toString(ProcessHandle.current().pid()));
        return builder.start();
    }

    /** The raw bytes of this process's arguments; ProcessHandle's own view is cut off for long class paths. */
    private static List<byte[]> commandLine() throws IOException {
        byte[] raw = Files.readAllBytes(COMMAND_LINE);
        List<byte[]> arguments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                arguments.add(Arrays.copyOfRange(raw, start, i));
                start = i + 1;
            }
        }
        return arguments;
    }

    /** SIGTERM (or Ctrl-C) reached this JVM: pass it on and wait, so the command stops as it would alone. */
    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
    }

    /**
     * The parent is only waiting for this JVM; if it dies (kill -9) nobody would stop this one. An orphan is
     * handed to another parent at once, so a change of parent is the signal (the parent's pid comes from the
     * parent itself, in case it died before this JVM got this far).
     */
    private static void watchParent(PrintStream err) {
        String startedBy = System.getenv(PARENT);
        long parent = startedBy != null ? Long.parseLong(startedBy)
                : ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        Thread watcher = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == parent) {
                try {
                    Thread.sleep(PARENT_CHECK_MILLIS);
                } catch (InterruptedException e) {
                    // only as the JVM ends: nothing left to watch for
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            err.println("Lỗi (error): tiến trình cha đã bị dừng, dừng theo (the parent process was killed; stopping too)");
            Runtime.getRuntime().halt(137);
        }, "dnnd-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
