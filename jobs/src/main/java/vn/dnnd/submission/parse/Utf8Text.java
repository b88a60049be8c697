package vn.dnnd.submission.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that says on which line the first invalid byte is, instead of guessing; a
 * UTF-16 file ("Unicode text" in Excel's save dialog) is recognised as such, with or without its byte
 * order mark, rather than called Windows-1258.
 */
final class Utf8Text {

    /** How much of the start of a file is looked at to recognise UTF-16. */
    private static final int SAMPLE = 1024;

    /** The text (BOM removed), or the 1-based line of the first byte that is not UTF-8, or UTF-16. */
    record Decoded(String text, int badLine, boolean utf16) {

        boolean ok() {
            return text != null;
        }
    }

    private Utf8Text() {
    }

    static Decoded decode(byte[] bytes) {
        if (looksLikeUtf16(bytes)) {
            return new Decoded(null, 1, true);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Decoded(null, line, false);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, 0, false);
    }

    /**
     * A UTF-16 byte order mark, or, without one, text whose every other byte is zero (the ASCII letters,
     * digits and punctuation of a CSV or JSON file written as UTF-16).
     */
    static boolean looksLikeUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int sample = Math.min(bytes.length, SAMPLE) & ~1;
        if (sample < 4) {
            return false;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int pairs = sample / 2;
        return Math.max(zeroEven, zeroOdd) * 10 >= pairs * 4 && Math.min(zeroEven, zeroOdd) * 10 < pairs;
    }
}
