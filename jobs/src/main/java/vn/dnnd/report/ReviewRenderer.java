package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.pdf.ReviewReportPdf;

/**
 * Kind {@code review}: the five-year review (sơ kết 5 năm) of a review period such as 2022-2026,
 * {@code bao-cao-so-ket-<period>-<lang>.pdf}.
 */
@Component
public class ReviewRenderer implements ReportKindRenderer {

    static final String PERIOD_KIND = "review5y";

    private final ReviewAssembler reviews;

    public ReviewRenderer(ReviewAssembler reviews) {
        this.reviews = reviews;
    }

    @Override
    public String kind() {
        return "review";
    }

    @Override
    public String periodKind() {
        return PERIOD_KIND;
    }

    @Override
    public List<RenderedFile> render(ReportRequest request, Path directory) throws IOException {
        byte[] pdf = new ReviewReportPdf().render(reviews.review(request), request.language());
        Path file = ReportFileNames.write(directory, ReportFileNames.review(request), pdf);
        return List.of(new RenderedFile(kind(), ModelRenderer.NATIONAL, file));
    }
}
