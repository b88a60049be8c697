package vn.dnnd.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dnnd.system.WrongUsageException;

/**
 * The text of a period a reader types: a year ("2025") or a review's span of years ("2022-2026", the first
 * year before the last). Checked before any job runs, so a typo is answered with the form to use rather than
 * with "no reporting period".
 */
final class PeriodCode {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    private PeriodCode() {
    }

    /** The period as typed, without surrounding spaces; refuses text of neither form. */
    static String check(String text) {
        String period = text == null ? "" : text.strip();
        Matcher matcher = FORM.matcher(period);
        if (!matcher.matches()) {
            throw new WrongUsageException("Kỳ báo cáo \"" + period + "\" không hợp lệ: ghi một năm (ví dụ 2025) hoặc "
                    + "một giai đoạn sơ kết (ví dụ 2022-2026)", "invalid period \"" + period
                    + "\": give a year (e.g. 2025) or a review span (e.g. 2022-2026)");
        }
        if (matcher.group(2) != null && Integer.parseInt(matcher.group(1)) >= Integer.parseInt(matcher.group(2))) {
            throw new WrongUsageException("Kỳ báo cáo \"" + period + "\" không hợp lệ: năm đầu phải trước năm cuối "
                    + "(ví dụ 2022-2026)", "invalid period \"" + period
                    + "\": the first year must come before the last (e.g. 2022-2026)");
        }
        return period;
    }
}
