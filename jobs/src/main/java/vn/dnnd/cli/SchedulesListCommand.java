package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.cluster.ClusterWorkers;
import vn.dnnd.operations.ExecutionLines;
import vn.dnnd.operations.JobHistory;
import vn.dnnd.schedule.ClusterMembers;
import vn.dnnd.schedule.ScheduleDefinition;
import vn.dnnd.schedule.ScheduleOverview;
import vn.dnnd.schedule.ScheduleRun;
import vn.dnnd.schedule.ScheduleRunLedger;
import vn.dnnd.schedule.UpcomingFires;

@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = {"Mỗi lịch: job, tham số, các lần chạy tới, lần chạy gần nhất; các lần chạy cần xử lý; các phiên "
                + "bản serve đang sống, mỗi nút đang chạy gì, các worker của cụm máy.",
                "(Each schedule with its job, parameters, next fire times and latest run; runs needing attention; the "
                        + "serve instances alive, what each node is running, the cluster's workers.)"})
class SchedulesListCommand extends ApplicationCommand<SchedulesListCommand.Services> {

    private static final java.time.format.DateTimeFormatter FIRED =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** How many of the latest executions are looked at for those still running. */
    private static final int RUNNING_LOOKBACK = 200;

    record Services(ScheduleOverview overview, ScheduleRunLedger ledger, ClusterMembers cluster, JobHistory history,
                    ClusterWorkers workers, Clock clock) {
    }

    @Option(names = "--next", paramLabel = "N", defaultValue = "3", description = "Số lần chạy tới (next fire times shown; default 3).")
    int next;

    SchedulesListCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        ScheduleRunLedger ledger = services.ledger();
        ZonedDateTime now = ZonedDateTime.now(services.clock());
        for (ScheduleOverview.Row row : services.overview().schedules(now, next)) {
            ScheduleDefinition schedule = row.schedule();
            out.printf("%s%s → %s%s%n", schedule.name(), schedule.enabled() ? "" : " (tắt/disabled)", schedule.jobName(),
                    row.jobMissing() ? "  ⚠ không có job này (no such job)" : "");
            if (!schedule.description().isBlank()) {
                out.println("  " + schedule.description());
            }
            out.printf("  khi (when): %s, múi giờ (zone) %s, misfire %s, tối đa (max attempts) %d%n", schedule.timing(),
                    schedule.zone(), schedule.misfire().name().toLowerCase().replace('_', '-'), schedule.maxAttempts());
            out.println("  tham số (parameters): " + (schedule.parameters().isEmpty() ? "—" : schedule.parameters()
                    .entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))));
            List<UpcomingFires.Fire> fires = row.next();
            out.println("  lần tới (next): " + (fires.isEmpty() ? "— (không có kỳ báo cáo phù hợp/no matching period)"
                    : fires.stream().map(ScheduleText::fire).collect(Collectors.joining("; "))));
            row.latest().ifPresent(run -> out.println("  gần nhất (latest): " + describe(run, schedule)));
        }
        List<ScheduleRun> attention = ledger.needingAttention();
        if (!attention.isEmpty()) {
            out.println("Cần xử lý (needs attention):");
            attention.forEach(run -> out.println("  ‼ " + run.scheduleName() + " " + run.occurrence() + ": " + run.message()));
        }
        List<String> members = services.cluster().members();
        out.println("Phiên bản serve báo danh trong 30 giây qua (serve instances checked in within 30 s): "
                + (members.isEmpty() ? "không có (none)"
                : String.join(", ", members)));
        List<JobHistory.Entry> running = services.history().recent(null, RUNNING_LOOKBACK).stream()
                .filter(entry -> entry.endTime() == null).toList();
        out.println("Đang chạy, theo nút (running, by node): " + (running.isEmpty() ? "không có (none)" : ""));
        running.forEach(entry -> out.printf("  %s: %s #%d %s, từ (since) %s%n",
                entry.node() == null ? "?" : entry.node(), entry.jobName(), entry.executionId(), entry.status(),
                ExecutionLines.time(entry.startTime())));
        printWorkers(services.workers().list(), out);
        return 0;
    }

    /** The cluster's workers (dnnd.cluster): alive or lost, and the partition each one runs. */
    static void printWorkers(List<ClusterWorkers.Worker> workers, PrintWriter out) {
        out.println("Worker của cụm máy (cluster workers): " + (workers.isEmpty() ? "không có (none)" : ""));
        for (ClusterWorkers.Worker worker : workers) {
            out.printf("  %s: %s, từ (since) %s, báo gần nhất (last beat) %s, %s%n", worker.node(),
                    worker.alive() ? "sống (alive)" : "MẤT LIÊN LẠC (lost)", ExecutionLines.time(worker.startedAt()),
                    ExecutionLines.time(worker.heartbeatAt()), worker.stepExecutionId() == null
                            ? "rảnh (idle)" : "đang chạy (running) " + worker.stepName() + " #" + worker.stepExecutionId());
        }
    }

    private static String describe(ScheduleRun run, ScheduleDefinition schedule) {
        return run.occurrence() + " kích hoạt (fired) " + FIRED.format(run.firedAt().atZoneSameInstant(schedule.zone()))
                + ", " + run.outcome()
                + (run.jobExecutionId() == null ? "" : ", lần chạy (execution) #" + run.jobExecutionId())
                + ", lần thử (attempts) " + run.attempts() + (run.skips() == 0 ? "" : ", bỏ qua (skips) " + run.skips());
    }
}
