package vn.dnnd.report;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;

/**
 * The names of the files the renderers write: Vietnamese words without diacritics (safe on every file
 * system and in mail), the period, and the language last, so the vi and en editions sit side by side.
 */
final class ReportFileNames {

    private ReportFileNames() {
    }

    static String summary(ReportRequest request) {
        return "bao-cao-tong-hop-" + suffix(request) + ".pdf";
    }

    static String briefing(ReportRequest request) {
        return "bao-cao-tom-tat-" + suffix(request) + ".pdf";
    }

    static String region(ReportRequest request, String regionCode) {
        return "bao-cao-vung-" + regionCode + "-" + suffix(request) + ".pdf";
    }

    static String workbook(ReportRequest request) {
        return "so-lieu-phan-tich-" + suffix(request) + ".xlsx";
    }

    static String review(ReportRequest request) {
        return "bao-cao-so-ket-" + suffix(request) + ".pdf";
    }

    static String reviewWorkbook(ReportRequest request) {
        return "so-lieu-so-ket-" + suffix(request) + ".xlsx";
    }

    /**
     * Writes the bytes to the named file in the directory and returns its path. The file appears whole or not at
     * all (written beside it, then moved over it): in the cluster mode a partition given up by the manager may
     * still be rendered by its worker while the restart renders it again into the same staging directory.
     */
    static Path write(Path directory, String fileName, byte[] bytes) throws IOException {
        Path written = Files.createTempFile(directory, ".writing-", ".part");
        try {
            Files.write(written, bytes);
            return Files.move(written, directory.resolve(fileName), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** Streams a file into the directory the same way: whole or not at all. */
    static Path write(Path directory, String fileName, FileContent content) throws IOException {
        Path written = Files.createTempFile(directory, ".writing-", ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(written))) {
                content.writeTo(out);
            }
            return Files.move(written, directory.resolve(fileName), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** What a streamed file holds. */
    interface FileContent {
        void writeTo(OutputStream out) throws IOException;
    }

    private static String suffix(ReportRequest request) {
        return request.periodCode() + "-" + request.language().code();
    }
}
