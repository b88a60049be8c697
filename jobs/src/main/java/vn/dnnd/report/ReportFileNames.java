package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Files;
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

    /** Writes the bytes to the named file in the directory and returns its path. */
    static Path write(Path directory, String fileName, byte[] bytes) throws IOException {
        return Files.write(directory.resolve(fileName), bytes);
    }

    private static String suffix(ReportRequest request) {
        return request.periodCode() + "-" + request.language().code();
    }
}
