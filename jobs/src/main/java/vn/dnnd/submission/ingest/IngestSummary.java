package vn.dnnd.submission.ingest;

import java.util.List;

/** What one run did, file by file, and the files it left in the inbox without an outcome. */
public record IngestSummary(long jobExecutionId, List<FileOutcome> files, List<Long> resumedExecutions,
                            List<InboxNotes.Left> left) {

    /** One file: its outcome, the version it became, counts of errors and warnings, the first message. */
    public record FileOutcome(String fileName, IntakeFileOutcome outcome, String orgCode, String periodCode,
                              Integer version, Boolean onTime, int errors, int warnings, String firstMessageVi,
                              String firstMessageEn, String archivedPath, String errorReportPath) {

        /** As read back by {@link IngestResults}, the outcome by its stored code. */
        public FileOutcome(String fileName, String outcomeCode, String orgCode, String periodCode, Integer version,
                           Boolean onTime, int errors, int warnings, String firstMessageVi, String firstMessageEn,
                           String archivedPath, String errorReportPath) {
            this(fileName, IntakeFileOutcome.fromCode(outcomeCode), orgCode, periodCode, version, onTime, errors,
                    warnings, firstMessageVi, firstMessageEn, archivedPath, errorReportPath);
        }
    }

    public long count(IntakeFileOutcome outcome) {
        return files.stream().filter(f -> f.outcome() == outcome).count();
    }
}
