package vn.dnnd.indicator;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Removes one run's rows from every staging table, once it is published or has failed. */
final class StagingCleaner {

    private StagingCleaner() {
    }

    static void clear(NamedParameterJdbcTemplate jdbc, long runId) {
        MapSqlParameterSource run = new MapSqlParameterSource("run", runId);
        for (PublishedTable table : PublishedTable.values()) {
            jdbc.update("delete from " + table.stage() + " where run_id = :run", run);
        }
        jdbc.update("delete from " + PublishedTable.REPORTER_STAGE + " where run_id = :run", run);
    }
}
