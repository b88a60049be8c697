package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.PortalUser;
import vn.dnnd.schedule.RunNow;
import vn.dnnd.schedule.RunNowPlanner;
import vn.dnnd.schedule.RunNowRefused;
import vn.dnnd.schedule.ScheduleCatalog;
import vn.dnnd.schedule.ScheduleOverview;
import vn.dnnd.schedule.ScheduleRun;
import vn.dnnd.schedule.ScheduleRunLedger;
import vn.dnnd.schedule.UnknownSchedule;

/**
 * The schedules pages (ADMIN, by the URL rules): every schedule with its next fires and latest run, the runs that
 * need someone, the {@code serve} instances alive; and "run now": a confirmation page with the exact parameters,
 * a POST that starts the job in the background (audited), and a page saying it was started. The confirmation
 * page carries the moment it resolved the parameters for, so the POST launches exactly what it showed; a moment
 * older than {@link #CONFIRMATION_VALID} (or not one at all) shows the page again for now.
 */
@Controller
@ConditionalOnWebApplication
class SchedulePagesController {

    static final Duration CONFIRMATION_VALID = Duration.ofMinutes(10);
    private static final int NEXT_FIRES = 3;

    private final ScheduleOverview overview;
    private final RunNowPlanner planner;
    private final RunNow runNow;
    private final ScheduleCatalog catalog;
    private final ScheduleRunLedger ledger;
    private final AuditLog audit;
    private final Clock clock;

    SchedulePagesController(ScheduleOverview overview, RunNowPlanner planner, RunNow runNow, ScheduleCatalog catalog,
                            ScheduleRunLedger ledger, AuditLog audit, Clock clock) {
        this.overview = overview;
        this.planner = planner;
        this.runNow = runNow;
        this.catalog = catalog;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/schedules")
    String schedules(Model model, Locale locale) {
        model.addAttribute("board", overview.board(ZonedDateTime.now(clock), NEXT_FIRES));
        model.addAttribute("texts", new SchedulePageTexts(locale));
        return "schedule/list";
    }

    @GetMapping("/admin/schedules/{name}/run")
    String confirm(@PathVariable String name, Model model, Locale locale) {
        return confirmation(planner.plan(name, now()), null, model, locale);
    }

    @PostMapping("/admin/schedules/{name}/run")
    String run(@PathVariable String name, @RequestParam(required = false) String at,
               @AuthenticationPrincipal PortalUser user, HttpServletRequest request, HttpServletResponse response,
               Model model, Locale locale) {
        ZonedDateTime confirmed = confirmedMoment(at);
        if (confirmed == null) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return confirmation(planner.plan(name, now()), "schedule.confirm.stale", model, locale);
        }
        RunNow.Started started;
        try {
            started = runNow.start(name, confirmed);
        } catch (RunNowRefused refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            RunNowPlanner.Plan plan = planner.plan(name, confirmed);
            model.addAttribute("refusal", refused);
            return confirmation(plan, null, model, locale);
        }
        String parameters = started.launch().parameters().stream().map(p -> p.name() + "=" + p.value())
                .collect(Collectors.joining(", "));
        audit.record(user.actor(), request.getRemoteAddr(), AuditLog.SCHEDULE_RUN_NOW, "schedule:" + name,
                started.schedule().jobName() + (started.executionId() == null ? " (chưa bắt đầu/not begun yet)"
                        : " #" + started.executionId()) + ": " + parameters);
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/admin/schedules/{name}/started"
                + (started.executionId() == null ? "" : "/{id}"));
        return "redirect:" + (started.executionId() == null ? target.buildAndExpand(name)
                : target.buildAndExpand(name, started.executionId())).encode().toUriString();
    }

    /** The execution must be one the schedule's ledger recorded: no other execution is shown here. */
    @GetMapping("/admin/schedules/{name}/started/{executionId}")
    Object started(@PathVariable String name, @PathVariable long executionId, Model model, Locale locale,
                   HttpServletRequest request) {
        ScheduleRun run = ledger.forExecution(executionId).filter(found -> found.scheduleName().equals(name)).orElse(null);
        if (run == null) {
            return PortalErrors.answer(request, HttpStatus.NOT_FOUND, "Lịch này không có lần chạy #" + executionId,
                    "this schedule has no execution " + executionId);
        }
        return startedPage(name, run, model, locale);
    }

    /** The job had not begun when the request stopped waiting for it. */
    @GetMapping("/admin/schedules/{name}/started")
    String startedNotBegun(@PathVariable String name, Model model, Locale locale) {
        return startedPage(name, null, model, locale);
    }

    @ExceptionHandler(UnknownSchedule.class)
    Object unknown(UnknownSchedule e, HttpServletRequest request) {
        return PortalErrors.answer(request, HttpStatus.NOT_FOUND, e.vietnamese(), e.english());
    }

    private String startedPage(String name, ScheduleRun run, Model model, Locale locale) {
        model.addAttribute("schedule", catalog.find(name).orElseThrow(() -> new UnknownSchedule(name)));
        model.addAttribute("run", run);
        model.addAttribute("texts", new SchedulePageTexts(locale));
        return "schedule/started";
    }

    private String confirmation(RunNowPlanner.Plan plan, String notice, Model model, Locale locale) {
        model.addAttribute("plan", plan);
        model.addAttribute("notice", notice);
        model.addAttribute("moment", plan.at().toEpochSecond());
        model.addAttribute("texts", new SchedulePageTexts(locale));
        return "schedule/confirm";
    }

    /** The moment the confirmation page was made for, if it is one and recent; null otherwise. */
    private ZonedDateTime confirmedMoment(String at) {
        long seconds;
        try {
            seconds = Long.parseLong(at == null ? "" : at.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        ZonedDateTime now = now();
        if (Math.abs(seconds - now.toEpochSecond()) > CONFIRMATION_VALID.toSeconds() + 5) {
            return null;
        }
        ZonedDateTime moment = Instant.ofEpochSecond(seconds).atZone(now.getZone());
        boolean recent = !moment.isAfter(now.plusSeconds(5)) && !moment.isBefore(now.minus(CONFIRMATION_VALID));
        return recent ? moment : null;
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
