package vn.dnnd.referencedata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.system.DnndException;

/** Read side of the reference data: lookups by code and date, lineage across the merger, counts. */
@Repository
public class ReferenceQueries {

    private static final String VERSION_COLUMNS = """
            org_id, code, valid_from, valid_to, kind, name_vi, name_en, reports, region_id, region_name_vi,
            region_name_en, successor_code, successor_name_vi, successor_valid_from, today_code, today_name_vi,
            today_region_id, today_region_name_vi, today_region_name_en
            """;
    private static final RowMapper<OrganisationVersion> VERSION = new DataClassRowMapper<>(OrganisationVersion.class);

    private final NamedParameterJdbcTemplate jdbc;

    public ReferenceQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which version of organisation {@code code} existed on {@code on}: region, successor, today's unit. */
    public Optional<OrganisationVersion> lookup(String code, LocalDate on) {
        return jdbc.query("select " + VERSION_COLUMNS + " from organisation_history where code = :code and validity @> :on",
                new MapSqlParameterSource("code", code).addValue("on", on), VERSION).stream().findFirst();
    }

    /** Every version of a code, oldest first; fails with a clear message for an unknown code. */
    public List<OrganisationVersion> versions(String code) {
        List<OrganisationVersion> versions = jdbc.query(
                "select " + VERSION_COLUMNS + " from organisation_history where code = :code order by valid_from",
                new MapSqlParameterSource("code", code), VERSION);
        if (versions.isEmpty()) {
            throw new DnndException("Không có tổ chức mã " + code + " trong danh mục",
                    "unknown organisation code " + code);
        }
        return versions;
    }

    /** The versions that handed over to this one (the provinces merged into a 2025 unit). */
    public List<OrganisationVersion> predecessors(long orgId) {
        return jdbc.query("select " + VERSION_COLUMNS + " from organisation_history where successor_id = :id order by code",
                new MapSqlParameterSource("id", orgId), VERSION);
    }

    public ReferenceSummary summary(LocalDate on) {
        MapSqlParameterSource at = new MapSqlParameterSource("on", on);
        return new ReferenceSummary(on,
                count("select count(*) from task", at),
                count("select count(*) from indicator where daterange(valid_from, valid_to, '[]') @> :on", at),
                count("""
                        select count(*) from indicator
                        where numerator_code is not null and daterange(valid_from, valid_to, '[]') @> :on
                        """, at),
                count("select count(*) from reporting_period", at),
                jdbc.query("""
                        select kind, count(*) as count from organisation_history
                        where validity @> :on and reports group by kind
                        order by array_position(array['province', 'central_org', 'party_board', 'ministry'], kind)
                        """, at, new DataClassRowMapper<>(ReferenceSummary.KindCount.class)),
                jdbc.query("""
                        select h.region_id, h.region_name_vi as name_vi, h.region_name_en as name_en, count(*) as count
                        from organisation_history h join region r on r.region_id = h.region_id
                        where h.validity @> :on and h.kind = 'province'
                        group by h.region_id, h.region_name_vi, h.region_name_en, r.sort_order order by r.sort_order
                        """, at, new DataClassRowMapper<>(ReferenceSummary.RegionCount.class)),
                count("select count(*) from organisation", at));
    }

    private int count(String sql, MapSqlParameterSource parameters) {
        Integer count = jdbc.queryForObject(sql, parameters, Integer.class);
        return count == null ? 0 : count;
    }
}
