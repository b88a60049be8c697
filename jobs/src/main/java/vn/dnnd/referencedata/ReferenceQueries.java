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
import vn.dnnd.system.NamedQueries;

/** Read side of the reference data: lookups by code and date, lineage across the merger, counts. */
@Repository
public class ReferenceQueries {

    private static final RowMapper<OrganisationVersion> VERSION = new DataClassRowMapper<>(OrganisationVersion.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;

    public ReferenceQueries(NamedParameterJdbcTemplate jdbc, NamedQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** Which version of organisation {@code code} existed on {@code on}: region, successor, today's unit. */
    public Optional<OrganisationVersion> lookup(String code, LocalDate on) {
        return jdbc.query(queries.get("referencedata", "find-organisation-version"),
                new MapSqlParameterSource("code", code).addValue("on", on), VERSION).stream().findFirst();
    }

    /** Every version of a code, oldest first; fails with a clear message for an unknown code. */
    public List<OrganisationVersion> versions(String code) {
        List<OrganisationVersion> versions = jdbc.query(queries.get("referencedata", "list-organisation-versions"),
                new MapSqlParameterSource("code", code), VERSION);
        if (versions.isEmpty()) {
            throw new DnndException("Không có tổ chức mã " + code + " trong danh mục",
                    "unknown organisation code " + code);
        }
        return versions;
    }

    /** The versions that handed over to this one (the provinces merged into a 2025 unit). */
    public List<OrganisationVersion> predecessors(long orgId) {
        return jdbc.query(queries.get("referencedata", "list-predecessors"),
                new MapSqlParameterSource("id", orgId), VERSION);
    }

    public ReferenceSummary summary(LocalDate on) {
        MapSqlParameterSource at = new MapSqlParameterSource("on", on);
        return new ReferenceSummary(on,
                count("select count(*) from task", at),
                count("select count(*) from indicator where daterange(valid_from, valid_to, '[]') @> :on", at),
                count(queries.get("referencedata", "count-derived-indicators"), at),
                count("select count(*) from reporting_period", at),
                jdbc.query(queries.get("referencedata", "count-reporters-by-kind"), at,
                        new DataClassRowMapper<>(ReferenceSummary.KindCount.class)),
                jdbc.query(queries.get("referencedata", "count-provinces-by-region"), at,
                        new DataClassRowMapper<>(ReferenceSummary.RegionCount.class)),
                count("select count(*) from organisation", at));
    }

    private int count(String sql, MapSqlParameterSource parameters) {
        Integer count = jdbc.queryForObject(sql, parameters, Integer.class);
        return count == null ? 0 : count;
    }
}
