package vn.dnnd.indicator;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Planner settings for the compute's bulk statements, for the current transaction only. Every one of
 * them joins whole sets; the staging tables have no useful statistics (analysing them after each step
 * cost more than the step), and a nested loop chosen on such an estimate turned a 70-organisation run
 * from 0.1 s into 8 s. Hash joins are right at every size. JIT is off: compiling costs more than these
 * statements take. work_mem is raised for the transaction: a run of 5,000 organisations sorts and
 * hashes about half a million rows.
 */
public final class BulkSqlSettings {

    private BulkSqlSettings() {
    }

    public static void apply(NamedParameterJdbcTemplate jdbc) {
        jdbc.getJdbcTemplate().execute("set local enable_nestloop = off");
        jdbc.getJdbcTemplate().execute("set local jit = off");
        // sorts and hashes over a run's organisation rows stay in memory instead of spilling to disk
        jdbc.getJdbcTemplate().execute("set local work_mem = '256MB'");
        // the swap builds each new partition's primary key in one sort
        jdbc.getJdbcTemplate().execute("set local maintenance_work_mem = '256MB'");
    }

}
