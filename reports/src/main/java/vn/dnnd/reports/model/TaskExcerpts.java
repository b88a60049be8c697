package vn.dnnd.reports.model;

import java.util.List;
import java.util.Objects;

/** Excerpts grouped under one task, e.g. the proposals in section IV. */
public record TaskExcerpts(Task task, List<Excerpt> excerpts) {

    public TaskExcerpts {
        Objects.requireNonNull(task, "task");
        excerpts = List.copyOf(excerpts);
    }
}
