package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.PortalUser;
import vn.dnnd.operations.BackgroundRestarts;
import vn.dnnd.operations.BatchControl;
import vn.dnnd.operations.ExecutionDetail;
import vn.dnnd.operations.JobMonitor;

/**
 * Restart, stop and recover an execution, as {@code jobs restart}, {@code jobs stop} and {@code jobs restart
 * --recover} do. Each is a confirmation page saying what will happen (refused there already when the action
 * does not apply, with the same words as the action itself), then a POST of its form (CSRF), audited with
 * who did it. A restart runs in the background; the operator is sent to the new execution's page.
 */
@Controller
@ConditionalOnWebApplication
class JobActionsController {

    static final String RESTART = "restart";
    static final String STOP = "stop";
    static final String RECOVER = "recover";

    private final JobMonitor monitor;
    private final BatchControl control;
    private final BackgroundRestarts restarts;
    private final AuditLog audit;

    JobActionsController(JobMonitor monitor, BatchControl control, BackgroundRestarts restarts, AuditLog audit) {
        this.monitor = monitor;
        this.control = control;
        this.restarts = restarts;
        this.audit = audit;
    }

    @GetMapping("/admin/jobs/{id}/restart")
    String confirmRestart(@PathVariable long id, Locale locale, Model model) {
        return confirm(restarts.requireRestartable(id), RESTART, locale, model);
    }

    @PostMapping("/admin/jobs/{id}/restart")
    String restart(@PathVariable long id, @AuthenticationPrincipal PortalUser user, HttpServletRequest request) {
        String jobName = monitor.detail(id).jobName();
        long restarted = restarts.restart(id);
        audit.record(user.actor(), request.getRemoteAddr(), AuditLog.JOB_RESTART, target(id),
                jobName + " #" + id + " → #" + restarted);
        return "redirect:/admin/jobs/" + restarted + "?restarted=" + id;
    }

    @GetMapping("/admin/jobs/{id}/stop")
    String confirmStop(@PathVariable long id, Locale locale, Model model) {
        control.requireRunning(id);
        return confirm(monitor.detail(id), STOP, locale, model);
    }

    @PostMapping("/admin/jobs/{id}/stop")
    String stop(@PathVariable long id, @AuthenticationPrincipal PortalUser user, HttpServletRequest request) {
        String jobName = monitor.detail(id).jobName();
        control.stop(id);
        audit.record(user.actor(), request.getRemoteAddr(), AuditLog.JOB_STOP, target(id), jobName + " #" + id);
        return "redirect:/admin/jobs/" + id + "?stopRequested=true";
    }

    @GetMapping("/admin/jobs/{id}/recover")
    String confirmRecover(@PathVariable long id, Locale locale, Model model) {
        control.requireRecoverable(id);
        return confirm(monitor.detail(id), RECOVER, locale, model);
    }

    @PostMapping("/admin/jobs/{id}/recover")
    String recover(@PathVariable long id, @AuthenticationPrincipal PortalUser user, HttpServletRequest request) {
        String jobName = monitor.detail(id).jobName();
        long restarted = restarts.recoverAndRestart(id);
        audit.record(user.actor(), request.getRemoteAddr(), AuditLog.JOB_RECOVER, target(id),
                jobName + " #" + id + " marked FAILED (process died) → #" + restarted);
        return "redirect:/admin/jobs/" + restarted + "?recovered=" + id;
    }

    private static String confirm(ExecutionDetail detail, String action, Locale locale, Model model) {
        model.addAttribute("detail", detail);
        model.addAttribute("action", action);
        model.addAttribute("texts", new JobTexts(locale));
        return "jobs/confirm";
    }

    private static String target(long id) {
        return "job_execution:" + id;
    }
}
