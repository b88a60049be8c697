package vn.dnnd.system;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Directories only the application's OS user may enter (0700). The home holds every submission, the
 * database and its password; on a shared machine any other account could otherwise read them. The
 * application runs on Linux only (the build keeps only the Linux PostgreSQL binaries), so POSIX modes
 * are always available.
 */
final class PrivateDirectories {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateDirectories() {
    }

    /** Creates the directory with mode 0700 if missing (its parents with the usual mode); returns it. */
    static Path create(Path directory) {
        if (Files.isDirectory(directory)) {
            return directory;
        }
        try {
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createDirectory(directory, mode);
        } catch (FileAlreadyExistsException e) {
            // Another process created it a moment ago; it is still checked by tighten().
            if (Files.isDirectory(directory)) {
                return directory;
            }
            throw cannotCreate(directory, e);
        } catch (IOException e) {
            throw cannotCreate(directory, e);
        }
    }

    /**
     * Sets every existing directory given that group or others may access to 0700, and returns the
     * ones changed with their former mode, e.g. {@code "/srv/dnnd (rwxr-xr-x)"}: homes made by earlier
     * versions were created with the default umask.
     */
    static List<String> tighten(List<Path> directories) {
        List<String> tightened = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(directory);
                if (mode.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                    Files.setPosixFilePermissions(directory, OWNER_ONLY);
                    tightened.add(directory + " (" + PosixFilePermissions.toString(mode) + ")");
                }
            } catch (IOException e) {
                throw new DnndException("Không hạn chế được quyền truy cập thư mục " + directory,
                        "cannot restrict access to " + directory + ": " + e, e);
            }
        }
        return tightened;
    }

    private static DnndException cannotCreate(Path directory, IOException e) {
        return new DnndException("Không tạo được thư mục " + directory, "cannot create directory " + directory + ": " + e, e);
    }
}
