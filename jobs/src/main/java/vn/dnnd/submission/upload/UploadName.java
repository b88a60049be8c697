package vn.dnnd.submission.upload;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The name an upload is kept under, made from the client's file name, which is only a hint: its directory part
 * is dropped, it is put in NFC, and only letters, digits, space and {@code . - _ ( )} stay, at most
 * {@value #MAX_CHARS} characters with the extension kept. Leading dots and spaces go, so the result is never a
 * hidden file, "." or "..". Nothing else from the request ever names a path.
 */
final class UploadName {

    static final int MAX_CHARS = 100;
    static final List<String> EXTENSIONS = List.of(".xlsx", ".csv", ".json");
    private static final String KEPT_PUNCTUATION = " .-_()";

    private UploadName() {
    }

    static String clean(String clientName) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(UploadName::allowed).forEach(kept::appendCodePoint);
        String trimmed = kept.toString().replaceFirst("^[. ]+", "").strip();
        return shortened(trimmed);
    }

    /** One of .xlsx, .csv, .json, after a name. */
    static boolean allowedType(String cleanName) {
        String lower = cleanName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(ext -> lower.endsWith(ext) && lower.length() > ext.length());
    }

    /** A multi-organisation file by its name ({@code *.multi.csv}, {@code *.multi.json}), as ingest tells them. */
    static boolean multiOrganisation(String cleanName) {
        String lower = cleanName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".multi.csv") || lower.endsWith(".multi.json");
    }

    private static boolean allowed(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || KEPT_PUNCTUATION.indexOf(codePoint) >= 0;
    }

    /** At most MAX_CHARS characters (not splitting one), keeping a short extension at the end. */
    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_CHARS) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int room = MAX_CHARS - extension.length();
        return stem.substring(0, stem.offsetByCodePoints(0, Math.min(room, stem.codePointCount(0, stem.length()))))
                .strip() + extension;
    }
}
