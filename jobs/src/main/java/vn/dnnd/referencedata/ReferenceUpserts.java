package vn.dnnd.referencedata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Effective-dated upserts from staging into the reference tables. Rows are keyed by their natural
 * key (organisation: code + valid_from); unchanged rows are not touched, so a repeated load reports
 * zero changes. Each statement returns one boolean per written row: inserted (true) or updated. The
 * statements are files in sql/queries/referencedata/, by table in the order they are applied.
 */
final class ReferenceUpserts {

    static final Map<String, String> BY_TABLE = new LinkedHashMap<>();

    static {
        BY_TABLE.put("task", "upsert-tasks");
        BY_TABLE.put("region", "upsert-regions");
        BY_TABLE.put("organisation", "upsert-organisations");
        // A successor is the version of its code in force the day after this one ends: a new unit
        // (the 2025 provinces) or a body that already existed (MOFA taking over a commission's work).
        BY_TABLE.put("organisation successor", "link-successors");
        BY_TABLE.put("indicator", "upsert-indicators");
        BY_TABLE.put("reporting_period", "upsert-periods");
    }

    private ReferenceUpserts() {
    }

    /** Inserted and updated counts of one table. */
    record Change(String table, int inserted, int updated) {

        static Change of(String table, List<Boolean> insertedFlags) {
            int inserted = (int) insertedFlags.stream().filter(Boolean::booleanValue).count();
            return new Change(table, inserted, insertedFlags.size() - inserted);
        }
    }
}
