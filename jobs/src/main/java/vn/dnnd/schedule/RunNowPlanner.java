package vn.dnnd.schedule;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.referencedata.ReportingPeriods;
import vn.dnnd.system.DeadExecutions;

/**
 * What an administrator's "run now" of a schedule would launch at a moment, and whether it may. The parameters
 * are the schedule's own, filled in as a fire at that moment would fill them ({@link FirePlanner}); a schedule
 * tied to reporting periods whose fire now would launch nothing (its date has not come, or it is outside its
 * window) takes the period of its next fire, else that of its last. One job instance is launched: when a fire
 * would cover several periods at once, the latest. Refused when the schedule is off, its job is missing, a run of
 * it is going (the scheduler never runs one schedule twice at once), or that job instance has already completed.
 */
@Component
public class RunNowPlanner {

    /** How the period was chosen; FIRE_NOW also for a schedule without periods. */
    public enum Basis { FIRE_NOW, NEXT_FIRE, LAST_FIRE }

    /** One job parameter as it will be passed: value as text, its type's simple name, whether it identifies. */
    public record Parameter(String name, String value, String type, boolean identifying) {
    }

    /**
     * The job instance to launch; {@code previous} is its latest execution if it ran before (a failed or stopped
     * one is restarted); {@code takesNextFire}: the schedule's next fire would ask for this same instance, and will
     * find it done.
     */
    public record Launch(LaunchRequest request, List<Parameter> parameters, JobExecution previous, boolean takesNextFire) {
    }

    /** The plan at {@code at}: {@code launch} is null when there is nothing to launch, {@code refusal} when it may not. */
    public record Plan(ScheduleDefinition schedule, ZonedDateTime at, Basis basis, Launch launch, RunNowRefused refusal) {

        public boolean allowed() {
            return refusal == null;
        }
    }

    private final ScheduleCatalog catalog;
    private final FirePlanner planner;
    private final UpcomingFires upcoming;
    private final ReportingPeriods periods;
    private final ScheduleRunLedger ledger;
    private final JobRepository jobRepository;
    private final DeadExecutions deadExecutions;

    public RunNowPlanner(ScheduleCatalog catalog, FirePlanner planner, UpcomingFires upcoming, ReportingPeriods periods,
                         ScheduleRunLedger ledger, JobRepository jobRepository, DeadExecutions deadExecutions) {
        this.catalog = catalog;
        this.planner = planner;
        this.upcoming = upcoming;
        this.periods = periods;
        this.ledger = ledger;
        this.jobRepository = jobRepository;
        this.deadExecutions = deadExecutions;
    }

    /** The plan for {@code moment}, taken in the schedule's zone as a fire's time is ({fireTime} is local time). */
    public Plan plan(String scheduleName, ZonedDateTime moment) {
        ScheduleDefinition definition = catalog.find(scheduleName).orElseThrow(() -> new UnknownSchedule(scheduleName));
        ZonedDateTime at = moment.withZoneSameInstant(definition.zone());
        String name = definition.name();
        if (!definition.enabled()) {
            return refused(definition, at, "Lịch " + name + " đang tắt trong cấu hình (enabled: false)",
                    "schedule " + name + " is switched off in the configuration (enabled: false)", null);
        }
        if (!catalog.jobNames().contains(definition.jobName())) {
            return refused(definition, at, "Không có job " + definition.jobName() + " trong ứng dụng",
                    "no job named " + definition.jobName(), null);
        }
        List<ReportingPeriod> candidates = definition.timing().perPeriod() ? periods.ofKind(definition.periodKind()) : List.of();
        Basis basis = Basis.FIRE_NOW;
        Optional<LaunchRequest> request = planner.plan(definition, at, candidates).stream().reduce((first, last) -> last);
        if (request.isEmpty() && definition.timing().perPeriod()) {
            Optional<String> next = upcoming.next(definition, at, candidates, 1).stream().findFirst()
                    .map(UpcomingFires.Fire::periodCode);
            basis = next.isPresent() ? Basis.NEXT_FIRE : Basis.LAST_FIRE;
            request = next.or(() -> lastBefore(definition, at, candidates).map(ReportingPeriod::code))
                    .map(period -> LaunchRequest.of(period, ParameterTemplate.fill(definition.parameters(), at, period)));
        }
        if (request.isEmpty()) {
            return refused(definition, at, "Không có kỳ báo cáo loại " + definition.periodKind() + " để chạy lịch " + name,
                    "no reporting period of kind " + definition.periodKind() + " to run schedule " + name + " for", null);
        }
        // A run left marked running by a process that died must not pass for one going (every launch settles them too).
        deadExecutions.settle(definition.jobName());
        Launch launch = launch(definition, at, candidates, request.get());
        return new Plan(definition, at, basis, launch, refusal(definition, launch));
    }

