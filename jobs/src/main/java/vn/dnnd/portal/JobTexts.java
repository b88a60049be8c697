package vn.dnnd.portal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.text.NumberText;
import vn.dnnd.reports.text.VietnamTime;

/**
 * How the job monitor writes counts, times and durations in the page's language: "1.234" and "4 phút 05 giây"
 * on a Vietnamese page, "1,234" and "4 min 05 s" on an English one. Times are the job repository's, as
 * {@code jobs list} prints them; the running time of an execution that has not ended counts up to now.
 */
public final class JobTexts {

    private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

    private final boolean english;
    private final NumberText numbers;

    JobTexts(Locale locale) {
        ReportLanguage language = StatusTexts.languageOf(locale);
        this.english = language == ReportLanguage.EN;
        this.numbers = new NumberText(language);
    }

    public String count(long value) {
        return numbers.count(value);
    }

    public String time(LocalDateTime time) {
        return time == null ? NumberText.MISSING : (english ? EN_TIME : VI_TIME).format(time);
    }

    /** A moment with an offset (a schedule's fire), in Vietnam's time. */
    public String time(OffsetDateTime time) {
        return time == null ? NumberText.MISSING
                : (english ? EN_TIME : VI_TIME).format(time.atZoneSameInstant(VietnamTime.ZONE));
    }

    /** From start to end, or to now while it runs; a dash before it starts. */
    public String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return NumberText.MISSING;
        }
        long millis = Math.max(0, Duration.between(start, end == null ? LocalDateTime.now() : end).toMillis());
        if (millis < 60_000) {
            String seconds = String.format(Locale.ROOT, "%d%s%d", millis / 1000, english ? "." : ",", (millis % 1000) / 100);
            return seconds + (english ? " s" : " giây");
        }
        long hours = millis / 3_600_000;
        long minutes = (millis / 60_000) % 60;
        long seconds = (millis / 1000) % 60;
        String clock = String.format(Locale.ROOT, english ? "%d min %02d s" : "%d phút %02d giây", minutes, seconds);
        return hours == 0 ? clock : hours + (english ? " h " : " giờ ") + clock;
    }

    /** The portal.css class of a status: completed, running, failed, or neither. */
    public String statusClass(String status) {
        BatchStatus batchStatus = BatchStatus.valueOf(status);
        if (batchStatus == BatchStatus.COMPLETED) {
            return "ok";
        }
        if (batchStatus.isRunning()) {
            return "running";
        }
        return batchStatus == BatchStatus.FAILED || batchStatus == BatchStatus.UNKNOWN ? "error" : "warning";
    }

    public String statusClass(BatchStatus status) {
        return statusClass(status.name());
    }
}
