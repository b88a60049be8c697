package vn.dnnd.reports.model;

import java.util.List;
import java.util.Objects;

/** Section III for one task: the limitations organisations reported and the causes they gave. */
public record TaskFindings(Task task, List<Excerpt> limitations, List<Excerpt> causes) {

    public TaskFindings {
        Objects.requireNonNull(task, "task");
        limitations = List.copyOf(limitations);
        causes = List.copyOf(causes);
    }
}