    private Launch launch(ScheduleDefinition definition, ZonedDateTime at, List<ReportingPeriod> candidates,
                          LaunchRequest request) {
        List<Parameter> parameters = request.parameters().parameters().stream()
                .sorted(Comparator.comparing(JobParameter::name))
                .map(p -> new Parameter(p.name(), String.valueOf(p.value()), p.type().getSimpleName(), p.identifying()))
                .toList();
        JobExecution previous = jobRepository.getLastJobExecution(definition.jobName(), request.parameters());
        boolean takesNextFire = upcoming.next(definition, at, candidates, 1).stream().findFirst()
                .map(fire -> ParameterTemplate.occurrence(ParameterTemplate.fill(definition.parameters(), fire.at(),
                        fire.periodCode())))
                .filter(request.occurrence()::equals).isPresent();
        return new Launch(request, parameters, previous, takesNextFire);
    }

    private RunNowRefused refusal(ScheduleDefinition definition, Launch launch) {
        String name = definition.name();
        String job = definition.jobName();
        Optional<ScheduleRun> going = ledger.going(name).stream().findFirst();
        if (going.isPresent()) {
            long id = going.get().jobExecutionId();
            return new RunNowRefused("Lịch " + name + " đang chạy: " + job + " lần chạy #" + id + " ("
                    + going.get().occurrence() + ") chưa kết thúc. Bộ lập lịch không chạy một lịch hai lần cùng lúc; "
                    + "hãy chờ lần chạy đó kết thúc rồi thử lại",
                    "schedule " + name + " is running: " + job + " execution " + id + " has not ended; the scheduler "
                            + "never runs one schedule twice at once, so wait for it to end and try again", id);
        }
        JobExecution previous = launch.previous();
        if (previous != null && previous.getStatus().isRunning()) {
            return new RunNowRefused(job + " với đúng các tham số này đang chạy (lần chạy #" + previous.getId()
                    + "); hãy chờ lần chạy đó kết thúc rồi thử lại", job + " with these very parameters is running "
                    + "(execution " + previous.getId() + "); wait for it to end and try again", previous.getId());
        }
        if (previous != null && previous.getStatus() == BatchStatus.COMPLETED) {
            return new RunNowRefused(job + " với đúng các tham số này đã hoàn thành ở lần chạy #" + previous.getId()
                    + "; một lần chạy đã hoàn thành không chạy lại được", job + " with these very parameters already "
                    + "completed in execution " + previous.getId() + "; a completed run cannot run again", previous.getId());
        }
        return null;
    }

    /** The period whose date (an {@code at:} schedule) or window (a {@code during:} one) came last before {@code at}. */
    private static Optional<ReportingPeriod> lastBefore(ScheduleDefinition definition, ZonedDateTime at,
                                                        List<ReportingPeriod> candidates) {
        if (definition.timing() instanceof ScheduleTiming.Dated dated) {
            return candidates.stream().filter(p -> !FirePlanner.target(dated, p).isAfter(at.toLocalDateTime()))
                    .max(Comparator.comparing(p -> FirePlanner.target(dated, p)));
        }
        ScheduleTiming.PeriodWindow window = ((ScheduleTiming.Cron) definition.timing()).during();
        return candidates.stream().filter(p -> !window.from().on(p).isAfter(at.toLocalDate()))
                .max(Comparator.comparing(p -> window.from().on(p)));
    }

    private static Plan refused(ScheduleDefinition definition, ZonedDateTime at, String vietnamese, String english,
                                Long executionId) {
        return new Plan(definition, at, Basis.FIRE_NOW, null, new RunNowRefused(vietnamese, english, executionId));
    }
}
