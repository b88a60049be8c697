package vn.dnnd.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's superuser password: 32 random bytes (base64url, 43 characters, nothing a
 * SQL literal or a .pgpass line would need to escape), generated once per home and kept in a file
 * only the application's OS user can read. Every process on the home reads the same file, so a
 * command attaching to a running server knows the password the server was given.
 */
final class DatabasePassword {

    private static final Logger log = LoggerFactory.getLogger(DatabasePassword.class);
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final String password;
    private final boolean created;

    private DatabasePassword(Path file, String password, boolean created) {
        this.file = file;
        this.password = password;
        this.created = created;
    }

    static DatabasePassword readOrCreate(Path file) {
        try {
            boolean created = !Files.exists(file) && publish(file);
            return new DatabasePassword(file, read(file), created);
        } catch (IOException e) {
            throw new DnndException("Không đọc hoặc tạo được tệp mật khẩu cơ sở dữ liệu " + file,
                    "cannot read or create the database password file " + file + ": " + e, e);
        }
    }

    Path file() {
        return file;
    }

    String value() {
        return password;
    }

    /** True when this process generated the password: a server initialised earlier does not know it yet. */
    boolean created() {
        return created;
    }

    /**
     * Writes a new password to a draft created with mode 0600 (never readable by others, not even for a
     * moment), then links it under its final name: the link fails if another process published first,
     * and no reader can see a half-written file. Returns false when the other process won.
     */
    /** Deletes the file again: made while a server that does not know it runs, it must not be kept. */
    void discard() {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new DnndException("Không xóa được tệp mật khẩu " + file, "cannot delete the password file " + file
                    + ": " + e, e);
        }
    }

    private static boolean publish(Path file) throws IOException {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n";
        Path draft = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".new");
        Files.deleteIfExists(draft);
        try (SeekableByteChannel channel = Files.newByteChannel(draft,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC),
                PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE))) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
        }
        try {
            Files.createLink(file, draft);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.delete(draft);
        }
    }

    private static String read(Path file) throws IOException {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        if (!mode.equals(OWNER_READ_WRITE)) {
            Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
            log.warn("{} was mode {}: set to rw------- (0600); if others could read it, delete it while the "
                    + "server is stopped and a new password is made at the next start", file,
                    PosixFilePermissions.toString(mode));
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty()) {
            throw new DnndException("Tệp mật khẩu cơ sở dữ liệu " + file + " rỗng",
                    "the database password file " + file + " is empty");
        }
        return password;
    }
}
