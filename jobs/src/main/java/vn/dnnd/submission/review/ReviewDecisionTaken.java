package vn.dnnd.submission.review;

/**
 * A reviewer's decision, published by {@link ReviewService} inside the decision's transaction. Whoever must act
 * only on a decision that was kept (the mail telling an organisation its version was returned) listens after the
 * commit ({@code @TransactionalEventListener}), so the review never needs to know who listens.
 *
 * @param decisionId its {@code review_decision} row
 */
public record ReviewDecisionTaken(long decisionId, ReviewService.Decided decided) {
}
