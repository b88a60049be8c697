package vn.dnnd.reports.model;

/** submission_narrative.section */
public enum NarrativeSection {
    ACHIEVEMENTS, LIMITATIONS, CAUSES, PROPOSALS
}
