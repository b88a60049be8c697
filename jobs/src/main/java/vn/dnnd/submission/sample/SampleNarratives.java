package vn.dnnd.submission.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.text.NumberText;
import vn.dnnd.submission.parse.VietnameseNumber;
import vn.dnnd.submission.template.NarrativeSection;

/**
 * Narrative per task and section, composed from the phrases in {@code sample/narrative-vi.txt}
 * (written in the register of the directive's review reports) with the organisation's own figures.
 */
final class SampleNarratives {

    /** Written by about half the organisations for a task: not every task teaches a lesson or has outside causes. */
    private static final Set<NarrativeSection> OCCASIONAL = EnumSet.of(NarrativeSection.LESSONS,
            NarrativeSection.CAUSES_OBJECTIVE);
    /** The tables' own number writer, so that "18,0%" reads the same in the text as in the table. */
    private static final NumberText PERCENT = new NumberText(ReportLanguage.VI);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(n|chg):([A-Z0-9_.]+)}");

    private final Map<String, List<String>> phrases = new HashMap<>();

    SampleNarratives() {
        try (InputStream in = SampleNarratives.class.getResourceAsStream("/sample/narrative-vi.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(": ");
                if (!line.startsWith("#") && colon > 0) {
                    phrases.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>()).add(line.substring(colon + 2).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<SampleSubmission.Narrative> compose(String orgName, String orgCode, int year, Map<String, Object> answers,
                                              Map<String, Object> previous) {
        List<SampleSubmission.Narrative> narratives = new ArrayList<>();
        for (int task = 1; task <= 8; task++) {
            for (NarrativeSection section : NarrativeSection.values()) {
                List<String> options = phrases.getOrDefault("T" + task + "." + section.code(), List.of());
                if (options.isEmpty() || OCCASIONAL.contains(section) && Hashes.unit(orgCode, year, task, section) >= 0.5) {
                    continue;
                }
                String text = options.get(Hashes.pick(options.size(), orgCode, year, task, section));
                if (section == NarrativeSection.ACHIEVEMENTS) {
                    // Achievements usually run to two sentences: the figures and a second remark.
                    String other = options.get((options.indexOf(text) + 1) % options.size());
                    text = options.size() > 1 && Hashes.unit(orgCode, year, task) < 0.6 ? text + " " + other : text;
                }
                String filled = fill(text, orgName, year, answers, previous);
                if (filled != null) {
                    narratives.add(new SampleSubmission.Narrative(task, section.code(), filled));
                }
            }
        }
        return narratives;
    }

    /** Null when the sentence quotes a figure this organisation did not report. */
    private static String fill(String text, String orgName, int year, Map<String, Object> answers,
                               Map<String, Object> previous) {
        Matcher matcher = PLACEHOLDER.matcher(text.replace("{org}", orgName).replace("{year}", String.valueOf(year)));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = answers.get(matcher.group(2));
            if (matcher.group(1).equals("n") && !(value instanceof BigDecimal)) {
                return null;
            }
            String replacement = matcher.group(1).equals("n") ? VietnameseNumber.format((BigDecimal) value)
                    : change(value, previous == null ? null : previous.get(matcher.group(2)));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The change as the reports print it beside the figure: relative to the previous year, to one
     * decimal, "tăng 18,4% so với năm trước"; nothing when either year is missing or the base is 0.
     */
    private static String change(Object now, Object before) {
        if (!(now instanceof BigDecimal current) || !(before instanceof BigDecimal earlier) || earlier.signum() == 0) {
            return "";
        }
        BigDecimal percent = current.subtract(earlier).multiply(BigDecimal.valueOf(100))
                .divide(earlier.abs(), 1, RoundingMode.HALF_UP);
        if (percent.signum() == 0) {
            return " (tương đương năm trước)";
        }
        String magnitude = PERCENT.number(percent.abs(), 1);
        return percent.signum() > 0 ? " (tăng " + magnitude + "% so với năm trước)"
                : " (giảm " + magnitude + "% so với năm trước)";
    }
}
