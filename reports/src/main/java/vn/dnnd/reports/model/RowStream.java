package vn.dnnd.reports.model;

import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Rows handed over one at a time, for tables too large to hold in memory (a million raw values).
 * A database reader implements it with a row callback; the writer consumes each row as it comes.
 */
@FunctionalInterface
public interface RowStream<T> {

    /** Calls the sink once per row, in order. */
    void forEach(Consumer<? super T> sink);

    static <T> RowStream<T> of(Iterable<? extends T> rows) {
        return sink -> rows.forEach(sink);
    }

    /** A stream over an iterator; it can be consumed once. */
    static <T> RowStream<T> of(Iterator<? extends T> rows) {
        return sink -> rows.forEachRemaining(sink);
    }

    static <T> RowStream<T> empty() {
        return sink -> { };
    }
}
