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

    /**
     * The kinds of a comma list for a period of the given kind (annual, review5y), in the order given, or every
     * kind of that period kind when the list is empty; a kind made for another kind of period is refused.
     */
    List<String> choose(String list, String periodKind) {
        List<String> ofPeriod = names().stream().filter(kind -> renderers.get(kind).periodKind().equals(periodKind))
                .toList();
        if (list == null || list.isBlank()) {
            if (ofPeriod.isEmpty()) {
                throw new DnndException("Không có loại báo cáo nào cho kỳ loại " + periodKind,
                        "no report kind renders periods of kind " + periodKind);
            }
            return ofPeriod;
        }
        List<String> chosen = choose(list);
        for (String kind : chosen) {
            if (!ofPeriod.contains(kind)) {
                throw new WrongUsageException("Loại báo cáo \"" + kind + "\" không xuất cho kỳ loại " + periodKind
                        + "; các loại của kỳ này: " + String.join(", ", ofPeriod), "report kind \"" + kind
                        + "\" is not rendered for a period of kind " + periodKind + "; kinds of this period: "
                        + String.join(", ", ofPeriod));
            }
        }
        return chosen;
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
