package vn.dnnd.cli;

import java.io.PrintWriter;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.operations.ConsoleProgress;
import vn.dnnd.operations.ExecutionLines;
import vn.dnnd.schedule.ClusterMembers;
import vn.dnnd.schedule.ScheduleRun;
import vn.dnnd.schedule.ScheduleRunLedger;
import vn.dnnd.system.DnndException;

@Command(name = "restart",
        mixinStandardHelpOptions = true,
        description = {"Chạy lại một lần chạy FAILED hoặc STOPPED, tiếp tục từ phần đã ghi xong.",
                "(Restart a FAILED or STOPPED execution; it resumes after the last committed chunk.)"})
class JobsRestartCommand extends ApplicationCommand<JobsRestartCommand.Services> {

    record Services(BatchControl batch, ConsoleProgress console, ScheduleRunLedger ledger, ClusterMembers cluster) {
    }

    @Parameters(paramLabel = "ID", description = "Mã lần chạy (job execution id).")
    long id;

    @Option(names = "--recover", description = {"Lần chạy còn STARTED vì tiến trình chạy nó đã chết: đánh dấu FAILED rồi chạy lại.",
            "(The execution is left STARTED by a process that died: mark it FAILED, then restart.)"})
    boolean recover;

    JobsRestartCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) throws Exception {
        BatchControl control = services.batch();
        JobExecution execution = control.execution(id);
        if (execution.getStatus().isRunning()) {
            if (!recover && !ownerDied(services)) {
                throw new DnndException("Lần chạy #" + id + " đang " + execution.getStatus()
                        + "; nếu tiến trình chạy nó đã chết, dùng --recover",
                        "execution " + id + " is " + execution.getStatus() + "; if the process running it died, use --recover");
            }
            control.recover(id);
            out.println("Đã đánh dấu #" + id + " là FAILED (marked FAILED after its process died).");
        }
        services.console().attach(out);
        JobExecution restarted = control.restart(id, newId -> out.println("Chạy lại (restarting) #" + id + " → #" + newId));
        out.println(ExecutionLines.job(restarted));
        return restarted.getStatus().isUnsuccessful() ? 1 : 0;
    }

    /** A scheduled run whose scheduler instance is gone from the cluster cannot still be running. */
    private boolean ownerDied(Services services) {
        ScheduleRun run = services.ledger().forExecution(id).orElse(null);
        return run != null && run.instanceName() != null
                && !services.cluster().alive(run.instanceName());
    }
}
