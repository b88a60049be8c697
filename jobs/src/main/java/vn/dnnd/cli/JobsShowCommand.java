package vn.dnnd.cli;

import java.io.PrintWriter;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.step.StepExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.operations.ExecutionLines;
import vn.dnnd.schedule.ScheduleRunLedger;

@Command(name = "show",
        mixinStandardHelpOptions = true,
        description = {"Chi tiết một lần chạy: tham số, từng bước, lỗi, lịch đã chạy nó.",
                "(One execution: parameters, each step, failures, and the schedule that ran it.)"})
class JobsShowCommand extends ApplicationCommand<JobsShowCommand.Services> {

    record Services(BatchControl batch, ScheduleRunLedger ledger) {
    }

    @Parameters(paramLabel = "ID", description = "Mã lần chạy (job execution id).")
    long id;

    JobsShowCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        JobExecution execution = services.batch().execution(id);
        out.printf("%s #%d: %s (exit %s), thời gian (duration) %s%n", execution.getJobInstance().getJobName(), id,
                execution.getStatus(), execution.getExitStatus().getExitCode(),
                ExecutionLines.duration(execution.getStartTime(), execution.getEndTime()));
        out.printf("  bắt đầu (started) %s, kết thúc (ended) %s, lần (instance) %d%n", ExecutionLines.time(execution.getStartTime()),
                ExecutionLines.time(execution.getEndTime()), execution.getJobInstance().getInstanceId());
        out.println("Tham số (parameters):");
        for (JobParameter<?> parameter : execution.getJobParameters().parameters()) {
            out.printf("  %s = %s%s%n", parameter.name(), parameter.value(), parameter.identifying() ? "" : " (không định danh/non-identifying)");
        }
        out.println("Các bước (steps):");
        for (StepExecution step : execution.getStepExecutions()) {
            out.println(ExecutionLines.step(step));
            String description = step.getExitStatus().getExitDescription();
            if (description != null && !description.isBlank()) {
                out.println("      " + description.lines().findFirst().orElse(""));
            }
        }
        services.ledger().forExecution(id).ifPresent(run -> out.printf(
                "Lịch (schedule) %s, kích hoạt lúc (fired at) %s, lần thử (attempts) %d, kết quả (outcome) %s%s%n",
                run.scheduleName(), ExecutionLines.time(run.firedAt()), run.attempts(), run.outcome(),
                run.message() == null ? "" : " — " + run.message()));
        return 0;
    }
}
