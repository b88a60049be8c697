package vn.dnnd.submission.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.submission.IntakeProperties;
import vn.dnnd.submission.parse.CellInput;
import vn.dnnd.submission.parse.RawActivity;
import vn.dnnd.submission.parse.RawNarrative;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.submission.parse.VietnameseNumber;
import vn.dnnd.submission.template.NarrativeSection;
import vn.dnnd.system.Rule;

/** Narrative sections (task 1–8, one of the sections of {@link NarrativeSection}, length) and the optional activity rows. */
final class ContentChecks {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"));

    private final ReportingPeriod period;
    private final IntakeProperties properties;
    private final Issues issues;

    ContentChecks(ReportingPeriod period, IntakeProperties properties, Issues issues) {
        this.period = period;
        this.properties = properties;
        this.issues = issues;
    }

    List<ValidatedSubmission.Narrative> narratives(List<RawNarrative> raw) {
        List<ValidatedSubmission.Narrative> narratives = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawNarrative narrative : raw) {
            String body = Texts.clean(narrative.text());
            Optional<Integer> task = task(narrative.task());
            Optional<NarrativeSection> section = NarrativeSection.of(narrative.section());
            if (task.isEmpty() || section.isEmpty()) {
                issues.error(Rule.NARRATIVE_SECTION, narrative.location(), "phần tường thuật '" + Texts.quoted(narrative.task()) + ":"
                                + narrative.section() + "' không hợp lệ; cần nhiệm vụ 1–8 và một trong "
                                + NarrativeSection.codes(),
                        "narrative section '" + Texts.quoted(narrative.task()) + ":" + Texts.quoted(narrative.section()) + "' is invalid; expected task "
                                + "1–8 and one of " + NarrativeSection.codes());
            } else if (body != null && !seen.add(task.get() + ":" + section.get().code())) {
                issues.error(Rule.NARRATIVE_SECTION, narrative.location(), "nhiệm vụ " + task.get() + ", phần "
                                + section.get().labelVi() + " được ghi hai lần",
                        "task " + task.get() + ", section " + section.get().code() + " is given twice");
            } else if (body != null && body.length() > properties.narrativeMaxChars()) {
                issues.error(Rule.TEXT_TOO_LONG, narrative.location(), "phần tường thuật dài " + body.length()
                                + " ký tự, tối đa " + properties.narrativeMaxChars(),
                        "the narrative has " + body.length() + " characters, at most " + properties.narrativeMaxChars());
            } else if (body != null) {
                narratives.add(new ValidatedSubmission.Narrative(task.get(), section.get().code(), body));
            }
        }
        return narratives;
    }

    private static Optional<Integer> task(String written) {
        String text = Texts.clean(written);
        if (text == null) {
            return Optional.empty();
        }
        try {
            int task = new BigDecimal(text.replaceFirst("^[Tt]", "")).intValueExact();
            return task >= 1 && task <= 8 ? Optional.of(task) : Optional.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    List<ValidatedSubmission.Activity> activities(List<RawActivity> raw) {
        List<ValidatedSubmission.Activity> activities = new ArrayList<>();
        for (RawActivity row : raw) {
            Optional<Integer> task = task(row.task().value().shown());
            if (task.isEmpty()) {
                activityError(row.task(), "nhiệm vụ phải là số từ 1 đến 8", "the task must be a number from 1 to 8");
            }
            LocalDate date = date(row.date());
            Integer participants = participants(row.participants());
            BigDecimal amount = decimal(row.amount());
            activities.add(new ValidatedSubmission.Activity(activities.size() + 1, task.orElse(0), date,
                    text(row.kind()), text(row.partnerCountry()), text(row.partnerOrg()), participants, amount,
                    Texts.clean(row.description().value().shown())));
        }
        return activities;
    }

    private LocalDate date(RawActivity.Field field) {
        CellInput input = field.value();
        if (input.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(input.shown().strip(), format);
                if (date.isBefore(period.startsOn()) || date.isAfter(period.endsOn())) {
                    issues.warning(Rule.ACTIVITY, field.location(), "ngày " + Texts.quoted(input.shown()) + " nằm ngoài kỳ báo cáo " + period.code(),
                            "date " + Texts.quoted(input.shown()) + " is outside period " + period.code());
                }
                return date;
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        activityError(field, "ngày '" + Texts.quoted(input.shown()) + "' không hợp lệ; viết dd/mm/yyyy",
                "date '" + Texts.quoted(input.shown()) + "' is invalid; write dd/mm/yyyy");
        return null;
    }

    private Integer participants(RawActivity.Field field) {
        BigDecimal value = decimal(field);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            activityError(field, "số người phải là số nguyên", "participants must be a whole number");
            return null;
        }
        return value.intValue();
    }

    private BigDecimal decimal(RawActivity.Field field) {
        CellInput input = field.value();
        if (input.isBlank()) {
            return null;
        }
        Optional<BigDecimal> value = input instanceof CellInput.Number n ? Optional.of(n.value())
                : VietnameseNumber.parse(input.shown()).map(VietnameseNumber.Result::value);
        if (value.isEmpty() || value.get().signum() < 0 || !ValueReader.withinBounds(value.get())) {
            activityError(field, "'" + Texts.quoted(input.shown()) + "' phải là số không âm, nhỏ hơn 10^15",
                    "'" + Texts.quoted(input.shown()) + "' must be a number, 0 or more and below 10^15");
            return null;
        }
        return value.get();
    }

    private String text(RawActivity.Field field) {
        String text = Texts.clean(field.value().shown());
        if (text != null && text.length() > properties.textMaxChars()) {
            activityError(field, "dài " + text.length() + " ký tự, tối đa " + properties.textMaxChars(),
                    text.length() + " characters, at most " + properties.textMaxChars());
        }
        return text;
    }

    private void activityError(RawActivity.Field field, String vi, String en) {
        issues.error(Rule.ACTIVITY, field.location(), vi, en);
    }
}
