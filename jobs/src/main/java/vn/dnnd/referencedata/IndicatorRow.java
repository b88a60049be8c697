package vn.dnnd.referencedata;

import java.time.LocalDate;
import java.util.Set;

/** A line of indicators.csv: one indicator of the catalogue and how it is aggregated. */
record IndicatorRow(int lineNo, String code, int taskNo, String nameVi, String nameEn, String definitionVi,
                    String definitionEn, String unitVi, String unitEn, String valueType, String aggregation,
                    String numeratorCode, String denominatorCode, String reporterKinds, boolean required,
                    String atMostCode, boolean higherIsBetter, int sortOrder, LocalDate validFrom,
                    LocalDate validTo, String note) {

    static final Set<String> VALUE_TYPES = Set.of("integer", "decimal", "boolean", "percent");
    static final Set<String> AGGREGATIONS = Set.of("sum", "share_yes", "ratio_of_sums");

    static IndicatorRow parse(CsvFields f) {
        String code = f.code("code");
        int taskNo = f.integer("task_no");
        if (!code.startsWith("T" + taskNo + ".")) {
            f.problem("mã chỉ tiêu '" + code + "' phải bắt đầu bằng 'T" + taskNo + ".'",
                    "indicator code '" + code + "' must start with 'T" + taskNo + ".'");
        }
        String valueType = f.oneOf("value_type", VALUE_TYPES);
        String aggregation = f.oneOf("aggregation", AGGREGATIONS);
        String numerator = f.optionalCode("numerator");
        String denominator = f.optionalCode("denominator");
        boolean ratio = "ratio_of_sums".equals(aggregation);
        if (ratio != (numerator != null && denominator != null)) {
            f.problem("chỉ tiêu ratio_of_sums cần cả tử số và mẫu số, chỉ tiêu khác thì không",
                    "ratio_of_sums needs both numerator and denominator, other aggregations neither");
        }
        if ("boolean".equals(valueType) != "share_yes".equals(aggregation)) {
            f.problem("chỉ tiêu có/không phải tổng hợp bằng share_yes và ngược lại",
                    "boolean indicators aggregate by share_yes and only they do");
        }
        boolean required = f.yesNo("required");
        if (required && ratio) {
            f.problem("chỉ tiêu tự tính (tỷ lệ) không thể bắt buộc nhập", "a derived ratio cannot be required input");
        }
        String kinds = String.join(";", f.list("reporter_kinds", OrganisationRow.KINDS));
        LocalDate from = f.date("valid_from");
        LocalDate to = f.optionalDate("valid_to");
        f.validity(from, to, "valid_from", "valid_to");
        return new IndicatorRow(f.lineNo(), code, taskNo, f.text("name_vi"), f.text("name_en"),
                f.text("definition_vi"), f.text("definition_en"), f.text("unit_vi"), f.text("unit_en"), valueType,
                aggregation, numerator, denominator, kinds, required, f.optionalCode("at_most"),
                f.yesNo("higher_is_better"), f.integer("sort_order"), from, to, f.optionalText("note"));
    }
}
