package vn.dnnd.submission.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.dnnd.submission.parse.VietnameseNumber;
import vn.dnnd.submission.reference.IndicatorDefinition;

/**
 * Writes the synthetic submissions: two thirds long CSV (vi-VN numbers as text, semicolons), one
 * third JSON, one answer per entered indicator; every value is read and validated by ingest.
 */
final class BenchmarkFiles {

    private BenchmarkFiles() {
    }

    /** Returns the number of values written. */
    static long write(Path inbox, List<String> orgs, int year, List<IndicatorDefinition> indicators) {
        long values = 0;
        try {
            Files.createDirectories(inbox);
            for (int i = 0; i < orgs.size(); i++) {
                String org = orgs.get(i);
                boolean json = i % 3 == 2;
                StringBuilder text = new StringBuilder(json
                        ? "{\"schema\":\"dnnd-submission/1\",\"organisation\":\"" + org + "\",\"period\":\"" + year + "\",\"values\":["
                        : "organisation;period;indicator;value;note\n");
                int n = 0;
                for (IndicatorDefinition indicator : indicators) {
                    String value = value(indicator, i, year, n);
                    if (json) {
                        text.append(n == 0 ? "" : ",").append("{\"indicator\":\"").append(indicator.code()).append("\",\"value\":")
                                .append(indicator.isBoolean() ? value : "\"" + value + "\"").append('}');
                    } else {
                        text.append(org).append(';').append(year).append(';').append(indicator.code()).append(';')
                                .append(indicator.isBoolean() ? (value.equals("true") ? "có" : "không") : value).append(";\n");
                    }
                    n++;
                }
                values += n;
                if (json) {
                    text.append("]}");
                }
                Files.writeString(inbox.resolve(year + "-" + org + (json ? ".json" : ".csv")), text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static String value(IndicatorDefinition indicator, int org, int year, int position) {
        if (indicator.isBoolean()) {
            return String.valueOf((org + year + position) % 4 != 0);
        }
        // Upper-bounded indicators come after their totals in the catalogue: keep them smaller.
        long base = indicator.atMostCode() != null ? 10 : 20 + (org * 7L + year * 3L + position * 11L) % 5000;
        if (indicator.isWholeNumber()) {
            return VietnameseNumber.format(java.math.BigDecimal.valueOf(base));
        }
        return VietnameseNumber.format(java.math.BigDecimal.valueOf(base * 1000 + 5, 1));
    }
}
