package vn.dnnd.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.xlsx.ReviewWorkbookXlsx;

/**
 * Kind {@code review-workbook}: the five-year review's workbook (series by year, reporting by year, the
 * passages quoted), {@code so-lieu-so-ket-<period>-<lang>.xlsx}.
 */
@Component
public class ReviewWorkbookRenderer implements ReportKindRenderer {

    private final ReviewAssembler reviews;

    public ReviewWorkbookRenderer(ReviewAssembler reviews) {
        this.reviews = reviews;
    }

    @Override
    public String kind() {
        return "review-workbook";
    }

    @Override
    public String periodKind() {
        return ReviewRenderer.PERIOD_KIND;
    }

    @Override
    public List<RenderedFile> render(ReportRequest request, Path directory) throws IOException {
        // A few hundred rows: written in memory, then to the file in one go.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        new ReviewWorkbookXlsx().write(reviews.review(request), request.language(), bytes);
        Path file = ReportFileNames.write(directory, ReportFileNames.reviewWorkbook(request), bytes.toByteArray());
        return List.of(new RenderedFile(kind(), ModelRenderer.NATIONAL, file));
    }
}
