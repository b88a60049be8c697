package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dnnd.reports.model.SummaryReport;
import vn.dnnd.reports.pdf.SummaryReportPdf;
import vn.dnnd.system.NamedQueries;

/**
 * Kind {@code region}: one report per region of the scheme in force on the period's last day (the
 * region, then its organisations), {@code bao-cao-vung-<REGION>-<period>-<lang>.pdf}, scope "region:CODE".
 * Its parts are the regions: a cluster renders each on a worker of its own.
 */
@Component
public class RegionReportRenderer extends ModelRenderer implements PartedReportKind {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public RegionReportRenderer(ReportModels models, NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        super("region", models);
        this.jdbc = jdbc;
        this.queries = queries;
    }

    @Override
    public List<RenderedFile> render(ReportRequest request, Path directory) throws IOException {
        List<RenderedFile> files = new ArrayList<>();
        for (SummaryReport report : models().regions(request)) {
            files.add(write(request, directory, report));
        }
        return files;
    }

    @Override
    public List<String> parts(String periodCode) {
        return jdbc.query(queries.get("report", "list-regions"), new MapSqlParameterSource("period", periodCode),
                (row, i) -> row.getString(2));
    }

    @Override
    public List<RenderedFile> renderPart(ReportRequest request, Path directory, String regionCode) throws IOException {
        return List.of(write(request, directory, models().region(request, regionCode)));
    }

    private RenderedFile write(ReportRequest request, Path directory, SummaryReport report) throws IOException {
        String code = report.scope().code();
        Path file = ReportFileNames.write(directory, ReportFileNames.region(request, code),
                new SummaryReportPdf().render(report, request.language()));
        return file("region:" + code, file);
    }
}
