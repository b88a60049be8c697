package vn.dnnd.schedule.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.LongConsumer;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.referencedata.ReportingPeriods;
import vn.dnnd.system.DnndException;

/** Runs reminderJob on demand ({@code remind}), for a period or the one whose due date comes next. */
@Service
public class ReminderService {

    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BatchControl control;
    private final ReportingPeriods periods;
    private final Clock clock;

    public ReminderService(BatchControl control, ReportingPeriods periods, Clock clock) {
        this.control = control;
        this.periods = periods;
        this.clock = clock;
    }

    public JobExecution run(String periodCode, String reminder, LongConsumer onStart) throws Exception {
        ReportingPeriod period = periodCode != null
                ? periods.find(periodCode).orElseThrow(() -> new DnndException("Không có kỳ báo cáo " + periodCode,
                        "unknown reporting period " + periodCode))
                : periods.nextDue(LocalDate.now(clock)).orElseThrow(() -> new DnndException(
                        "Không có kỳ báo cáo nào sắp đến hạn", "no annual period with a coming due date"));
        String label = reminder != null ? reminder : "manual-" + STAMP.format(LocalDateTime.now(clock));
        return control.start(ReminderJobConfiguration.JOB_NAME, new JobParametersBuilder()
                .addString("period", period.code())
                .addString("reminder", label)
                .toJobParameters(), onStart);
    }
}
