package vn.dnnd.submission.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.parse.CellInput;
import vn.dnnd.submission.parse.RawValue;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.submission.reference.IndicatorDefinition;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.system.Rule;

/**
 * Checks every answer against the catalogue for the reporter's kind: known, entered (not derived),
 * once only, of the right type and range; then required answers and upper bounds between indicators.
 * Missing stays missing: a blank answer produces no value at all, never a zero.
 */
final class ValueChecks {

    private final IntakeReference reference;
    private final String kind;
    private final ReportingPeriod period;
    private final IntakeProperties properties;
    private final Issues issues;

    ValueChecks(IntakeReference reference, String kind, ReportingPeriod period, IntakeProperties properties, Issues issues) {
        this.reference = reference;
        this.kind = kind;
        this.period = period;
        this.properties = properties;
        this.issues = issues;
    }

    List<ValidatedSubmission.Value> check(List<RawValue> raw) {
        Map<String, ValidatedSubmission.Value> values = new LinkedHashMap<>();
        Map<String, Location> seen = new HashMap<>();
        java.util.Set<String> answered = new java.util.HashSet<>();
        for (RawValue answer : raw) {
            if (!answer.value().isBlank() || answer.markedNotApplicable()) {
                answered.add(answer.indicatorCode());
            }
            Optional<IndicatorDefinition> indicator = known(answer);
            if (indicator.isEmpty()) {
                continue;
            }
            Location first = seen.putIfAbsent(answer.indicatorCode(), answer.location());
            if (first != null) {
                issues.error(Rule.DUPLICATE_INDICATOR, answer.location(), indicator.get(), null,
                        "chỉ tiêu đã có giá trị ở " + first.vietnamese() + "; mỗi chỉ tiêu chỉ ghi một lần",
                        "the indicator already has a value at " + first.english() + "; give each indicator once");
                continue;
            }
            read(answer, indicator.get()).ifPresent(value -> values.put(value.indicatorCode(), value));
        }
        for (IndicatorDefinition indicator : reference.entered(kind, period)) {
            // An answer that was given but could not be read already has its own error.
            if (indicator.required() && !values.containsKey(indicator.code()) && !answered.contains(indicator.code())) {
                Location where = seen.getOrDefault(indicator.code(), Location.FILE);
                issues.error(Rule.REQUIRED, where, indicator, null, "chỉ tiêu bắt buộc chưa có giá trị; nhập số liệu, "
                                + "hoặc ghi \"Không áp dụng\" nếu không áp dụng (để trống không được hiểu là 0)",
                        "required indicator has no value; enter it, or mark it not applicable (blank is not zero)");
            }
        }
        upperBounds(values, seen);
        implausibleRatios(values, seen);
        return new ArrayList<>(values.values());
    }

    private Optional<IndicatorDefinition> known(RawValue answer) {
        Optional<IndicatorDefinition> indicator = reference.indicator(answer.indicatorCode());
        boolean answered = !answer.value().isBlank() || answer.markedNotApplicable();
        if (indicator.isEmpty()) {
            issues.errorOnCode(Rule.UNKNOWN_INDICATOR, answer.location(), answer.indicatorCode(),
                    "mã chỉ tiêu '" + Texts.quoted(answer.indicatorCode()) + "' không có trong danh mục",
                    "indicator code '" + Texts.quoted(answer.indicatorCode()) + "' is not in the catalogue");
            return Optional.empty();
        }
        if (indicator.get().derived()) {
            if (answered) {
                issues.error(Rule.DERIVED_INDICATOR, answer.location(), indicator.get(), answer.value().shown(),
                        "tỷ lệ này do hệ thống tự tính từ các chỉ tiêu thành phần, không nhập",
                        "this ratio is computed from its parts and is never entered");
            }
            return Optional.empty();
        }
        if (!indicator.get().appliesTo(kind, period)) {
            if (!answer.value().isBlank()) {
                issues.error(Rule.INDICATOR_NOT_FOR_KIND, answer.location(), indicator.get(), answer.value().shown(),
                        "chỉ tiêu không áp dụng cho loại tổ chức này trong kỳ " + period.code() + "; hãy bỏ giá trị",
                        "the indicator does not apply to this kind of organisation in period " + period.code());
            }
            return Optional.empty();
        }
        return indicator;
    }

