package vn.dnnd.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.WrongUsageException;

/** The report kinds this application can render: one {@link ReportKindRenderer} bean each. */
@Component
public class ReportKinds {

    private final Map<String, ReportKindRenderer> renderers = new LinkedHashMap<>();

    public ReportKinds(List<ReportKindRenderer> renderers) {
        for (ReportKindRenderer renderer : renderers) {
            if (this.renderers.put(renderer.kind(), renderer) != null) {
                throw new IllegalStateException("two renderers of report kind " + renderer.kind());
            }
        }
    }

    public List<String> names() {
        return List.copyOf(renderers.keySet());
    }

    ReportKindRenderer renderer(String kind) {
        return renderers.get(kind);
    }

    /** The kinds of a comma list, in the order given, or every kind when the list is empty. */
    List<String> choose(String list) {
        if (renderers.isEmpty()) {
            throw new DnndException("Ứng dụng không có loại báo cáo nào để xuất", "this application has no report kinds to render");
        }
        if (list == null || list.isBlank()) {
            return names();
        }
        List<String> chosen = Arrays.stream(ListParameter.split(list)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String kind : chosen) {
            if (!renderers.containsKey(kind)) {
                throw new WrongUsageException("Không có loại báo cáo \"" + kind + "\"; các loại: " + String.join(", ", names()),
                        "no report kind \"" + kind + "\"; kinds: " + String.join(", ", names()));
            }
        }
        return chosen.isEmpty() ? names() : chosen;
    }
}
