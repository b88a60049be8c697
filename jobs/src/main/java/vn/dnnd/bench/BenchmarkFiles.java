package vn.dnnd.bench;

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
 * third JSON, one answer per entered indicator; every value is read and validated by ingest. Either
 * one file per organisation, or multi-organisation files of {@code perBundle} organisations each.
 */
final class BenchmarkFiles {

    private static final String CSV_HEADER = "organisation;period;indicator;value;note\n";

    private BenchmarkFiles() {
    }

    /** One file per organisation; returns the number of values written. */
    static long write(Path inbox, List<String> orgs, int year, List<IndicatorDefinition> indicators) {
        for (int i = 0; i < orgs.size(); i++) {
            boolean json = i % 3 == 2;
            StringBuilder text = new StringBuilder(json ? "" : CSV_HEADER);
            append(text, json, orgs.get(i), i, year, indicators);
            save(inbox.resolve(year + "-" + orgs.get(i) + (json ? ".json" : ".csv")), text);
        }
        return (long) orgs.size() * indicators.size();
    }

    /** Multi-organisation files ({@code *.multi.csv}, {@code *.multi.json}); returns the number of values written. */
    static long writeBundles(Path inbox, List<String> orgs, int year, List<IndicatorDefinition> indicators,
                             int perBundle) {
        for (int from = 0, n = 0; from < orgs.size(); from += perBundle, n++) {
            boolean json = n % 3 == 2;
            StringBuilder text = new StringBuilder(json ? "{\"schema\":\"dnnd-submissions/1\",\"submissions\":[\n" : CSV_HEADER);
            for (int i = from; i < Math.min(orgs.size(), from + perBundle); i++) {
                text.append(json && i > from ? ",\n" : "");
                append(text, json, orgs.get(i), i, year, indicators);
            }
            save(inbox.resolve(year + "-" + n + (json ? ".multi.json" : ".multi.csv")), text.append(json ? "]}" : ""));
        }
        return (long) orgs.size() * indicators.size();
    }

    private static void append(StringBuilder text, boolean json, String org, int i, int year,
                               List<IndicatorDefinition> indicators) {
        if (json) {
            text.append("{\"schema\":\"dnnd-submission/1\",\"organisation\":\"").append(org).append("\",\"period\":\"")
                    .append(year).append("\",\"values\":[");
        }
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
        if (json) {
            text.append("]}");
        }
    }

    private static void save(Path file, CharSequence text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
