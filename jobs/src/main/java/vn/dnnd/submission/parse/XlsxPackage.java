package vn.dnnd.submission.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;

/**
 * Looks inside an .xlsx package before any spreadsheet library opens it. POI guards against zip bombs
 * by the compression ratio only: shared strings that inflate 89 times pass, and 17 MB on disk become
 * 1.5 GB in memory. Here every part is inflated once into nothing, counting the bytes it really holds
 * (whatever its header claims), and the file is refused as soon as one part, or all together, pass the
 * limits; a package of absurdly many parts is refused too. A workbook with VBA macros (an .xlsm renamed
 * .xlsx) is refused: the template never has any.
 */
final class XlsxPackage {

    static final int MAX_PARTS = 1000;
    /** All parts together may hold this many times what one part may. */
    static final int TOTAL_FACTOR = 4;

    private XlsxPackage() {
    }

    /** True when the package may be opened; otherwise an error says why. */
    static boolean check(Path file, long maxPartBytes, Issues issues) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_PARTS) {
                return bomb(issues, zip.size() + " phần (tối đa " + MAX_PARTS + ")", zip.size() + " parts (at most " + MAX_PARTS + ")");
            }
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin")) {
                    return macro(issues);
                }
                long size = inflatedSize(zip, entry, maxPartBytes);
                if (size > maxPartBytes) {
                    return bomb(issues, "phần " + Texts.quoted(entry.getName()) + " giải nén vượt " + mebibytes(maxPartBytes) + " MB",
                            "part " + Texts.quoted(entry.getName()) + " inflates beyond " + mebibytes(maxPartBytes) + " MB");
                }
                total += size;
                if (total > TOTAL_FACTOR * maxPartBytes) {
                    return bomb(issues, "các phần giải nén vượt " + mebibytes(TOTAL_FACTOR * maxPartBytes) + " MB",
                            "the parts inflate beyond " + mebibytes(TOTAL_FACTOR * maxPartBytes) + " MB");
                }
                if (name.equals("[content_types].xml") && declaresMacros(zip, entry)) {
                    return macro(issues);
                }
            }
            return true;
        } catch (IOException | RuntimeException damaged) {
            XlsxFailure.describe(damaged, issues);
            return false;
        }
    }

    /** The bytes an entry inflates to, counted up to one past {@code limit}. */
    private static long inflatedSize(ZipFile zip, ZipEntry entry, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0 && size <= limit; ) {
                size += n;
            }
        }
        return size;
    }

    private static boolean declaresMacros(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("macroenabled");
        }
    }

    private static boolean bomb(Issues issues, String vi, String en) {
        issues.error(Rule.ZIP_BOMB, Location.FILE, "tệp nén bất thường: " + vi + "; biểu mẫu điền đủ chỉ vài MB khi giải nén; "
                        + "tệp không được mở",
                "suspicious compression: " + en + "; a filled template inflates to a few MB; the file was not opened");
        return false;
    }

    private static boolean macro(Issues issues) {
        issues.error(Rule.MACRO, Location.FILE, "bảng tính có macro (VBA), có thể là tệp .xlsm bị đổi tên; hệ thống không "
                        + "nhận tệp có macro: hãy lưu lại dạng Excel Workbook (.xlsx) không macro",
                "the workbook contains macros (VBA), perhaps an .xlsm renamed; macro-enabled files are refused: "
                        + "save it as a macro-free Excel Workbook (.xlsx)");
        return false;
    }

    private static String mebibytes(long bytes) {
        return Long.toString(bytes / (1024 * 1024));
    }
}