    private Optional<ValidatedSubmission.Value> read(RawValue answer, IndicatorDefinition indicator) {
        String note = note(answer, indicator);
        String ref = answer.location().compact();
        if (answer.markedNotApplicable()) {
            if (!answer.value().isBlank()) {
                issues.error(Rule.VALUE_AND_NOT_APPLICABLE, answer.location(), indicator, answer.value().shown(),
                        "vừa có giá trị '" + Texts.quoted(answer.value().shown()) + "' vừa ghi \"Không áp dụng\"; hãy giữ một trong hai",
                        "has both the value '" + Texts.quoted(answer.value().shown()) + "' and \"not applicable\"; keep one");
                return Optional.empty();
            }
            return Optional.of(new ValidatedSubmission.Value(indicator.code(), null, null, true, note, ref));
        }
        CellInput input = answer.value();
        if (input.isBlank()) {
            return Optional.empty();
        }
        if (indicator.isBoolean()) {
            return ValueReader.yesNo(input, indicator, answer.location(), issues)
                    .map(yes -> new ValidatedSubmission.Value(indicator.code(), null, yes, false, note, ref));
        }
        return ValueReader.number(input, indicator, answer.location(), issues)
                .map(number -> new ValidatedSubmission.Value(indicator.code(), number, null, false, note, ref));
    }

    private String note(RawValue answer, IndicatorDefinition indicator) {
        String note = Texts.clean(answer.note());
        if (note != null && note.length() > properties.noteMaxChars()) {
            issues.error(Rule.TEXT_TOO_LONG, answer.location(), indicator, null, "ghi chú dài " + note.length()
                            + " ký tự, tối đa " + properties.noteMaxChars(),
                    "the note has " + note.length() + " characters, at most " + properties.noteMaxChars());
        }
        return note;
    }

    private void upperBounds(Map<String, ValidatedSubmission.Value> values, Map<String, Location> seen) {
        for (ValidatedSubmission.Value value : values.values()) {
            IndicatorDefinition indicator = reference.indicator(value.indicatorCode()).orElseThrow();
            ValidatedSubmission.Value bound = indicator.atMostCode() == null ? null : values.get(indicator.atMostCode());
            if (value.numeric() == null || bound == null || bound.numeric() == null
                    || value.numeric().compareTo(bound.numeric()) <= 0) {
                continue;
            }
            IndicatorDefinition total = reference.indicator(indicator.atMostCode()).orElseThrow();
            issues.error(Rule.AT_MOST, seen.get(value.indicatorCode()), indicator, shown(value.numeric()),
                    "giá trị " + shown(value.numeric()) + " lớn hơn chỉ tiêu " + total.label() + " là "
                            + shown(bound.numeric()) + " (ở " + seen.get(total.code()).vietnamese() + "); không được vượt",
                    "value " + value.numeric().toPlainString() + " exceeds " + total.code() + " = "
                            + bound.numeric().toPlainString() + " (at " + seen.get(total.code()).english() + ")");
        }
    }

    /**
     * A derived ratio may exceed 100 % (aid disbursed in a year includes earlier commitments), but a
     * numerator many times its denominator is almost always a slip of units or of the decimal comma.
     * Warning only: the figures are stored as given.
     */
    private void implausibleRatios(Map<String, ValidatedSubmission.Value> values, Map<String, Location> seen) {
        BigDecimal factor = BigDecimal.valueOf(properties.ratioWarningFactor());
        for (IndicatorDefinition ratio : reference.derived(kind, period)) {
            ValidatedSubmission.Value part = values.get(ratio.numeratorCode());
            ValidatedSubmission.Value whole = values.get(ratio.denominatorCode());
            if (part == null || whole == null || part.numeric() == null || whole.numeric() == null
                    || whole.numeric().signum() <= 0 || part.numeric().compareTo(whole.numeric().multiply(factor)) <= 0) {
                continue;
            }
            IndicatorDefinition numerator = reference.indicator(ratio.numeratorCode()).orElseThrow();
            IndicatorDefinition denominator = reference.indicator(ratio.denominatorCode()).orElseThrow();
            BigDecimal percent = part.numeric().multiply(BigDecimal.valueOf(100)).divide(whole.numeric(), 1, RoundingMode.HALF_UP);
            issues.warning(Rule.IMPLAUSIBLE_RATIO, seen.get(numerator.code()), numerator, shown(part.numeric()),
                    "giá trị " + shown(part.numeric()) + " gấp hơn " + factor + " lần chỉ tiêu " + denominator.label() + " là "
                            + shown(whole.numeric()) + " (ở " + seen.get(denominator.code()).vietnamese() + "), nên tỷ lệ "
                            + ratio.code() + " là " + VietnameseFormat.decimal(percent, 1)
                            + "%; hãy kiểm tra đơn vị tính và dấu thập phân (chỉ cảnh báo)",
                    "value " + part.numeric().toPlainString() + " is more than " + factor + " times " + denominator.code()
                            + " = " + whole.numeric().toPlainString() + " (at " + seen.get(denominator.code()).english()
                            + "), so " + ratio.code() + " is " + percent.toPlainString()
                            + "%; please check the units and the decimal comma (warning only)");
        }
    }

    private static String shown(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0 ? VietnameseFormat.integer(number.longValue())
                : VietnameseFormat.decimal(number, number.stripTrailingZeros().scale());
    }
}
