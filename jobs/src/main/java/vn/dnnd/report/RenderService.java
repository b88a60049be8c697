package vn.dnnd.report;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;
import vn.dnnd.system.BatchJobs;

/** Runs renderJob for a period and returns the edition it archived. */
@Service
public class RenderService {

    private final BatchJobs batchJobs;
    private final Job renderJob;
    private final ReportArchive archive;
    private final ReportKinds reportKinds;
    private final Clock clock;

    public RenderService(BatchJobs batchJobs, Job renderJob, ReportArchive archive, ReportKinds reportKinds,
                         Clock clock) {
        this.batchJobs = batchJobs;
        this.renderJob = renderJob;
        this.reportKinds = reportKinds;
        this.archive = archive;
        this.clock = clock;
    }

    /**
     * @param period    a year ("2025") or a review period ("2022-2026"); other text is refused before any job runs
     * @param kinds     comma list of report kinds, or null for every kind
     * @param languages "vi", "en" or "vi,en"; null for both
     */
    public Edition render(String period, String kinds, String languages) {
        String checked = PeriodCode.check(period);
        checkRequest(kinds, languages);
        JobParameters request = new JobParametersBuilder()
                .addLocalDateTime("requestedAt", LocalDateTime.now(clock))
                // every render is a new edition, so each request is its own job instance
                .addString("requestId", UUID.randomUUID().toString())
                .toJobParameters();
        return render(parameters(checked, kinds, languages, request));
    }

    /**
     * Runs renderJob with parameters another job built ({@link #parameters}): when that job instance failed or
     * was interrupted before, it is restarted, and renders the edition it had begun.
     */
    public Edition render(JobParameters parameters) {
        return editionOf(batchJobs.runToCompletion(renderJob, parameters));
    }

    /**
     * Refuses unknown report kinds and languages before any job runs (the job would check them too,
     * but only after recording a failed execution).
     */
    public void checkRequest(String kinds, String languages) {
        reportKinds.choose(kinds);
        PrepareRenderTasklet.languages(languages);
    }

    /** The edition a completed renderJob execution archived. */
    public Edition editionOf(JobExecution execution) {
        RenderPlan plan = RenderPlan.of(execution);
        return archive.edition(plan.period(), plan.edition());
    }

    /** The parameters of renderJob, to launch it from another job. */
    public static JobParameters parameters(String period, String kinds, String languages, JobParameters extra) {
        JobParametersBuilder builder = new JobParametersBuilder(extra).addString(PrepareRenderTasklet.PERIOD, period);
        if (kinds != null) {
            builder.addString(PrepareRenderTasklet.KINDS, kinds);
        }
        if (languages != null) {
            builder.addString(PrepareRenderTasklet.LANGUAGES, languages);
        }
        return builder.toJobParameters();
    }
}
