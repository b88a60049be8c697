package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A kind written as one PDF for the whole country (the summary, the briefing): each says only how its
 * file is named and how its PDF is made, so that writing it is here once.
 */
abstract class NationalPdfRenderer extends ModelRenderer {

    private final Function<ReportRequest, String> fileName;
    private final Function<ReportRequest, byte[]> pdf;

    NationalPdfRenderer(String kind, ReportModels models, Function<ReportRequest, String> fileName,
                        Function<ReportRequest, byte[]> pdf) {
        super(kind, models);
        this.fileName = fileName;
        this.pdf = pdf;
    }

    @Override
    public List<RenderedFile> render(ReportRequest request, Path directory) throws IOException {
        Path file = ReportFileNames.write(directory, fileName.apply(request), pdf.apply(request));
        return List.of(file(NATIONAL, file));
    }
}
