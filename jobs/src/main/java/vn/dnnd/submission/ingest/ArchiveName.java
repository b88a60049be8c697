package vn.dnnd.submission.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.dnnd.system.Sha256;

/**
 * An archived file is named after the original, behind a prefix that keeps names unique (version and
 * time, or the intake id). A file system allows 255 bytes in a name, and 80 Vietnamese letters already
 * take 240, so a long original is shortened: the start of its name, a short hash of the whole name (two
 * long names that begin alike stay apart), and its extension. The error report and the copy's
 * temporary name add at most {@value #SUFFIX_ROOM} bytes, which are kept free.
 */
final class ArchiveName {

    static final int MAX_NAME_BYTES = 255;
    /** ".errors.csv" + ".tmp" beside the report, ".part" while a copy is made. */
    static final int SUFFIX_ROOM = 20;
    private static final int BUDGET = MAX_NAME_BYTES - SUFFIX_ROOM;

    private ArchiveName() {
    }

    static String of(String prefix, String originalName) {
        String whole = prefix + originalName;
        if (bytes(whole) <= BUDGET) {
            return whole;
        }
        String extension = extension(originalName);
        String stem = originalName.substring(0, originalName.length() - extension.length());
        String hash = "~" + Sha256.of(originalName.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        int room = BUDGET - bytes(prefix) - bytes(hash) - bytes(extension);
        return prefix + cut(stem, room) + hash + extension;
    }

    /** ".multi.csv" and ".multi.json" whole; otherwise a short last extension such as ".xlsx". */
    private static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String multi : new String[] {".multi.csv", ".multi.json"}) {
            if (lower.endsWith(multi)) {
                return name.substring(name.length() - multi.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
    }

    /** The longest start of {@code text} within {@code room} bytes of UTF-8, never splitting a character. */
    private static String cut(String text, int room) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = bytes(new String(Character.toChars(codePoint)));
            if (used + size > room) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
