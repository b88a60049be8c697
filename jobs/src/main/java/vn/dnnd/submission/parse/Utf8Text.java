package vn.dnnd.submission.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says on which line the first invalid byte is, instead of guessing. */
final class Utf8Text {

    /** The text (BOM removed), or the 1-based line of the first byte that is not UTF-8. */
    record Decoded(String text, int badLine) {

        boolean ok() {
            return text != null;
        }
    }

    private Utf8Text() {
    }

    static Decoded decode(byte[] bytes) {
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
            return new Decoded(null, line);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, 0);
    }
}
