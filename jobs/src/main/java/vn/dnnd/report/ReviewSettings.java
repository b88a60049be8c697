package vn.dnnd.report;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the five-year review says that does not come from the data ({@code dnnd.report.review}, defaults in
 * {@code config/report.yml}): the centre's directions for the coming period, its last section, and how many
 * passages it quotes per task, part and year (five years of the annual summary's three would fill pages).
 */
@ConfigurationProperties("dnnd.report.review")
public record ReviewSettings(List<ReportSettings.Text> directions, @DefaultValue("2") int passagesPerYear) {

    public ReviewSettings {
        directions = directions == null ? List.of() : List.copyOf(directions);
        if (passagesPerYear < 0) {
            throw new IllegalArgumentException("dnnd.report.review.passages-per-year must be 0 or more");
        }
    }
}
