package vn.dnnd.operations;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The words used on the console and in the log for executions and steps (Vietnamese first). */
public final class ExecutionLines {

    private ExecutionLines() {
    }

    public static String step(StepExecution step) {
        return String.format(Locale.ROOT, "  bước (step) %s [%s]: đọc (read) %d, ghi (written) %d, bỏ qua (skipped) %d, "
                        + "lần ghi (commits) %d — %s",
                step.getStepName(), step.getStatus(), step.getReadCount(), step.getWriteCount(), step.getSkipCount(),
                step.getCommitCount(), duration(step.getStartTime(), step.getEndTime()));
    }

    public static String job(JobExecution execution) {
        return String.format(Locale.ROOT, "%s #%d kết thúc (ended) %s sau (after) %s",
                execution.getJobInstance().getJobName(), execution.getId(), execution.getStatus(),
                duration(execution.getStartTime(), execution.getEndTime()));
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    /** "24/11/2026 04:05:16", as `jobs list` shows start times; "—" for none. */
    public static String time(LocalDateTime time) {
        return time == null ? "—" : TIME.format(time);
    }

    /** "10/12/2025 09:00:00 +07:00": a moment with its offset (receipt times, schedule fires). */
    public static String time(OffsetDateTime time) {
        return time == null ? "—" : TIME.format(time) + " " + OFFSET.format(time);
    }

    /** "12,3 s" or "4 ph 05 s (min)": Vietnamese decimal comma. */
    public static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "—";
        }
        Duration duration = Duration.between(start, end == null ? LocalDateTime.now() : end);
        return duration(duration);
    }

    public static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%d,%d s", millis / 1000, (millis % 1000) / 100);
        }
        return String.format(Locale.ROOT, "%d ph %02d s (min)", millis / 60_000, (millis / 1000) % 60);
    }
}
