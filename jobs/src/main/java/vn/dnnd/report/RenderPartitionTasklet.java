package vn.dnnd.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/**
 * One render partition (renderPartitionStep), in this process or on a worker: renders its kind in its
 * language (and its region, when split so) into the staging directory ({@code <lang>/} under it) and lists
 * what it wrote in its manifest. Nothing is recorded in the database; a failed partition leaves staging files
 * that its next run writes again.
 */
class RenderPartitionTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RenderPartitionTasklet.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final ReportKinds kinds;
    private final JobRepository jobRepository;

    RenderPartitionTasklet(NamedParameterJdbcTemplate jdbc, NamedQueries queries, ReportKinds kinds,
                           JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.kinds = kinds;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RenderPlan plan = RenderPlan.of(planHolder(step));
        ExecutionContext partition = step.getExecutionContext();
        String kind = partition.getString(RenderPartitioner.KIND);
        ReportLanguage language = ReportLanguage.fromCode(partition.getString(RenderPartitioner.LANGUAGE));
        String part = partition.getString(RenderPartitioner.PART, "");
        ReportRequest request = new ReportRequest(plan.period(), language, plan.edition(), plan.generatedAt(),
                EditionQueries.sources(jdbc, queries, plan.runId()));
        Path directory = Files.createDirectories(plan.staging().resolve(language.code()));
        long started = System.nanoTime();
        ReportKindRenderer renderer = kinds.renderer(kind);
        // A part is only ever planned for a kind rendered in parts (RenderPartitioner).
        List<RenderedFile> files = part.isEmpty() ? renderer.render(request, directory)
                : ((PartedReportKind) renderer).renderPart(request, directory, part);
        List<StagedFile> staged = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (RenderedFile file : files) {
            Path path = checked(file, directory, seen);
            staged.add(new StagedFile(kind, file.scope(), language,
                    plan.staging().relativize(path).toString().replace('\\', '/')));
        }
        StagedFile.writeManifest(plan.staging(), partition.getString(RenderPartitioner.MANIFEST), staged);
        contribution.incrementWriteCount(staged.size());
        log.info("Rendered {} {}{} of {}: {} files in {} ms", kind, language.code(), part.isEmpty() ? "" : " " + part,
                plan.period(), files.size(), (System.nanoTime() - started) / 1_000_000);
        return RepeatStatus.FINISHED;
    }

    /** The job execution with its plan: a worker's step execution may come without its job's context. */
    private JobExecution planHolder(StepExecution step) {
        JobExecution job = step.getJobExecution();
        if (RenderPlan.in(job)) {
            return job;
        }
        return jobRepository.getJobExecution(job.getId());
    }

    /** A renderer must write real files inside its directory, each file once. */
    private static Path checked(RenderedFile file, Path directory, Set<Path> seen) {
        Path path = directory.resolve(file.path()).toAbsolutePath().normalize();
        if (!path.startsWith(directory.toAbsolutePath().normalize()) || !Files.isRegularFile(path) || !seen.add(path)) {
            throw new DnndException("Báo cáo loại " + file.kind() + " trả về tệp không hợp lệ " + file.path(),
                    "report kind " + file.kind() + " returned an invalid file " + file.path()
                            + " (missing, outside its directory, or returned twice)");
        }
        return path;
    }
}
