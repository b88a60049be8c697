package vn.dnnd.submission.status;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.dnnd.reports.model.OrganisationKind;
import vn.dnnd.reports.status.BoardRegion;
import vn.dnnd.system.DnndException;

/**
 * The filters of a status board as a user typed them (a query string): a region code of the period's
 * reporters and a kind of organisation, each empty for "all". Unknown values are refused by name, never
 * ignored, so a mistyped filter cannot pass for an empty region.
 */
public record StatusFilter(String region, OrganisationKind kind) {

    /** How much of a value from a request a message quotes. */
    private static final int QUOTED = 40;

    public static final StatusFilter ALL = new StatusFilter(null, null);

    public static StatusFilter of(String region, String kind) {
        return new StatusFilter(blank(region) ? null : region.trim().toUpperCase(Locale.ROOT), kind(kind));
    }

    /** The region asked for among the period's regions; null for every region. */
    BoardRegion regionAmong(List<BoardRegion> regions, String period) {
        if (region == null) {
            return null;
        }
        return regions.stream().filter(r -> r.code().equals(region)).findFirst().orElseThrow(() -> {
            String known = regions.stream().map(BoardRegion::code).collect(Collectors.joining(", "));
            return new DnndException("Không có vùng " + quoted(region) + " trong kỳ báo cáo " + period + "; các vùng: " + known,
                    "no region " + quoted(region) + " among the reporters of period " + period + "; regions: " + known);
        });
    }

    private static OrganisationKind kind(String kind) {
        if (blank(kind)) {
            return null;
        }
        String code = kind.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(OrganisationKind.values()).filter(k -> k.code().equals(code)).findFirst().orElseThrow(() -> {
            String known = Arrays.stream(OrganisationKind.values()).map(OrganisationKind::code).collect(Collectors.joining(", "));
            return new DnndException("Loại cơ quan, đơn vị không hợp lệ: " + quoted(kind) + "; dùng một trong " + known,
                    "unknown kind of organisation " + quoted(kind) + "; use one of " + known);
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A value from a request as a message quotes it: in quotes, at most a few dozen characters. */
    static String quoted(String value) {
        String shown = value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value;
        return "\"" + shown + "\"";
    }
}
