package vn.dnnd.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A Content-Disposition header every browser reads: {@code filename} in plain ASCII (Vietnamese letters
 * without their marks, anything else a dash) for old clients, and {@code filename*} with the exact name
 * in UTF-8 (RFC 6266) for the rest.
 */
final class ContentDispositions {

    private ContentDispositions() {
    }

    static String of(String type, String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._-]", "-");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
