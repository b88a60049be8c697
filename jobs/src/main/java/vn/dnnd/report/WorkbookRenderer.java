package vn.dnnd.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.xlsx.AnalystWorkbookXlsx;

/**
 * Kind {@code workbook}: the analyst workbook, {@code so-lieu-phan-tich-<period>-<lang>.xlsx}. It is
 * written inside the snapshot: the raw values stream from the database cursor straight into the sheet.
 */
@Component
public class WorkbookRenderer implements ReportKindRenderer {

    static final String KIND = "workbook";

    private final ReportSnapshot snapshot;
    private final WorkbookAssembler workbooks;
    private final AnalystWorkbookXlsx xlsx = new AnalystWorkbookXlsx();

    public WorkbookRenderer(ReportSnapshot snapshot, WorkbookAssembler workbooks) {
        this.snapshot = snapshot;
        this.workbooks = workbooks;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<RenderedFile> render(ReportRequest request, Path directory) throws IOException {
        Path file = directory.resolve(ReportFileNames.workbook(request));
        try {
            snapshot.read(request, period -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    return xlsx.write(workbooks.workbook(period), request.language(), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.of(new RenderedFile(KIND, "national", file));
    }
}
