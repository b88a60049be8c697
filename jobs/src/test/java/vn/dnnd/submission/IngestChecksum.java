package vn.dnnd.submission;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of everything ingest stored: every submission version with its values, the
 * narrative and the intake outcomes. Two databases that ingested the same files end the same.
 */
public final class IngestChecksum {

    public static final String SQL = """
            select (select count(*) from submission) || ' submissions, '
                || (select count(*) from submission_value) || ' values, '
                || (select count(*) from submission_narrative) || ' narratives, intake '
                || (select coalesce(string_agg(outcome || '=' || n, ' ' order by outcome), '')
                    from (select outcome, count(*) n from intake_file group by outcome) o) || ', values md5 '
                || (select md5(coalesce(string_agg(o.code || '|' || s.period_code || '|' || s.version || '|' || s.status
                        || '|' || s.sha256 || '|' || s.on_time || '|' || v.indicator_code || '|'
                        || coalesce(v.numeric_value::text, '-') || '|' || coalesce(v.boolean_value::text, '-') || '|'
                        || v.not_applicable, ',' order by o.code, s.period_code, s.version, v.indicator_code), ''))
                    from submission s join organisation o on o.org_id = s.org_id
                    join submission_value v on v.submission_id = s.submission_id)
            """;

    private IngestChecksum() {
    }

    public static String of(JdbcTemplate jdbc) {
        return jdbc.queryForObject(SQL, String.class);
    }
}
