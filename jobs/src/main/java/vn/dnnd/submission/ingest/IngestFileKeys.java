package vn.dnnd.submission.ingest;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Whose each inbox file of a cluster-mode ingest is (V75), by job instance and reading position. */
@Repository
class IngestFileKeys {

    /** One file: its place in the inbox's reading order, its name, and whose it is (nulls: not known). */
    record Key(int position, String fileName, String orgCode, String periodCode, String sha256) {

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

    /** Records a partition's keys; a partition run again replaces what it recorded before. */
    void record(long jobInstanceId, List<Key> keys) {
        jdbc.batchUpdate("""
                insert into ingest_file_key (job_instance_id, position, file_name, org_code, period_code, sha256)
                values (?, ?, ?, ?, ?, ?)
                on conflict (job_instance_id, position) do update set file_name = excluded.file_name,
                    org_code = excluded.org_code, period_code = excluded.period_code, sha256 = excluded.sha256""",
                keys, 500, (statement, key) -> {
                    statement.setLong(1, jobInstanceId);
                    statement.setInt(2, key.position());
                    statement.setString(3, key.fileName());
                    statement.setString(4, key.orgCode());
                    statement.setString(5, key.periodCode());
                    statement.setString(6, key.sha256());
                });
    }

    List<Key> of(long jobInstanceId) {
        return jdbc.query("""
                select position, file_name, org_code, period_code, sha256 from ingest_file_key
                where job_instance_id = ? order by position""", (row, i) -> new Key(row.getInt(1), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5)), jobInstanceId);
    }

    void forget(long jobInstanceId) {
        jdbc.update("delete from ingest_file_key where job_instance_id = ?", jobInstanceId);
    }
}
