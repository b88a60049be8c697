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
public class WorkbookRenderer extends ModelRenderer {

    private final AnalystWorkbookXlsx xlsx = new AnalystWorkbookXlsx();

    public WorkbookRenderer(ReportModels models) {
        super("workbook", models);
    }

    @Override
    public List<RenderedFile> render(ReportRequest request, Path directory) throws IOException {
        Path file;
        try {
            file = models().workbook(request, workbook -> {
                try {
                    return ReportFileNames.write(directory, ReportFileNames.workbook(request),
                            out -> xlsx.write(workbook, request.language(), out));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.of(file(NATIONAL, file));
    }
}
