package vn.dnnd.reports.model;

/** Where an expected reporter stands for the period. */
public enum SubmissionState {
    ON_TIME, LATE, MISSING
}
