package vn.dnnd.reports.model;

/**
 * Which of the four parts of a task's narrative a passage was written under
 * (submission_narrative.section). Called a part here because in this library a section is a part of
 * the printed document ({@link TaskSection}).
 */
public enum NarrativePart {
    ACHIEVEMENTS, LIMITATIONS, CAUSES, PROPOSALS
}
