package vn.dnnd.referencedata;

import java.util.List;

/** The reference CSV files referenceDataJob loads, in load order, with their exact header. */
enum ReferenceFile {
    TASKS("tasks.csv", List.of("task_no", "code", "short_name_vi", "name_en", "directive_text_vi")),
    REGIONS("regions.csv", List.of("region_id", "scheme", "code", "name_vi", "name_en", "valid_from",
            "valid_to", "adopted_on", "legal_basis", "sort_order")),
    ORGANISATIONS("organisations.csv", List.of("code", "valid_from", "valid_to", "kind", "subtype", "name_vi",
            "official_name_vi", "name_en", "abbr", "gso_code", "region_id", "successor_code", "reports", "note")),
    INDICATORS("indicators.csv", List.of("code", "task_no", "name_vi", "name_en", "definition_vi",
            "definition_en", "unit_vi", "unit_en", "value_type", "aggregation", "numerator", "denominator",
            "reporter_kinds", "required", "at_most", "higher_is_better", "sort_order", "valid_from",
            "valid_to", "note")),
    PERIODS("periods.csv", List.of("code", "kind", "starts_on", "ends_on", "due_on", "locks_on", "name_vi",
            "name_en"));

    private final String fileName;
    private final List<String> columns;

    ReferenceFile(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    String fileName() {
        return fileName;
    }

    List<String> columns() {
        return columns;
    }
}
