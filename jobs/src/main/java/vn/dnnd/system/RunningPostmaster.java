package vn.dnnd.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a data directory's {@code postmaster.pid} to find a PostgreSQL server already running on
 * it: another command (for example {@code serve}) may hold the embedded database, or a killed
 * process may have left its server behind. Either way we connect to it instead of starting a second
 * server on the same files, which PostgreSQL would refuse.
 */
final class RunningPostmaster {

    private RunningPostmaster() {
    }

    static OptionalInt port(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return OptionalInt.empty();
        }
        List<String> lines = readLines(pidFile);
        if (lines.size() < 4 || !isPostgresProcess(lines.get(0).trim())) {
            return OptionalInt.empty();
        }
        int port = Integer.parseInt(lines.get(3).trim());
        return accepts(port) ? OptionalInt.of(port) : OptionalInt.empty();
    }

    private static List<String> readLines(Path pidFile) {
        try {
            return Files.readAllLines(pidFile);
        } catch (IOException e) {
            // The server may be removing the file as it stops; treat it as not running.
            if (!Files.exists(pidFile)) {
                return List.of();
            }
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPostgresProcess(String pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(pid));
        return process.filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().command())
                .map(command -> command.contains("postgres"))
                .orElse(false);
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
