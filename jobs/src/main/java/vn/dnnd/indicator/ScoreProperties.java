package vn.dnnd.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How task scores are computed ({@code dnnd.scores}, defaults in {@code config/scores.yml}; see
 * docs/indicators.md): which indicators count toward their task's score and with what weight, the
 * percentile of the peers' values that scores 100 on a count, and the share of the weight that must be
 * answered for a score to be given.
 */
@ConfigurationProperties("dnnd.scores")
public record ScoreProperties(
        @DefaultValue("0.9") BigDecimal capPercentile,
        @DefaultValue("0.5") BigDecimal minCoverage,
        List<Weight> weights) {

    public ScoreProperties {
        weights = weights == null ? List.of() : List.copyOf(weights);
    }

    /** One indicator's weight in the score of its task (the task is the indicator's own). */
    public record Weight(String indicator, BigDecimal weight) {
    }
}
