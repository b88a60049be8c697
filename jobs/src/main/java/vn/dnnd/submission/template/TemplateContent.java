package vn.dnnd.submission.template;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.submission.reference.IndicatorDefinition;
import vn.dnnd.submission.reference.Reporter;

/** Everything one template shows: who, which period, which indicators, and the catalogue checksum. */
public record TemplateContent(Reporter reporter, ReportingPeriod period, List<IndicatorDefinition> indicators,
                              Map<Integer, String> taskNames, String catalogueChecksum, LocalDateTime generatedAt,
                              int narrativeMaxChars) {

    /** The same template as if generated at another time. */
    public TemplateContent generatedAt(LocalDateTime time) {
        return new TemplateContent(reporter, period, indicators, taskNames, catalogueChecksum, time, narrativeMaxChars);
    }
}
