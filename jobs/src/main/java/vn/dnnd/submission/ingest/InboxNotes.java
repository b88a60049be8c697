package vn.dnnd.submission.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The files one ingest step left in the inbox without an outcome (still being written, changed while
 * it was read) or found gone when it came to read them. They are not rejections: nothing was stored of
 * them, and a file left behind is taken by a later run. The step keeps the list in its execution
 * context (key {@value #KEY}) so that whoever launched the run can say so.
 */
public class InboxNotes {

    static final String KEY = "inbox.left";

    /** One file and why it was not taken, in both languages. */
    public record Left(String fileName, String reasonVi, String reasonEn) implements Serializable {
    }

    private final Queue<Left> left = new ConcurrentLinkedQueue<>();

    void left(String fileName, String reasonVi, String reasonEn) {
        left.add(new Left(fileName, reasonVi, reasonEn));
    }

    ArrayList<Left> all() {
        return new ArrayList<>(left);
    }

    /** What the steps of one execution left, in step order. */
    @SuppressWarnings("unchecked")
    public static List<Left> of(JobExecution execution) {
        List<Left> all = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            Object noted = step.getExecutionContext().get(KEY);
            if (noted instanceof List<?> list) {
                all.addAll((List<Left>) list);
            }
        }
        return all;
    }
}
