package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.PortalUser;
import vn.dnnd.referencedata.PeriodOpening;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.referencedata.ReportingPeriods;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.system.DnndException;

/**
 * The reporting periods (ADMIN, by the URL rules): every period with its dates and whether it receives reports
 * today, and a form that opens a new year's period (the first step of a season), audited.
 */
@Controller
@ConditionalOnWebApplication
class PeriodPagesController {

    private final ReportingPeriods periods;
    private final PeriodOpening opening;
    private final AuditLog audit;
    private final Clock clock;

    PeriodPagesController(ReportingPeriods periods, PeriodOpening opening, AuditLog audit, Clock clock) {
        this.periods = periods;
        this.opening = opening;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/periods")
    String page(Model model) {
        int next = periods.ofKind("annual").stream().mapToInt(p -> Integer.parseInt(p.code())).max()
                .orElse(today().getYear() - 1) + 1;
        model.addAttribute("year", String.valueOf(next));
        model.addAttribute("due", PeriodOpening.usualDue(next).toString());
        model.addAttribute("lock", PeriodOpening.usualLock(next).toString());
        return show(model);
    }

    @PostMapping("/admin/periods")
    String open(@RequestParam String year, @RequestParam String due, @RequestParam String lock,
                @AuthenticationPrincipal PortalUser user, HttpServletRequest request, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("due", due);
        model.addAttribute("lock", lock);
        try {
            ReportingPeriod opened = opening.openAnnual(yearOf(year), FormDay.parse(due), FormDay.parse(lock));
            audit.record(user.actor(), request.getRemoteAddr(), AuditLog.PERIOD_OPEN, "period:" + opened.code(),
                    "due " + opened.dueOn() + ", locks " + opened.locksOn());
            model.addAttribute("opened", opened);
        } catch (DnndException refused) {
            model.addAttribute("refusedVi", refused.vietnamese());
            model.addAttribute("refusedEn", refused.english());
        }
        return show(model);
    }

    private String show(Model model) {
        model.addAttribute("periods", periods.all());
        model.addAttribute("today", today());
        return "referencedata/periods";
    }

    private LocalDate today() {
        return clock.instant().atZone(VietnamTime.ZONE).toLocalDate();
    }

    private static int yearOf(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new DnndException("Năm '" + Texts.excerpt(text, 20) + "' không phải số", "the year '"
                    + Texts.excerpt(text, 20) + "' is not a number", e);
        }
    }
}
