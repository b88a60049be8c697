package vn.dnnd.submission.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * The error report of one stored file, made again from its stored issues: the same text as the
 * {@code .errors.csv} the archive keeps beside a rejected file, without reading a path. The portal hands it
 * out by intake file id after checking the file's organisation; a node need not hold the archive.
 */
@Component
public class ErrorReports {

    private final IntakeRecords records;

    public ErrorReports(IntakeRecords records) {
        this.records = records;
    }

    /** UTF-8 CSV with BOM, one line per issue of file {@code fileId} (a single file or one part of a bundle). */
    public byte[] ofFile(long fileId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            ErrorReport.write(out, records.issuesOf(fileId), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
