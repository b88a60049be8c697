package vn.dnnd.reports.model;

import java.util.Objects;

/**
 * The signature block at the right of "Nơi nhận:" (settings, like the issuing body).
 *
 * @param capacity  "T/M BAN THƯỜNG VỤ" (on behalf of); may be empty
 * @param title     "PHÓ BÍ THƯ"
 * @param name      the signer's name, or empty while the document is a draft for signature
 */
public record Signature(String capacity, String title, String name) {

    public Signature {
        capacity = capacity == null ? "" : capacity;
        Objects.requireNonNull(title, "title");
        name = name == null ? "" : name;
    }
}
