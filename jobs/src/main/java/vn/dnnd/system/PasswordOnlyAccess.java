package vn.dnnd.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded server's {@code pg_hba.conf}: a password (SCRAM) is needed for every login, over
 * loopback TCP only. There are no {@code local} lines because the server has no Unix socket. Earlier
 * versions let zonky write {@code trust} for everyone; this file replaces it, and any hand edit, at
 * every start.
 */
final class PasswordOnlyAccess {

    static final String CONTENT = """
            # Written by dnnd at every start of its embedded PostgreSQL; edits here are replaced.
            # Every login needs the password in <home>/db-password; the server has no Unix socket.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private PasswordOnlyAccess() {
    }

    static boolean isCurrent(Path dataDirectory) {
        Path file = file(dataDirectory);
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(CONTENT);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    static void write(Path dataDirectory) {
        replace(dataDirectory, CONTENT);
    }

    /**
     * Rules that let no one in, for a stopped server whose password is about to change: never current,
     * so whichever start comes next sets the password before the server listens.
     */
    static void revoke(Path dataDirectory) {
        replace(dataDirectory, "# dnnd: the superuser password is being reset; no logins until the next start.\n");
    }

    /** Replaces the file in one step, so a server reloading it meanwhile reads the old or the new one. */
    private static void replace(Path dataDirectory, String content) {
        Path file = file(dataDirectory);
        Path draft = file.resolveSibling("pg_hba.conf.new");
        try {
            Files.deleteIfExists(draft);
            Files.createFile(draft, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(draft, content, StandardCharsets.UTF_8);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    private static Path file(Path dataDirectory) {
        return dataDirectory.resolve("pg_hba.conf");
    }

    private static DnndException failure(Path file, IOException e) {
        return new DnndException("Không ghi được quy tắc truy cập " + file,
                "cannot write the access rules " + file + ": " + e, e);
    }
}
