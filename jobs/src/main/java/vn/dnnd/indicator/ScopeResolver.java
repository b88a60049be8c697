package vn.dnnd.indicator;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dnnd.system.ClosestCodes;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/**
 * Turns what a user types ({@code national}, {@code kind:province}, {@code region:DBSCL}, {@code org:HN})
 * into the scope codes of a period and view: a region code means the region of the scheme in force in
 * the period as reported (on its last day; over a review period, every scheme in force during it),
 * today's region when restated; an organisation code on the restated view must be one of today's units.
 */
@Component
public class ScopeResolver {

    static final Set<String> KINDS = Set.of("province", "central_org", "party_board", "ministry");

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries sql;

    public ScopeResolver(NamedParameterJdbcTemplate jdbc, NamedQueries sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    public ResolvedScope resolve(String text, String period, HierarchyView view) {
        String[] parts = text.strip().split(":", 2);
        String kind = parts[0].toLowerCase(Locale.ROOT);
        String code = parts.length > 1 ? parts[1].strip().toUpperCase(Locale.ROOT) : "";
        return switch (kind) {
            case "national" -> new ResolvedScope("national", List.of("VN"), "Toàn quốc", "national");
            case "kind" -> kind(code.toLowerCase(Locale.ROOT));
            case "region" -> region(code, period, view);
            case "org" -> organisation(code, period, view);
            default -> throw new DnndException("Phạm vi không hợp lệ: " + text
                    + " (dùng national, kind:LOẠI, region:MÃ hoặc org:MÃ)",
                    "invalid scope " + text + "; use national, kind:KIND, region:CODE or org:CODE");
        };
    }

    private static ResolvedScope kind(String kind) {
        if (!KINDS.contains(kind)) {
            throw new DnndException("Loại tổ chức không hợp lệ: " + kind + " (hợp lệ: " + String.join(", ", KINDS.stream().sorted().toList()) + ")",
                    "unknown organisation kind " + kind);
        }
        return new ResolvedScope("org_kind", List.of(kind), kind, kind);
    }

    private ResolvedScope region(String code, String period, HierarchyView view) {
        List<ResolvedScope> regions = jdbc.query(sql.get("indicator", "find-regions"), parameters(code, period, view),
                (rs, n) -> new ResolvedScope("region", List.of(rs.getString(1)), rs.getString(2), rs.getString(3)));
        if (regions.isEmpty()) {
            String closest = closest(code, "select distinct code, name_vi from region");
            throw new DnndException("Không có vùng " + code + " trong kỳ " + period + " (" + view.labelVi() + ")"
                    + (closest.isEmpty() ? "" : "; gần giống: " + closest), "no region " + code + " in period " + period
                    + ", " + view.labelEn() + (closest.isEmpty() ? "" : "; closest: " + closest));
        }
        ResolvedScope latest = regions.get(regions.size() - 1);
        return new ResolvedScope("region", regions.stream().map(ResolvedScope::firstCode).toList(), latest.nameVi(), latest.nameEn());
    }

    private ResolvedScope organisation(String code, String period, HierarchyView view) {
        List<ResolvedScope> found = jdbc.query(sql.get("indicator", "find-organisation"), parameters(code, period, view),
                (rs, n) -> new ResolvedScope("organisation", List.of(rs.getString(1)), rs.getString(2), rs.getString(3)));
        if (!found.isEmpty()) {
            return found.get(0);
        }
        List<String> today = jdbc.queryForList("""
                select distinct today_code from organisation_history where code = :code order by today_code""",
                parameters(code, period, view), String.class);
        if (view == HierarchyView.RESTATED && !today.isEmpty()) {
            throw new DnndException(code + " không còn là đơn vị hiện nay; số liệu của đơn vị này được quy đổi vào "
                    + String.join(", ", today), code + " is not one of today's units; its values are restated onto "
                    + String.join(", ", today));
        }
        String closest = closest(code, "select distinct code, name_vi from organisation where reports");
        throw new DnndException("Không có tổ chức " + code + " trong kỳ " + period
                + (closest.isEmpty() ? "" : "; gần giống: " + closest), "no organisation " + code + " in period " + period
                + (closest.isEmpty() ? "" : "; closest: " + closest));
    }

    /** The valid codes nearest to one not found (by code, or by name typed without diacritics), as text. */
    private String closest(String code, String codesAndNames) {
        List<ClosestCodes.Candidate> all = jdbc.getJdbcTemplate().query(codesAndNames,
                (rs, n) -> new ClosestCodes.Candidate(rs.getString(1), rs.getString(2)));
        return ClosestCodes.listed(ClosestCodes.closest(code, all));
    }

    private static MapSqlParameterSource parameters(String code, String period, HierarchyView view) {
        return new MapSqlParameterSource("code", code).addValue("period", period)
                .addValue("restated", view == HierarchyView.RESTATED);
    }
}
