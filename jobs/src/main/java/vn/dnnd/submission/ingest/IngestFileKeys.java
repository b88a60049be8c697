package vn.dnnd.submission.ingest;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Whose each inbox file of a cluster-mode ingest is (V75, V77), by job instance and file name. */
@Repository
class IngestFileKeys {

    /**
     * One file: its name and modification time (what the inbox's reading order is made of) and whose it is
     * (nulls: not known).
     */
    record Key(String fileName, long modifiedNanos, String orgCode, String periodCode, String sha256) {

        /** The inbox's reading order ({@link InboxFileReader}): oldest first, then by name. */
        static final java.util.Comparator<Key> READING_ORDER = java.util.Comparator.comparingLong(Key::modifiedNanos)
                .thenComparing(key -> java.nio.file.Path.of(key.fileName()));

        /**
         * What must stay in one partition with it: its organisation (versions of one organisation and period are
         * numbered in reading order), else its bytes (the second of two identical files is a duplicate of the
         * first), else the file alone.
         */
        String group() {
            if (orgCode != null) {
                return "org:" + orgCode;
            }
            return sha256 != null ? "sha256:" + sha256 : "file:" + fileName;
        }
    }

    private final JdbcTemplate jdbc;

    IngestFileKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a partition's keys; a file identified again (a restart) replaces what was recorded of it. */
    void record(long jobInstanceId, List<Key> keys) {
        jdbc.batchUpdate("""
                insert into ingest_file_key (job_instance_id, file_name, modified_nanos, org_code, period_code, sha256)
                values (?, ?, ?, ?, ?, ?)
                on conflict (job_instance_id, file_name) do update set modified_nanos = excluded.modified_nanos,
                    org_code = excluded.org_code, period_code = excluded.period_code, sha256 = excluded.sha256""",
                keys, 500, (statement, key) -> {
                    statement.setLong(1, jobInstanceId);
                    statement.setString(2, key.fileName());
                    statement.setLong(3, key.modifiedNanos());
                    statement.setString(4, key.orgCode());
                    statement.setString(5, key.periodCode());
                    statement.setString(6, key.sha256());
                });
    }

    /** The run's keys in the inbox's reading order. */
    List<Key> of(long jobInstanceId) {
        List<Key> keys = new java.util.ArrayList<>(jdbc.query("""
                select file_name, modified_nanos, org_code, period_code, sha256 from ingest_file_key
                where job_instance_id = ?""", (row, i) -> new Key(row.getString(1), row.getLong(2),
                row.getString(3), row.getString(4), row.getString(5)), jobInstanceId));
        keys.sort(Key.READING_ORDER);
        return keys;
    }

    void forget(long jobInstanceId) {
        jdbc.update("delete from ingest_file_key where job_instance_id = ?", jobInstanceId);
    }
}
