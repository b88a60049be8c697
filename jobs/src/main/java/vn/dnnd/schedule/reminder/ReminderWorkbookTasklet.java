package vn.dnnd.schedule.reminder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.reports.status.SubmissionStatus;
import vn.dnnd.reports.status.SubmissionStatusWorkbook;
import vn.dnnd.referencedata.ReportingPeriods;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.HomeDirectory;

/**
 * Writes the status workbook under {@code <home>/reports/reminders/<period>/} and leaves its path and the
 * counts in the job's execution context ({@value #WORKBOOK_KEY}, ...) for the command that ran the job.
 */
class ReminderWorkbookTasklet implements Tasklet {

    static final String WORKBOOK_KEY = "reminder.workbook";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ReminderQueries queries;
    private final ReportingPeriods periods;
    private final HomeDirectory home;
    private final Clock clock;
    private final String periodCode;
    private final String reminder;

    ReminderWorkbookTasklet(ReminderQueries queries, ReportingPeriods periods, HomeDirectory home, Clock clock,
                            String periodCode, String reminder) {
        this.queries = queries;
        this.periods = periods;
        this.home = home;
        this.clock = clock;
        this.periodCode = periodCode;
        this.reminder = reminder;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ReportingPeriod period = periods.find(periodCode).orElseThrow(() -> new DnndException(
                "Không có kỳ báo cáo " + periodCode, "unknown reporting period " + periodCode));
        LocalDateTime now = LocalDateTime.now(clock);
        SubmissionStatus.Report report = new SubmissionStatus.Report(period.code(), period.nameVi(), period.dueOn(), now,
                reminder, queries.organisations(period.code()), queries.rejectedIssues(period.code()));
        Path file = write(report, now);
        contribution.incrementWriteCount(report.organisations().size());
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        job.putString(WORKBOOK_KEY, file.toString());
        job.putLong("reminder.expected", report.organisations().size());
        job.putLong("reminder.submitted", report.count(SubmissionStatus.State.SUBMITTED));
        job.putLong("reminder.awaiting", report.count(SubmissionStatus.State.AWAITING));
        job.putLong("reminder.returned", report.count(SubmissionStatus.State.RETURNED));
        job.putLong("reminder.rejected", report.count(SubmissionStatus.State.REJECTED));
        job.putLong("reminder.notSubmitted", report.count(SubmissionStatus.State.NOT_SUBMITTED));
        job.putLong("reminder.withoutContact", report.withoutContact());
        return RepeatStatus.FINISHED;
    }

    private Path write(SubmissionStatus.Report report, LocalDateTime now) {
        try {
            Path directory = Files.createDirectories(home.reports().resolve("reminders").resolve(report.periodCode()));
            String name = "trang-thai-nop-bao-cao-" + report.periodCode() + "-" + reminder.replaceAll("[^A-Za-z0-9+-]", "_")
                    + "-" + STAMP.format(now) + ".xlsx";
            Path temporary = directory.resolve(name + ".part");
            Files.write(temporary, SubmissionStatusWorkbook.write(report));
            return Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the status workbook under " + home.reports(), e);
        }
    }
}
