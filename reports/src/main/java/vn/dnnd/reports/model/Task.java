package vn.dnnd.reports.model;

import java.util.Objects;

/**
 * One of the directive's 8 tasks (table task).
 *
 * @param shortName      the short name ("Quán triệt, nâng cao nhận thức ...") and its English name
 * @param directiveText  the directive's own opening sentence of the task, in Vietnamese only
 */
public record Task(int taskNo, String code, Bilingual shortName, String directiveText) {

    public Task {
        if (taskNo < 1 || taskNo > 8) {
            throw new IllegalArgumentException("task number must be 1..8: " + taskNo);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(shortName, "shortName");
        directiveText = directiveText == null ? "" : directiveText;
    }
}
