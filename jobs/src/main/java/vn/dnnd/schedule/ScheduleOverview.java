package vn.dnnd.schedule;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import vn.dnnd.cluster.ClusterWorkers;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dnnd.referencedata.ReportingPeriods;

/**
 * Where every schedule stands, for {@code schedules list} and the portal's schedules page alike: its next fire
 * times, its latest run, the runs that need someone, and the {@code serve} instances alive in the cluster.
 */
@Service
public class ScheduleOverview {

    /** How many runs not completed the page lists (the newest). */
    static final int UNFINISHED_SHOWN = 50;

    /** One schedule: its definition, whether its job is missing, its coming fires and its latest run. */
    public record Row(ScheduleDefinition schedule, boolean jobMissing, List<UpcomingFires.Fire> next,
                      Optional<ScheduleRun> latest) {
    }

    /**
     * Everything the schedules page shows. {@code needingAttention}: runs the scheduler gave up on;
     * {@code unfinished}: failed, interrupted, skipped or stopped runs it has not; {@code thisInstance}: the
     * Quartz instance name of this process, among {@code members} only when this process schedules.
     */
    public record Board(List<Row> schedules, List<ScheduleRun> needingAttention, List<ScheduleRun> unfinished,
                        List<ClusterMembers.Member> members, String thisInstance, List<ClusterWorkers.Worker> workers) {

        public boolean thisInstanceSchedules() {
            return members.stream().anyMatch(member -> member.name().equals(thisInstance));
        }
    }

    private final ScheduleCatalog catalog;
    private final UpcomingFires upcoming;
    private final ReportingPeriods periods;
    private final ScheduleRunLedger ledger;
    private final ClusterMembers cluster;
    private final ClusterWorkers workers;

    public ScheduleOverview(ScheduleCatalog catalog, UpcomingFires upcoming, ReportingPeriods periods,
                            ScheduleRunLedger ledger, ClusterMembers cluster, ClusterWorkers workers) {
        this.workers = workers;
        this.catalog = catalog;
        this.upcoming = upcoming;
        this.periods = periods;
        this.ledger = ledger;
        this.cluster = cluster;
    }

    /** Every schedule, enabled or not, in name order, with its next {@code count} fire times after {@code now}. */
    public List<Row> schedules(ZonedDateTime now, int count) {
        Collection<String> jobs = catalog.jobNames();
        return catalog.all().stream().map(schedule -> new Row(schedule,
                schedule.enabled() && !jobs.contains(schedule.jobName()),
                upcoming.next(schedule, now, periods.ofKind(schedule.periodKind()), count),
                ledger.latest(schedule.name()))).toList();
    }

    public Board board(ZonedDateTime now, int count) {
        return new Board(schedules(now, count), ledger.needingAttention(), ledger.unfinished(UNFINISHED_SHOWN),
                cluster.alive(), cluster.me(), workers.list());
    }
}
