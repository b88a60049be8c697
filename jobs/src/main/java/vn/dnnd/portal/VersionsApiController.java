package vn.dnnd.portal;

import io.swagger.v3.oas.annotations.Operation;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dnnd.access.PortalUser;
import vn.dnnd.submission.review.ReviewService;
import vn.dnnd.submission.review.ReviewVersion;
import vn.dnnd.submission.status.StatusBoardService;

/**
 * {@code GET /api/v1/periods/{period}/versions}: a submitter's (or a token's) own versions of the period with
 * their review state, so that a program learns what became of what it sent: counted, awaiting review, or
 * returned with the reviewer's reason. Only the caller's organisations.
 */
@RestController
@ConditionalOnWebApplication
class VersionsApiController {

    /** One version: {@code state} accepted (counted) | awaiting | returned; the latest decision's reason and author. */
    record VersionResult(String organisation, String period, int version, String state, OffsetDateTime receivedAt,
                         String fileName, String reason, String decidedBy, OffsetDateTime decidedAt) {

        static VersionResult of(ReviewVersion v) {
            return new VersionResult(v.orgCode(), v.periodCode(), v.version(), v.status(), v.receivedAt(), v.fileName(),
                    v.lastReason(), v.decidedBy(), v.decidedAt());
        }
    }

    private final ReviewService review;
    private final StatusBoardService boards;

    VersionsApiController(ReviewService review, StatusBoardService boards) {
        this.review = review;
        this.boards = boards;
    }

    @Operation(summary = "Các phiên bản báo cáo của đơn vị mình trong kỳ và trạng thái duyệt (one's own versions of "
            + "the period with their review state and the reviewer's reason)")
    @GetMapping("/api/v1/periods/{period}/versions")
    List<VersionResult> versions(@PathVariable String period, @AuthenticationPrincipal PortalUser user) {
        String code = boards.period(period).code();
        return review.versions(code, null, List.copyOf(user.organisations())).stream().map(VersionResult::of).toList();
    }
}
