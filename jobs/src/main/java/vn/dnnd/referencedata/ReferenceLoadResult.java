package vn.dnnd.referencedata;

import java.util.List;

/** What a reference load changed, table by table. */
public record ReferenceLoadResult(long jobExecutionId, String location, List<TableChange> changes) {

    public record TableChange(String table, int inserted, int updated) {
    }

    public int totalChanged() {
        return changes.stream().mapToInt(c -> c.inserted() + c.updated()).sum();
    }
}
