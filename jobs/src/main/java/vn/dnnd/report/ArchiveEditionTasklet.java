package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.HomeDirectory;
import vn.dnnd.system.NamedQueries;
import vn.dnnd.system.Sha256;

/**
 * Last step of renderJob, in one transaction: copies the staged files to {@code <period>/edition-<n>/},
 * records the edition, its figures and submission versions, and every artifact with its checksum.
 * Either all of it is recorded or none; a directory left by an attempt whose commit failed is not
 * recorded, and the restart replaces it. The staging directory goes once the commit is through.
 */
class ArchiveEditionTasklet implements Tasklet {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final HomeDirectory home;

    ArchiveEditionTasklet(NamedParameterJdbcTemplate jdbc, NamedQueries queries, HomeDirectory home) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.home = home;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        RenderPlan plan = RenderPlan.of(job);
        MapSqlParameterSource parameters = new MapSqlParameterSource("period", plan.period())
                .addValue("edition", plan.edition()).addValue("run", plan.runId()).addValue("job", job.getId())
                .addValue("created", plan.generatedAt())
                .addValue("kinds", String.join(",", plan.kinds()))
                .addValue("languages", String.join(",", plan.languages().stream().map(l -> l.code()).toList()));
        jdbc.query("select pg_advisory_xact_lock(hashtext('dnnd.render'), hashtext(:period))", parameters,
                (RowCallbackHandler) row -> { });
        checkStillCurrent(plan, parameters);
        Path directory = plan.editionDirectory(home.reports());
        StagingDirectory.delete(directory);
        StagingDirectory.copy(plan.staging(), directory);
        parameters.addValue("directory", directory.toString());
        jdbc.update(queries.get("report", "record-edition"), parameters);
        jdbc.update(queries.get("report", "record-edition-figures"), parameters);
        jdbc.update(queries.get("report", "record-edition-submissions"), parameters);
        List<StagedFile> files = StagedFile.readManifests(plan.staging());
        for (StagedFile file : files) {
            record(file, directory.resolve(file.relativePath()), parameters);
        }
        contribution.incrementWriteCount(files.size());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    StagingDirectory.delete(plan.staging());
                } catch (IOException e) {
                    throw new DnndException("Không xoá được thư mục tạm " + plan.staging(),
                            "cannot delete the staging directory " + plan.staging(), e);
                }
            }
        });
        return RepeatStatus.FINISHED;
    }

    private void checkStillCurrent(RenderPlan plan, MapSqlParameterSource parameters) {
        Integer taken = jdbc.queryForObject(
                "select count(*) from report_edition where period_code = :period and edition >= :edition", parameters,
                Integer.class);
        if (taken != null && taken > 0) {
            throw new DnndException("Lần xuất bản " + plan.edition() + " của kỳ " + plan.period()
                    + " đã được lưu bởi lần chạy khác; hãy chạy render lại", "edition " + plan.edition() + " of "
                    + plan.period() + " was archived by another run meanwhile; run render again");
        }
        if (EditionQueries.publishedRun(jdbc, plan.period()) != plan.runId()) {
            throw new DnndException("Kỳ " + plan.period() + " đã được tính lại sau khi bắt đầu xuất; hãy chạy render lại",
                    "period " + plan.period() + " was computed again after this render started; run render again");
        }
    }

    private void record(StagedFile file, Path path, MapSqlParameterSource edition) throws IOException {
        MapSqlParameterSource parameters = new MapSqlParameterSource(edition.getValues())
                .addValue("kind", file.kind()).addValue("language", file.language().code())
                .addValue("scope", file.scope()).addValue("path", path.toString())
                .addValue("sha256", Sha256.of(path)).addValue("bytes", Files.size(path));
        Long artifact = jdbc.queryForObject(queries.get("report", "record-artifact"), parameters, Long.class);
        jdbc.update(queries.get("report", "record-artifact-submissions"), parameters.addValue("artifact", artifact));
    }
}
