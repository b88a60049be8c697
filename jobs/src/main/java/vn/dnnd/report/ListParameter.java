package vn.dnnd.report;

import java.util.regex.Pattern;

/**
 * A list given as one job parameter: "summary,briefing" on the command line, but "summary;briefing"
 * or "summary briefing" in a schedule, where Spring Batch would read a comma as the start of the
 * parameter's type ("value,type,identifying").
 */
final class ListParameter {

    private static final Pattern SEPARATOR = Pattern.compile("[,;\\s]+");

    private ListParameter() {
    }

    static String[] split(String list) {
        return SEPARATOR.split(list.strip());
    }
}
