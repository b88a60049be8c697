package vn.dnnd.submission.reference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dnnd.system.NamedQueries;

/**
 * The reference data for intake of one file at a time (portal and API uploads), read once and kept until
 * it changes: a run of ingestJob reads it per step, but an upload must not pay three queries over every
 * organisation and indicator. Each call compares a cheap fingerprint of the tables (one short query), so
 * a {@code reference load} by this or any other process is seen by the next upload.
 */
@Component
public class CurrentIntakeReference {

    private record Cached(String fingerprint, IntakeReference reference) {
    }

    private final IntakeReferenceLoader loader;
    private final JdbcTemplate jdbc;
    private final NamedQueries queries;
    private volatile Cached cached;

    public CurrentIntakeReference(IntakeReferenceLoader loader, JdbcTemplate jdbc, NamedQueries queries) {
        this.loader = loader;
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** The reference data as it is now; fails like ingestJob when none was ever loaded. */
    public IntakeReference get() {
        String fingerprint = jdbc.queryForObject(queries.get("submission", "reference-fingerprint"), String.class);
        Cached now = cached;
        if (now == null || !now.fingerprint().equals(fingerprint)) {
            // Two uploads may both reload after a change: harmless, the last one is kept.
            now = new Cached(fingerprint, loader.load());
            cached = now;
        }
        return now.reference();
    }
}
