package vn.dnnd.submission.ingest;

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
    public record Left(String fileName, String reasonVi, String reasonEn) {
    }

    private final Queue<Left> left = new ConcurrentLinkedQueue<>();

    void left(String fileName, String reasonVi, String reasonEn) {
        left.add(new Left(fileName, reasonVi, reasonEn));
    }

    ArrayList<Left> all() {
        return new ArrayList<>(left);
    }

    /**
     * The notes as the step's execution context keeps them: text, a line per file with its fields separated by
     * tabs (backslash, tab and line breaks escaped), so that any process can read them back; objects of the
     * application's own classes would not pass Spring Batch's deserialisation filter when the execution is read.
     */
    String saved() {
        StringBuilder text = new StringBuilder();
        for (Left one : left) {
            text.append(escaped(one.fileName())).append('\t').append(escaped(one.reasonVi())).append('\t')
                    .append(escaped(one.reasonEn())).append('\n');
        }
        return text.toString();
    }

    /** What the steps of one execution left, in step order. */
    public static List<Left> of(JobExecution execution) {
        List<Left> all = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            String saved = step.getExecutionContext().getString(KEY, "");
            for (String line : saved.split("\n")) {
                String[] fields = line.split("\t", -1);
                if (fields.length == 3) {
                    all.add(new Left(unescaped(fields[0]), unescaped(fields[1]), unescaped(fields[2])));
                }
            }
        }
        return all;
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescaped(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
