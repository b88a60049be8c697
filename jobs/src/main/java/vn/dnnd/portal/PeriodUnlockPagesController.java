package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.PortalUser;
import vn.dnnd.submission.review.PeriodUnlocks;
import vn.dnnd.submission.status.StatusBoardService;
import vn.dnnd.system.DnndException;

/**
 * The exception to a period's lock (ADMIN, by the URL rules): the openings of a period so far, and a form that
 * opens one organisation's locked period again until a day, with the reason; the same service as
 * {@code review unlock}, audited.
 */
@Controller
@ConditionalOnWebApplication
class PeriodUnlockPagesController {

    private final PeriodUnlocks unlocks;
    private final StatusBoardService boards;
    private final AuditLog audit;
    private final Clock clock;

    PeriodUnlockPagesController(PeriodUnlocks unlocks, StatusBoardService boards, AuditLog audit, Clock clock) {
        this.unlocks = unlocks;
        this.boards = boards;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/unlocks")
    String page(@RequestParam(required = false) String period, Model model) {
        String code = period == null || period.isBlank() ? boards.periods().get(0).code() : boards.period(period).code();
        return show(code, model);
    }

    @PostMapping("/admin/unlocks")
    String unlock(@RequestParam String period, @RequestParam String org, @RequestParam String until,
                  @RequestParam String reason, @AuthenticationPrincipal PortalUser user, HttpServletRequest request,
                  Model model) {
        String code = boards.period(period).code();
        model.addAttribute("org", org);
        model.addAttribute("until", until);
        model.addAttribute("reason", reason);
        try {
            LocalDate day = FormDay.parse(until);
            PeriodUnlocks.Unlock opened = unlocks.unlock(org.strip().toUpperCase(java.util.Locale.ROOT), code, day,
                    reason, user.actor(), OffsetDateTime.now(clock));
            audit.record(user.actor(), request.getRemoteAddr(), AuditLog.PERIOD_UNLOCK,
                    "period:" + code + ":" + opened.orgCode(), "until " + day + ": " + opened.reason());
            model.addAttribute("opened", opened);
        } catch (DnndException refused) {
            model.addAttribute("refusedVi", refused.vietnamese());
            model.addAttribute("refusedEn", refused.english());
        }
        return show(code, model);
    }

    private String show(String period, Model model) {
        model.addAttribute("period", period);
        model.addAttribute("periods", boards.periods());
        model.addAttribute("unlocks", unlocks.list(period));
        return "review/unlocks";
    }
}
