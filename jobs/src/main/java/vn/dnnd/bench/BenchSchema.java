package vn.dnnd.bench;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.system.NamedQueries;

/**
 * Drops a benchmark's own schema. If PostgreSQL put the btree_gist extension there (the schema was
 * migrated before any other), it is moved to public first: dropping it with the schema would cascade
 * to the exclusion constraints of the real tables.
 */
public final class BenchSchema {

    private BenchSchema() {
    }

    public static void drop(JdbcTemplate jdbc, NamedQueries queries, String schema) {
        if (!schema.matches("dnnd_bench[a-z0-9_]*")) {
            throw new IllegalArgumentException("not a benchmark schema: " + schema);
        }
        Integer extensionInSchema = new NamedParameterJdbcTemplate(jdbc).queryForObject(
                queries.get("bench", "count-extension-in-schema"), new MapSqlParameterSource("schema", schema), Integer.class);
        if (extensionInSchema != null && extensionInSchema > 0) {
            jdbc.execute("alter extension btree_gist set schema public");
        }
        jdbc.execute("drop schema " + schema + " cascade");
    }
}
