package vn.dnnd.reports.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dnnd.reports.model.DocumentHeader;
import vn.dnnd.reports.model.Signature;
import vn.dnnd.reports.text.Labels;

/**
 * The words of a Party document's closing, the same in every report: "Nơi nhận:" with one recipient a line
 * ("- ..." ending with a comma, the last, the archive, with a full stop) and the signature block (capacity,
 * title, name), as the template's fields {@code recipientsTitle}, {@code recipients}, {@code signatureCapacity},
 * {@code signatureTitle} and {@code signatureName}.
 */
final class ClosingText {

    private ClosingText() {
    }

    static Map<String, Object> fields(Labels labels, List<String> recipients, String capacity, String title,
            String name) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("recipientsTitle", labels.get("closing.recipients"));
        fields.put("recipients", recipientLines(recipients));
        fields.put("signatureCapacity", capacity);
        fields.put("signatureTitle", title);
        fields.put("signatureName", name);
        return fields;
    }

    static Map<String, Object> fields(Labels labels, DocumentHeader header) {
        Signature signature = header.signature();
        return fields(labels, header.recipients(), signature == null ? null : signature.capacity(),
                signature == null ? null : signature.title(), signature == null ? null : signature.name());
    }

    /** Whatever punctuation a setting's line ends with, the document's own is put in its place. */
    static String recipientLines(List<String> recipients) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < recipients.size(); i++) {
            String line = recipients.get(i).strip().replaceAll("[,;.]+$", "");
            lines.append(i == 0 ? "" : "\n").append("- ").append(line).append(i == recipients.size() - 1 ? "." : ",");
        }
        return lines.toString();
    }
}
