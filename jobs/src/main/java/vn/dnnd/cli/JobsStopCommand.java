package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dnnd.operations.BatchControl;

@Command(name = "stop",
        mixinStandardHelpOptions = true,
        description = {"Yêu cầu dừng một lần chạy (ở máy này hay máy khác): bước đang chạy ghi xong phần hiện tại "
                + "rồi dừng, trạng thái STOPPED, chạy lại được bằng jobs restart.",
                "(Ask a running execution, on any machine, to stop: the step commits its current chunk and ends "
                        + "STOPPED, restartable with jobs restart.)"})
class JobsStopCommand extends ApplicationCommand<JobsStopCommand.Services> {

    record Services(BatchControl batch) {
    }

    @Parameters(paramLabel = "ID", description = "Mã lần chạy (job execution id).")
    long id;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "Chờ tối đa bấy nhiêu giây cho đến khi dừng hẳn (wait this long for it to stop; default 60, 0: do not wait).")
    int waitSeconds;

    JobsStopCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) throws InterruptedException {
        BatchControl control = services.batch();
        control.stop(id);
        out.println("Đã yêu cầu dừng #" + id + " (stop requested; the step stops after its current chunk).");
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        JobExecution execution = control.execution(id);
        while (execution.getStatus().isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            execution = control.execution(id);
        }
        out.println("#" + id + ": " + execution.getStatus());
        return 0;
    }
}
