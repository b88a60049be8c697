package vn.dnnd.report;

import java.nio.file.Path;

/**
 * What the report kinds share: the kind's name, stamped on every file it writes, and the row models of
 * the period they render from, injected once as {@link ReportModels}.
 */
abstract class ModelRenderer implements ReportKindRenderer {

    /** The scope of a file that covers the whole country; a region's report covers "region:CODE". */
    static final String NATIONAL = "national";

    private final String kind;
    private final ReportModels models;

    ModelRenderer(String kind, ReportModels models) {
        this.kind = kind;
        this.models = models;
    }

    /** A file of this kind that covers {@code scope}. */
    RenderedFile file(String scope, Path path) {
        return new RenderedFile(kind, scope, path);
    }

    ReportModels models() {
        return models;
    }

    @Override
    public final String kind() {
        return kind;
    }
}
