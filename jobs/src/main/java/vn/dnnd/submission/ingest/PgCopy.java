package vn.dnnd.submission.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows written with PostgreSQL COPY (text format) on the connection of the current transaction:
 * the bulk path that lets ingest keep pace with a raw COPY of the same values.
 */
final class PgCopy {

    private final StringBuilder buffer = new StringBuilder(64 * 1024);

    PgCopy row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(values[i]);
        }
        buffer.append('\n');
        return this;
    }

    boolean isEmpty() {
        return buffer.isEmpty();
    }

    /** Sends the rows in one COPY statement; returns how many rows PostgreSQL stored. */
    long into(DataSource dataSource, String tableAndColumns) {
        if (buffer.isEmpty()) {
            return 0;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            return pg.getCopyAPI().copyIn("copy " + tableAndColumns + " from stdin", new StringReader(buffer.toString()));
        } catch (SQLException e) {
            throw new org.springframework.dao.DataIntegrityViolationException("COPY into " + tableAndColumns + " failed: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void append(Object value) {
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof BigDecimal number) {
            buffer.append(number.toPlainString());
        } else if (value instanceof Boolean || value instanceof Number || value instanceof LocalDate
                || value instanceof java.time.OffsetDateTime) {
            buffer.append(value);
        } else {
            escape(value.toString());
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }
}
