package vn.dnnd.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The recovery rule itself, on executions written into the job repository as a process leaves them: one whose
 * lease is held is never touched; one whose lease nobody holds is marked FAILED and its job's hook run, once,
 * even when two look at the same moment; one just created, before it could take its lease, is left alone.
 */
@SpringBootTest
class DeadExecutionsTests {

    @Autowired
    JobRepository jobRepository;
    @Autowired
    ExecutionLeases leases;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    NamedQueries sql;

    @Test
    void anExecutionWhoseLeaseIsHeldIsNeverTouched() {
        Probe probe = new Probe("heldLeaseProbe");
        JobExecution alive = probe.running(true);
        leases.take(alive.getId());
        try {
            assertThat(probe.deadExecutions().settle(probe.job)).isEmpty();
            assertThatThrownBy(() -> probe.deadExecutions().settle(alive)).isInstanceOf(DnndException.class)
                    .hasMessageContaining("is still running");
            assertThat(jobRepository.getJobExecution(alive.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
            assertThat(probe.died).isEmpty();
        } finally {
            leases.release(alive.getId());
        }
    }

    @Test
    void oneWhoseLeaseIsFreeIsFailedAndItsHookRunOnceThoughTwoLookAtOnce() throws Exception {
        Probe probe = new Probe("freeLeaseProbe");
        JobExecution orphan = probe.running(true);
        DeadExecutions first = probe.deadExecutions();
        DeadExecutions second = probe.deadExecutions();

        CompletableFuture<List<JobExecution>> one = CompletableFuture.supplyAsync(() -> first.settle(probe.job));
        CompletableFuture<List<JobExecution>> other = CompletableFuture.supplyAsync(() -> second.settle(probe.job));
        List<JobExecution> settled = new ArrayList<>(one.get(30, TimeUnit.SECONDS));
        settled.addAll(other.get(30, TimeUnit.SECONDS));

        assertThat(settled).extracting(JobExecution::getId).containsExactly(orphan.getId());
        assertThat(probe.died).containsExactly(orphan.getId());
        JobExecution failed = jobRepository.getJobExecution(orphan.getId());
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getExitStatus().getExitDescription()).startsWith("process died before execution " + orphan.getId());
        assertThat(failed.getStepExecutions()).extracting(StepExecution::getStatus).containsOnly(BatchStatus.FAILED);

        assertThat(first.settle(probe.job)).as("settled once").isEmpty();
        assertThat(probe.died).hasSize(1);
        assertThat(first.unresumed(probe.job)).extracting(JobExecution::getId).containsExactly(orphan.getId());
    }

    @Test
    void oneJustCreatedIsLeftToTakeItsLease() {
        Probe probe = new Probe("startingProbe");
        JobExecution starting = probe.running(false);

        assertThat(probe.deadExecutions().settle(probe.job)).isEmpty();
        assertThat(jobRepository.getJobExecution(starting.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
        assertThat(probe.died).isEmpty();
    }

    /** A job of its own per test, so that no test sees another's executions, and a hook that counts. */
    private final class Probe implements JobLeftovers {

        final String job;
        final List<Long> died = new CopyOnWriteArrayList<>();

        Probe(String job) {
            this.job = job;
        }

        DeadExecutions deadExecutions() {
            return new DeadExecutions(jobRepository, leases, List.of(this), jdbc, sql);
        }

        /** An execution marked STARTED, as a process leaves it while it runs (or when it dies). */
        JobExecution running(boolean begunAStep) {
            JobParameters parameters = new JobParametersBuilder().addString("probe", UUID.randomUUID().toString())
                    .toJobParameters();
            JobInstance instance = jobRepository.createJobInstance(job, parameters);
            JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
            execution.setStatus(BatchStatus.STARTED);
            execution.setStartTime(LocalDateTime.now());
            jobRepository.update(execution);
            if (begunAStep) {
                StepExecution step = jobRepository.createStepExecution("probeStep", execution);
                step.setStatus(BatchStatus.STARTED);
                jobRepository.update(step);
            }
            return execution;
        }

        @Override
        public String jobName() {
            return job;
        }

        @Override
        public void failed(JobExecution execution) {
            throw new AssertionError("only a dead execution is settled here");
        }

        @Override
        public void died(JobExecution execution) {
            died.add(execution.getId());
        }
    }
}
