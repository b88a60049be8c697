package vn.dnnd.pipeline;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dnnd.submission.review.PeriodUnlocks;
import vn.dnnd.submission.review.ReviewDecision;
import vn.dnnd.submission.review.ReviewProperties;
import vn.dnnd.submission.review.ReviewService;
import vn.dnnd.submission.review.ReviewState;
import vn.dnnd.submission.review.ReviewVersion;
import vn.dnnd.submission.sample.SampleStep;

/**
 * The demo's reviewer: when review is required, each group's new versions are accepted as they would be by a
 * reviewer at the group's receipt time, through the same service and with the same records (decisions by
 * "demo"). A group received after its period's lock date (ingested with --allow-locked) first gets the recorded
 * exception an administrator would give: the organisation's period opened again for that day.
 */
@Component
class DemoReviewer {

    static final String ACTOR = "demo";

    private final ReviewService review;
    private final PeriodUnlocks unlocks;
    private final ReviewProperties properties;

    DemoReviewer(ReviewService review, PeriodUnlocks unlocks, ReviewProperties properties) {
        this.review = review;
        this.unlocks = unlocks;
        this.properties = properties;
    }

    /** Accepts every version awaiting review in the demo's years; returns how many. */
    int acceptAwaiting(SampleStep step) {
        if (!properties.required()) {
            return 0;
        }
        int accepted = 0;
        for (int year = DemoService.FIRST_YEAR; year <= DemoService.LAST_YEAR; year++) {
            String period = String.valueOf(year);
            List<ReviewVersion> awaiting = review.versions(period, ReviewState.AWAITING, List.of());
            boolean locked = unlocks.locked(period, step.asOf());
            for (ReviewVersion version : awaiting) {
                if (locked) {
                    unlocks.unlock(version.orgCode(), period, step.asOf().toLocalDate(),
                            "Trình diễn: báo cáo nhận muộn theo --allow-locked (demo: a late report taken with --allow-locked)",
                            ACTOR, step.asOf());
                }
                review.decide(version.submissionId(), ReviewDecision.ACCEPT, null, ACTOR, step.asOf());
                accepted++;
            }
        }
        return accepted;
    }
}
