package vn.dnnd.submission.review;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.system.DnndException;

/**
 * Reviewers' decisions on versions (the portal's review pages and the {@code review} command call the same
 * methods). Which version counts is always the latest accepted one: accepting an awaiting version supersedes the
 * one that counted; returning it leaves that one counting; reopening an accepted version makes the one it
 * replaced count again. Each decision is one transaction under the organisation and period's lock, so of two
 * reviewers deciding the same version at once the second is told who decided first; every decision is a
 * {@code review_decision} row. After the period's lock date nothing is decided unless an administrator opened
 * the organisation's period again ({@link PeriodUnlocks}). Each decision taken is published as a
 * {@link ReviewDecisionTaken} for whoever acts on it once it is committed (the mail telling an organisation its
 * version was returned), without the review knowing who listens.
 */
@Service
public class ReviewService {

    /** A decision taken: the version, and the state it left and took. */
    public record Decided(long submissionId, String orgCode, String periodCode, int version, ReviewDecision decision,
                          String fromStatus, String toStatus) {
    }

    /** One version of a decision on many: taken, or refused with the reason (the others go on). */
    public record Outcome(long submissionId, Decided decided, String refusedVi, String refusedEn) {

        public boolean taken() {
            return decided != null;
        }
    }

    static final int MAX_REASON = 2000;

    private final ReviewStore store;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    public ReviewService(ReviewStore store, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.events = events;
    }

    public List<ReviewVersion> versions(String period, ReviewState state, List<String> orgCodes) {
        return store.versions(period, state == null ? null : state.code(), orgCodes);
    }

    /** Decides each version in its own transaction: one refused does not stop the others. */
    public List<Outcome> decideAll(List<Long> submissionIds, ReviewDecision decision, String reason, String actor,
                                   OffsetDateTime at) {
        List<Outcome> outcomes = new ArrayList<>();
        for (long id : submissionIds) {
            try {
                outcomes.add(new Outcome(id, decide(id, decision, reason, actor, at), null, null));
            } catch (DnndException refused) {
                outcomes.add(new Outcome(id, null, refused.vietnamese(), refused.english()));
            }
        }
        return outcomes;
    }

    public Decided decide(long submissionId, ReviewDecision decision, String reason, String actor, OffsetDateTime at) {
        String why = reason(decision, reason);
        return transactions.execute(status -> {
            ReviewStore.Target found = store.target(submissionId, false).orElseThrow(() -> new DnndException(
                    "Không có phiên bản báo cáo số " + submissionId, "no submission version " + submissionId));
            store.lockOrganisationPeriod(found.orgId(), found.periodCode());
            ReviewStore.Target target = store.target(submissionId, true).orElseThrow();
            requireOpen(target, at);
            String to = switch (decision) {
                case ACCEPT -> accept(target, at);
                case RETURN -> returnForCorrection(target);
                case REOPEN -> reopen(target);
            };
            long decisionId = store.recordDecision(submissionId, decision, target.status(), to, why, actor, at);
            Decided decided = new Decided(submissionId, target.orgCode(), target.periodCode(), target.version(), decision,
                    target.status(), to);
            // Inside the transaction: listeners that act after the commit never see a decision rolled back.
            events.publishEvent(new ReviewDecisionTaken(decisionId, decided));
            return decided;
        });
    }

    private String accept(ReviewStore.Target target, OffsetDateTime at) {
        requireStatus(target, ReviewState.AWAITING);
        Long current = store.versionIn(target.orgId(), target.periodCode(), ReviewState.ACCEPTED.code()).orElse(null);
        if (current != null) {
            store.setStatus(current, ReviewState.SUPERSEDED, at);
        }
        store.setSupersedes(target.submissionId(), current);
        store.setStatus(target.submissionId(), ReviewState.ACCEPTED, null);
        return ReviewState.ACCEPTED.code();
    }

    private String returnForCorrection(ReviewStore.Target target) {
        requireStatus(target, ReviewState.AWAITING);
        store.setStatus(target.submissionId(), ReviewState.RETURNED, null);
        return ReviewState.RETURNED.code();
    }

    private String reopen(ReviewStore.Target target) {
        if (!ReviewState.ACCEPTED.code().equals(target.status()) && !ReviewState.RETURNED.code().equals(target.status())) {
            throw refusal(target, "chỉ mở lại được phiên bản đã duyệt hoặc đã trả lại",
                    "only an accepted or returned version can be reopened");
        }
        store.versionIn(target.orgId(), target.periodCode(), ReviewState.AWAITING.code()).ifPresent(other -> {
            throw refusal(target, "đơn vị đã gửi phiên bản mới hơn đang chờ duyệt: hãy duyệt phiên bản đó",
                    "a newer version of this report awaits review: decide that one");
        });
        // First out of "accepted", then the one it replaced back in: at most one accepted version at any moment.
        store.setStatus(target.submissionId(), ReviewState.AWAITING, null);
        if (ReviewState.ACCEPTED.code().equals(target.status()) && target.supersedesId() != null) {
            store.target(target.supersedesId(), true)
                    .filter(before -> ReviewState.SUPERSEDED.code().equals(before.status()))
                    .ifPresent(before -> store.setStatus(before.submissionId(), ReviewState.ACCEPTED, null));
        }
        return ReviewState.AWAITING.code();
    }

    private void requireStatus(ReviewStore.Target target, ReviewState expected) {
        if (!expected.code().equals(target.status())) {
            ReviewState now = ReviewState.of(target.status()).orElse(ReviewState.SUPERSEDED);
            String by = store.lastDecider(target.submissionId()).map(d -> " (" + d + ")").orElse("");
            throw refusal(target, "phiên bản không còn chờ duyệt: đã " + now.vietnamese() + by,
                    "the version no longer awaits review: it is " + now.english() + by);
        }
    }

    private void requireOpen(ReviewStore.Target target, OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        LocalDate locksOn = store.locksOn(target.periodCode()).orElseThrow();
        if (day.isAfter(locksOn)
                && store.openUntil(target.orgId(), target.periodCode()).filter(until -> !day.isAfter(until)).isEmpty()) {
            throw refusal(target, "kỳ " + target.periodCode() + " đã khóa sổ ngày " + VietnameseFormat.date(locksOn)
                    + "; quản trị viên phải mở lại kỳ cho đơn vị trước", "period " + target.periodCode()
                    + " locked on " + locksOn + "; an administrator must open it again for the organisation first");
        }
    }

    private static DnndException refusal(ReviewStore.Target target, String vi, String en) {
        String which = target.orgCode() + " " + target.periodCode() + " v" + target.version();
        return new DnndException(which + ": " + vi, which + ": " + en);
    }

    /** Returning and reopening say why; any reason is kept as NFC text, trimmed. */
    static String reason(ReviewDecision decision, String reason) {
        String text = reason == null ? "" : Normalizer.normalize(reason.strip(), Normalizer.Form.NFC);
        if (text.isEmpty() && decision != ReviewDecision.ACCEPT) {
            throw new DnndException("Cần ghi lý do khi " + decision.vietnamese(), "a reason is required to "
                    + decision.code());
        }
        if (text.length() > MAX_REASON) {
            throw new DnndException("Lý do dài quá " + MAX_REASON + " ký tự", "the reason is longer than " + MAX_REASON
                    + " characters");
        }
        return text.isEmpty() ? null : text;
    }
}
