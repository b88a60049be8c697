package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.Collection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.operations.ApplicationJobs;
import vn.dnnd.operations.ExecutionLines;
import vn.dnnd.operations.JobHistory;
import vn.dnnd.system.WrongUsageException;

@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = {"Các lần chạy gần đây: trạng thái, tham số, thời gian, số dòng đọc/ghi.",
                "(Recent executions with status, parameters, duration, read/write counts.)"})
class JobsListCommand extends ApplicationCommand<JobsListCommand.Services> {

    record Services(ApplicationJobs jobs, JobHistory history) {
    }

    @Option(names = "--job", paramLabel = "NAME", description = "Chỉ job này (only this job).")
    String job;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Số lần chạy (how many; default 20).")
    int limit;

    JobsListCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        Collection<String> jobs = services.jobs().names();
        if (job != null && !jobs.contains(job)) {
            throw new WrongUsageException("Không có job \"" + job + "\"; các job: " + String.join(", ", jobs),
                    "no job named \"" + job + "\"; jobs: " + String.join(", ", jobs));
        }
        var entries = services.history().recent(job, limit);
        if (entries.isEmpty()) {
            out.println("Chưa có lần chạy nào (no job executions yet).");
            return 0;
        }
        out.printf("%6s  %-20s %-20s %-19s %-22s %13s %14s  %s%n", "#", "job", "trạng thái (status)", "bắt đầu (started)",
                "thời gian (duration)", "đọc (read)", "ghi (written)", "tham số (parameters) [lịch/schedule] · nút (node)");
        for (JobHistory.Entry entry : entries) {
            out.printf("%6d  %-20s %-20s %-19s %-22s %13d %14d  %s%s%s%n", entry.executionId(), entry.jobName(),
                    entry.status(), ExecutionLines.time(entry.startTime()),
                    ExecutionLines.duration(entry.startTime(), entry.endTime()), entry.readCount(), entry.writeCount(),
                    entry.parameters(), entry.scheduleName() == null ? "" : " [" + entry.scheduleName() + "]",
                    entry.node() == null ? "" : " · " + entry.node());
        }
        return 0;
    }
}
