package vn.dnnd.referencedata;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Service;
import vn.dnnd.system.BatchJobs;
import vn.dnnd.system.DnndProperties;

/** Runs referenceDataJob and reports what it changed, or every problem that stopped it. */
@Service
public class ReferenceDataService {

    private final BatchJobs batchJobs;
    private final Job referenceDataJob;
    private final DnndProperties properties;
    private final Clock clock;

    public ReferenceDataService(BatchJobs batchJobs, Job referenceDataJob, DnndProperties properties, Clock clock) {
        this.batchJobs = batchJobs;
        this.referenceDataJob = referenceDataJob;
        this.properties = properties;
        this.clock = clock;
    }

    /** Loads from the configured location ({@code dnnd.reference.location}). */
    public ReferenceLoadResult load() {
        return load(properties.reference().location());
    }

    /** Loads the CSV files found in a directory on disk. */
    public ReferenceLoadResult load(Path directory) {
        return load(directory.toAbsolutePath().normalize().toUri().toString());
    }

    public ReferenceLoadResult load(String location) {
        JobParameters parameters = new JobParametersBuilder()
                .addString("location", location)
                .addLocalDateTime("requestedAt", LocalDateTime.now(clock))
                .toJobParameters();
        JobExecution execution = batchJobs.runToCompletion(referenceDataJob, parameters);
        return new ReferenceLoadResult(execution.getId(), location, changes(execution));
    }

    private static List<ReferenceLoadResult.TableChange> changes(JobExecution execution) {
        StepExecution apply = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("applyReferenceDataStep"))
                .findFirst().orElseThrow();
        ExecutionContext context = apply.getExecutionContext();
        List<ReferenceLoadResult.TableChange> changes = new ArrayList<>();
        for (String table : ReferenceUpserts.BY_TABLE.keySet()) {
            changes.add(new ReferenceLoadResult.TableChange(table, context.getInt(table + ".inserted"),
                    context.getInt(table + ".updated")));
        }
        return changes;
    }
}
