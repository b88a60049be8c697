package vn.dnnd.cli;

import java.io.PrintWriter;
import vn.dnnd.pipeline.PipelineResult;
import vn.dnnd.submission.ingest.IntakeFileOutcome;

/** How annual and demo print one pipeline execution: what it ingested, computed and rendered. */
final class PipelinePrinter {

    private PipelinePrinter() {
    }

    static void print(PrintWriter out, PipelineResult result) {
        out.printf("%s #%d, kỳ (period) %s%n", result.jobName(), result.jobExecutionId(), result.period());
        if (result.ingestExecutionId() != null) {
            out.printf("  nhận (ingest) #%d: %d chấp nhận (accepted), %d từ chối (rejected), %d trùng (duplicates)%n",
                    result.ingestExecutionId(), result.count(IntakeFileOutcome.ACCEPTED),
                    result.count(IntakeFileOutcome.REJECTED), result.count(IntakeFileOutcome.DUPLICATE));
        }
        out.printf("  tính (compute): lần tính (run) %d đã công bố (published)%n", result.computeRunId());
        if (result.awaitingReview() != null && result.awaitingReview() > 0) {
            // The same line as `compute`: figures without these versions may surprise whoever reads the reports.
            out.printf("  Chưa tính %d phiên bản đang chờ duyệt (left out %d versions awaiting review)%n",
                    result.awaitingReview(), result.awaitingReview());
        }
        EditionPrinter.heading(out, result.edition());
        EditionPrinter.files(out, result.edition());
    }
}
