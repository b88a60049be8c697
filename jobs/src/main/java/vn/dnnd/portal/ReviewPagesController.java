package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.PortalUser;
import vn.dnnd.submission.review.ReviewDecision;
import vn.dnnd.submission.review.ReviewDetails;
import vn.dnnd.submission.review.ReviewService;
import vn.dnnd.submission.review.ReviewState;
import vn.dnnd.submission.status.StatusBoardService;
import vn.dnnd.system.WrongUsageException;

/**
 * The review pages (REVIEWER, by the URL rules): a period's versions by state, a version beside the figures that
 * count now and last year's with its intake warnings, and decisions on one or many versions. Every decision goes
 * through {@link ReviewService} (as the {@code review} command's do) and is audited.
 */
@Controller
@ConditionalOnWebApplication
class ReviewPagesController {

    private final ReviewService review;
    private final ReviewDetails details;
    private final StatusBoardService boards;
    private final AuditLog audit;
    private final Clock clock;

    ReviewPagesController(ReviewService review, ReviewDetails details, StatusBoardService boards, AuditLog audit,
                          Clock clock) {
        this.review = review;
        this.details = details;
        this.boards = boards;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/review")
    String choose(@RequestParam(required = false) String period) {
        String code = period != null && !period.isBlank() ? boards.period(period.trim()).code()
                : boards.current().or(() -> boards.periods().stream().findFirst()).orElseThrow(() -> new WrongUsageException(
                        "Chưa có kỳ báo cáo nào", "no reporting period yet")).code();
        return "redirect:" + listPath(code, null);
    }

    @GetMapping("/review/{period}")
    String list(@PathVariable String period, @RequestParam(required = false) String state, Model model) {
        String code = boards.period(period).code();
        ReviewState wanted = state == null || state.isBlank() ? ReviewState.AWAITING
                : "all".equals(state) ? null : ReviewState.of(state).filter(s -> s != ReviewState.SUPERSEDED)
                .orElseThrow(() -> new WrongUsageException("Không có trạng thái " + state, "no state " + state));
        model.addAttribute("period", code);
        model.addAttribute("periods", boards.periods());
        model.addAttribute("state", wanted == null ? "all" : wanted.code());
        model.addAttribute("versions", review.versions(code, wanted, List.of()));
        return "review/list";
    }

    @GetMapping("/review/versions/{id}")
    String version(@PathVariable long id, Model model) {
        model.addAttribute("detail", details.of(id).orElseThrow(() -> new VersionNotFound(id)));
        return "review/version";
    }

    /** Many versions at once (the list's check boxes): each decided or refused on its own, all shown after. */
    @PostMapping("/review/{period}/decisions")
    String decideMany(@PathVariable String period, @RequestParam(name = "id", required = false) List<Long> ids,
                      @RequestParam String decision, @RequestParam(required = false) String reason,
                      @AuthenticationPrincipal PortalUser user, HttpServletRequest request, Model model) {
        if (ids == null || ids.isEmpty()) {
            throw new WrongUsageException("Chưa chọn phiên bản nào", "no version chosen");
        }
        List<ReviewService.Outcome> outcomes = decide(ids, decisionOf(decision), reason, user, request);
        model.addAttribute("period", boards.period(period).code());
        model.addAttribute("outcomes", outcomes);
        return "review/decided";
    }

    @PostMapping("/review/versions/{id}/decision")
    String decideOne(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String reason,
                     @AuthenticationPrincipal PortalUser user, HttpServletRequest request, Model model) {
        ReviewService.Outcome outcome = decide(List.of(id), decisionOf(decision), reason, user, request).get(0);
        model.addAttribute("detail", details.of(id).orElseThrow(() -> new VersionNotFound(id)));
        model.addAttribute("outcome", outcome);
        return "review/version";
    }

    private List<ReviewService.Outcome> decide(List<Long> ids, ReviewDecision decision, String reason, PortalUser user,
                                               HttpServletRequest request) {
        List<ReviewService.Outcome> outcomes = review.decideAll(ids, decision, reason, user.actor(),
                OffsetDateTime.now(clock));
        for (ReviewService.Outcome outcome : outcomes) {
            if (outcome.taken()) {
                ReviewService.Decided d = outcome.decided();
                audit.record(user.actor(), request.getRemoteAddr(), AuditLog.REVIEW_DECISION,
                        "submission:" + d.submissionId(), d.decision().code() + " " + d.fromStatus() + "->" + d.toStatus());
            }
        }
        return outcomes;
    }

    private static ReviewDecision decisionOf(String code) {
        return java.util.Arrays.stream(ReviewDecision.values()).filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new WrongUsageException("Không có quyết định " + code, "no decision " + code));
    }

    static String listPath(String period, String state) {
        return UriComponentsBuilder.fromPath("/review/{period}").queryParamIfPresent("state",
                java.util.Optional.ofNullable(state)).buildAndExpand(period).encode().toUriString();
    }

    /** A version id that names nothing: the page is not found. */
    static final class VersionNotFound extends vn.dnnd.system.DnndException {
        VersionNotFound(long id) {
            super("Không có phiên bản báo cáo số " + id, "no submission version " + id);
        }
    }

}
