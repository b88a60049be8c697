package vn.dnnd.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dnnd.cli.DnndMain;

/** {@code dnnd serve} (or another long-running command) in a child JVM, as an operator starts it; its console goes to
 * files in the home. */
public final class ServeProcess {

    private final Process process;
    private final Path out;
    private final Path err;

    private ServeProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    public static ServeProcess start(Path home, String name) {
        return command(home, name, "serve", "--no-web");
    }

    /** {@code dnnd worker} on the home (whose config names the broker), as an operator starts one. */
    public static ServeProcess worker(Path home, String name) {
        return command(home, name, "worker");
    }

    /** Any long-running command of {@code dnnd} on the home. */
    public static ServeProcess command(Path home, String name, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Ho_Chi_Minh", "-Ddnnd.intake.settle-seconds=0",
                "-cp", System.getProperty("java.class.path"), DnndMain.class.getName(),
                "--home", home.toString()));
        command.addAll(List.of(arguments));
        Path out = home.resolve(name + ".out");
        Path err = home.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DNND_HOME");
        builder.environment().remove("DNND_DB_URL");
        builder.environment().remove("DNND_CLUSTER_BROKER");
        try {
            return new ServeProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook, no chance to record anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as from systemd or Ctrl-C; returns the exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("serve did not stop within 120 s of SIGTERM");
        }
        return process.exitValue();
    }

    public String out() {
        return read(out);
    }

    public String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
