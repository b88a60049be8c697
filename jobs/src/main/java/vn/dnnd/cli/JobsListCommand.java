package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.schedule.ExecutionLines;
import vn.dnnd.schedule.JobHistory;

@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = {"Các lần chạy gần đây: trạng thái, tham số, thời gian, số dòng đọc/ghi.",
                "(Recent executions with status, parameters, duration, read/write counts.)"})
class JobsListCommand extends ApplicationCommand {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Option(names = "--job", paramLabel = "NAME", description = "Chỉ job này (only this job).")
    String job;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Số lần chạy (how many; default 20).")
    int limit;

    @Override
    protected int run(ConfigurableApplicationContext context, PrintWriter out) {
        var entries = context.getBean(JobHistory.class).recent(job, limit);
        if (entries.isEmpty()) {
            out.println("Chưa có lần chạy nào (no job executions yet).");
            return 0;
        }
        out.printf("%6s  %-20s %-10s %-19s %-12s %8s %8s  %s%n", "#", "job", "trạng thái", "bắt đầu (started)",
                "thời gian", "đọc", "ghi", "tham số (parameters) [lịch/schedule]");
        for (JobHistory.Entry entry : entries) {
            out.printf("%6d  %-20s %-10s %-19s %-12s %8d %8d  %s%s%n", entry.executionId(), entry.jobName(), entry.status(),
                    entry.startTime() == null ? "—" : START.format(entry.startTime()),
                    ExecutionLines.duration(entry.startTime(), entry.endTime()), entry.readCount(), entry.writeCount(),
                    entry.parameters(), entry.scheduleName() == null ? "" : " [" + entry.scheduleName() + "]");
        }
        return 0;
    }
}
