package vn.dnnd.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dnnd.operations.ExecutionDetail;
import vn.dnnd.operations.JobMonitor;
import vn.dnnd.schedule.ScheduleRunLedger;

/**
 * The job monitor (ADMIN, by the URL rules): the recent executions as {@code jobs list} lists them, and one
 * execution as {@code jobs show} shows it. Each page has a fragment that htmx fetches every few seconds while
 * something runs, so counts and steps move without reloading the page. The actions are in
 * {@link JobActionsController}.
 */
@Controller
@ConditionalOnWebApplication
class JobMonitorController {

    private final JobMonitor monitor;
    private final ScheduleRunLedger ledger;

    JobMonitorController(JobMonitor monitor, ScheduleRunLedger ledger) {
        this.monitor = monitor;
        this.ledger = ledger;
    }

    @GetMapping("/admin/jobs")
    String list(@RequestParam(required = false) String job, @RequestParam(required = false) Integer limit,
                Locale locale, Model model) {
        addExecutions(job, limit, locale, model);
        model.addAttribute("jobNames", monitor.jobNames());
        return "jobs/list";
    }

    /** The list's table alone, for htmx. */
    @GetMapping("/admin/jobs/table")
    String table(@RequestParam(required = false) String job, @RequestParam(required = false) Integer limit,
                 Locale locale, Model model) {
        addExecutions(job, limit, locale, model);
        return "jobs/list :: executions";
    }

    /** After an action, the page says what was done: {@code ?restarted=5}, {@code ?recovered=5}, {@code ?stopRequested}. */
    @GetMapping("/admin/jobs/{id}")
    String execution(@PathVariable long id, @RequestParam(required = false) Long restarted,
                     @RequestParam(required = false) Long recovered,
                     @RequestParam(required = false) Boolean stopRequested, Locale locale, Model model) {
        addExecution(id, locale, model);
        model.addAttribute("restarted", restarted);
        model.addAttribute("recovered", recovered);
        model.addAttribute("stopRequested", Boolean.TRUE.equals(stopRequested));
        model.addAttribute("schedule", ledger.forExecution(id).orElse(null));
        return "jobs/execution";
    }

    /** The execution's status, steps, failures and actions alone, for htmx. */
    @GetMapping("/admin/jobs/{id}/progress")
    String progress(@PathVariable long id, Locale locale, Model model) {
        addExecution(id, locale, model);
        return "jobs/execution :: progress";
    }

    private void addExecutions(String job, Integer limit, Locale locale, Model model) {
        String jobName = job == null || job.isBlank() ? null : job.trim();
        int count = limit == null ? JobMonitor.DEFAULT_LIMIT : Math.max(1, Math.min(JobMonitor.MAX_LIMIT, limit));
        List<JobMonitor.Row> rows = monitor.recent(jobName, count);
        model.addAttribute("rows", rows);
        model.addAttribute("job", jobName);
        model.addAttribute("limit", count);
        model.addAttribute("anyRunning", rows.stream().anyMatch(JobMonitor.Row::running));
        model.addAttribute("tableUrl", UriComponentsBuilder.fromPath("/admin/jobs/table")
                .queryParamIfPresent("job", Optional.ofNullable(jobName)).queryParam("limit", count)
                .encode().build().toUriString());
        model.addAttribute("texts", new JobTexts(locale));
    }

    private void addExecution(long id, Locale locale, Model model) {
        ExecutionDetail detail = monitor.detail(id);
        model.addAttribute("detail", detail);
        model.addAttribute("texts", new JobTexts(locale));
    }
}
