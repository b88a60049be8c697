package vn.dnnd.report;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** One archived edition of a period's reports and the files recorded for it. */
public record Edition(String period, int number, OffsetDateTime createdAt, long runId, List<String> kinds,
                      List<String> languages, Path directory, List<Artifact> files) {

    public Edition {
        kinds = List.copyOf(kinds);
        languages = List.copyOf(languages);
        files = List.copyOf(files);
    }

    /** The same edition with only the files given (those a reader may open). */
    public Edition withFiles(List<Artifact> chosen) {
        return new Edition(period, number, createdAt, runId, kinds, languages, directory, chosen);
    }

    /** A file of the edition as recorded in report_artifact; {@code id} is the only way a reader names it. */
    public record Artifact(long id, String kind, String language, String scope, Path path, long bytes, String sha256,
                           OffsetDateTime createdAt) {

        public String fileName() {
            return path.getFileName().toString();
        }

        /** The file's format as its name says: pdf, xlsx, txt. */
        public String format() {
            String name = fileName();
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        }

        /** The media type a browser needs to open or save the file. */
        public String contentType() {
            return switch (format()) {
                case "pdf" -> "application/pdf";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case "txt" -> "text/plain;charset=UTF-8";
                default -> "application/octet-stream";
            };
        }
    }
}
