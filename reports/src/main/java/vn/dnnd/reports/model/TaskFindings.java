package vn.dnnd.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Section III for one task: the limitations organisations reported and the causes they gave, objective
 * (khách quan) and subjective (chủ quan) where they said which, unqualified where they did not.
 */
public record TaskFindings(Task task, List<Excerpt> limitations, List<Excerpt> causes, List<Excerpt> objectiveCauses,
                           List<Excerpt> subjectiveCauses) {

    public TaskFindings {
        Objects.requireNonNull(task, "task");
        limitations = List.copyOf(limitations);
        causes = List.copyOf(causes);
        objectiveCauses = List.copyOf(objectiveCauses);
        subjectiveCauses = List.copyOf(subjectiveCauses);
    }

    /** Findings whose causes nobody qualified as objective or subjective. */
    public TaskFindings(Task task, List<Excerpt> limitations, List<Excerpt> causes) {
        this(task, limitations, causes, List.of(), List.of());
    }

    public boolean isEmpty() {
        return limitations.isEmpty() && causes.isEmpty() && objectiveCauses.isEmpty() && subjectiveCauses.isEmpty();
    }
}
