package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.model.SourceSubmission;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/**
 * Second step of renderJob: every kind in every language, written into the staging directory
 * ({@code <lang>/} under it). Nothing is recorded here; a failure (or a kill) leaves only staging
 * files, which a restart clears and writes again.
 */
class RenderReportsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RenderReportsTasklet.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final ReportKinds kinds;

    RenderReportsTasklet(NamedParameterJdbcTemplate jdbc, NamedQueries queries, ReportKinds kinds) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.kinds = kinds;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        RenderPlan plan = RenderPlan.of(job);
        StagingDirectory.delete(plan.staging());
        List<SourceSubmission> sources = EditionQueries.sources(jdbc, queries, plan.runId());
        // Each language is rendered on a thread of its own: filling and exporting a PDF uses one core,
        // and the renderers, templates and labels they share are immutable.
        ExecutorService threads = Executors.newFixedThreadPool(
                Math.max(1, Math.min(plan.languages().size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<List<StagedFile>>> languages = new ArrayList<>();
            for (ReportLanguage language : plan.languages()) {
                ReportRequest request = new ReportRequest(plan.period(), language, plan.edition(), plan.generatedAt(), sources);
                languages.add(threads.submit(() -> renderLanguage(plan, request)));
            }
            List<StagedFile> staged = new ArrayList<>();
            for (Future<List<StagedFile>> language : languages) {
                staged.addAll(resultOf(language));
            }
            contribution.incrementWriteCount(staged.size());
            StagedFile.storeIn(job, staged);
            return RepeatStatus.FINISHED;
        } finally {
            threads.shutdownNow();
        }
    }

    private List<StagedFile> renderLanguage(RenderPlan plan, ReportRequest request) throws IOException {
        ReportLanguage language = request.language();
        Path directory = Files.createDirectories(plan.staging().resolve(language.code()));
        List<StagedFile> staged = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String kind : plan.kinds()) {
            long started = System.nanoTime();
            List<RenderedFile> files = kinds.renderer(kind).render(request, directory);
            for (RenderedFile file : files) {
                Path path = checked(file, directory, seen);
                staged.add(new StagedFile(kind, file.scope(), language,
                        plan.staging().relativize(path).toString().replace('\\', '/')));
            }
            log.info("Rendered {} {} of {}: {} files in {} ms", kind, language.code(), plan.period(), files.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return staged;
    }

    /** The language's files, or the renderer's own exception (a failure stops the step, never half-recorded). */
    private static List<StagedFile> resultOf(Future<List<StagedFile>> language) throws Exception {
        try {
            return language.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
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
