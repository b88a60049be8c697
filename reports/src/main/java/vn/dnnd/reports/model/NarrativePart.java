package vn.dnnd.reports.model;

/**
 * Which part of a task's narrative a passage was written under (submission_narrative.section). Called a
 * part here because in this library a section is a part of the printed document ({@link TaskSection}).
 * Causes are objective or subjective where the organisation said which, plain {@link #CAUSES} where it did
 * not (every file before the split). The parts added later come last so the first four keep their ordinals;
 * {@link #place()} is the order of a review report.
 */
public enum NarrativePart {
    ACHIEVEMENTS(1), LIMITATIONS(2), CAUSES(3), PROPOSALS(7), CAUSES_OBJECTIVE(4), CAUSES_SUBJECTIVE(5), LESSONS(6);

    private final int place;

    NarrativePart(int place) {
        this.place = place;
    }

    /** Where the part comes in a review report: achievements, limitations, causes, lessons, proposals. */
    public int place() {
        return place;
    }
}
