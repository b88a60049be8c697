package vn.dnnd.report;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the five-year review says that does not come from the data ({@code dnnd.report.review}, defaults in
 * {@code config/report.yml}): the centre's directions for the coming period, its last section.
 */
@ConfigurationProperties("dnnd.report.review")
public record ReviewSettings(List<ReportSettings.Text> directions) {

    public ReviewSettings {
        directions = directions == null ? List.of() : List.copyOf(directions);
    }
}
