package vn.dnnd.referencedata;

import java.util.List;
import vn.dnnd.system.DnndException;

/** The reference files were not loaded: every problem found, so they can all be fixed at once. */
public class ReferenceDataRejectedException extends DnndException {

    private final List<ReferenceProblem> problems;

    public ReferenceDataRejectedException(List<ReferenceProblem> problems) {
        super("Không nạp danh mục (" + problems.size() + " lỗi), dữ liệu cũ giữ nguyên",
                "reference data not loaded (" + problems.size() + " problem(s)), previous data unchanged; "
                        + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ReferenceProblem> problems() {
        return problems;
    }
}
