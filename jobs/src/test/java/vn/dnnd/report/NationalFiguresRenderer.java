package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A small renderer that exists only in tests (so renderJob is tested without the real report kinds):
 * kind {@code figures}, one text file of the period's published national values and one per region,
 * in the request's language. {@link #failNextRender()} makes its next render throw, as a broken
 * template would (and so does each row of a table {@code test_render_fault} for its language, in whichever JVM renders).
 */
@Component
public class NationalFiguresRenderer implements ReportKindRenderer {

    private final JdbcTemplate jdbc;
    private final AtomicBoolean failNext = new AtomicBoolean();

    public NationalFiguresRenderer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void failNextRender() {
        failNext.set(true);
    }

    @Override
    public String kind() {
        return "figures";
    }

    @Override
    public List<RenderedFile> render(ReportRequest request, Path directory) throws IOException {
        if (failNext.getAndSet(false) || faultFromDatabase(request)) {
            throw new IllegalStateException("the figures template is broken (test)");
        }
        List<RenderedFile> files = new ArrayList<>();
        files.add(write(request, directory, "national", "VN"));
        for (String region : jdbc.queryForList("""
                select distinct scope_code from indicator_value
                where period_code = ? and scope_kind = 'region' and hierarchy = 'as_reported' order by 1""",
                String.class, request.periodCode())) {
            files.add(write(request, directory, "region", region));
        }
        return files;
    }

    /**
     * For a render in another JVM (a cluster's worker): each row of table {@code test_render_fault}, when a test
     * made one, makes one render in its language ({@code lang}) fail and is used up by it.
     */
    private boolean faultFromDatabase(ReportRequest request) {
        if (jdbc.queryForObject("select to_regclass('test_render_fault') is not null", Boolean.class) != Boolean.TRUE) {
            return false;
        }
        return !jdbc.queryForList("""
                delete from test_render_fault where ctid = (select ctid from test_render_fault where lang = ? limit 1
                    for update skip locked)
                returning 1""", Integer.class, request.language().code()).isEmpty();
    }

    private RenderedFile write(ReportRequest request, Path directory, String scopeKind, String scopeCode) throws IOException {
        StringBuilder text = new StringBuilder(request.language().code().equals("vi") ? "Số liệu kỳ " : "Figures of ")
                .append(request.periodCode()).append(", edition ").append(request.edition())
                .append(", sources ").append(request.sources().size()).append('\n');
        jdbc.query("""
                select indicator_code, value from indicator_value
                where period_code = ? and scope_kind = ? and scope_code = ? and hierarchy = 'as_reported'
                order by indicator_code""", rs -> {
            text.append(rs.getString(1)).append('\t').append(rs.getBigDecimal(2)).append('\n');
        }, request.periodCode(), scopeKind, scopeCode);
        Path file = directory.resolve("figures-" + request.periodCode() + "-" + scopeCode.replace(':', '-') + ".txt");
        Files.writeString(file, text);
        return new RenderedFile(kind(), "national".equals(scopeKind) ? "national" : "region:" + scopeCode, file);
    }
}
