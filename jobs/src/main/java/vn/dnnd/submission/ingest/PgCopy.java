package vn.dnnd.submission.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows written with PostgreSQL COPY (text format) on the connection of the current transaction,
 * streamed: rows are formatted into a buffer that is sent whenever it holds {@value #FLUSH_CHARS}
 * characters, so a chunk of any size never becomes one giant string. The COPY starts with the first
 * row; {@link #finish()} ends it. Only one COPY can be open on a connection at a time.
 */
final class PgCopy implements AutoCloseable {

    static final int FLUSH_CHARS = 256 * 1024;

    private final DataSource dataSource;
    private final String tableAndColumns;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 8192);
    private Connection connection;
    private CopyIn copy;

    private PgCopy(DataSource dataSource, String tableAndColumns) {
        this.dataSource = dataSource;
        this.tableAndColumns = tableAndColumns;
    }

    static PgCopy into(DataSource dataSource, String tableAndColumns) {
        return new PgCopy(dataSource, tableAndColumns);
    }

    PgCopy row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(values[i]);
        }
        buffer.append('\n');
        if (buffer.length() >= FLUSH_CHARS) {
            send();
        }
        return this;
    }

    /** Sends what is left and ends the COPY; returns how many rows PostgreSQL stored. */
    long finish() {
        try {
            if (copy == null && buffer.isEmpty()) {
                return 0;
            }
            send();
            long rows = copy.endCopy();
            copy = null;
            return rows;
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            close();
        }
    }

    /** Abandons an unfinished COPY (the transaction is rolled back anyway) and gives the connection back. */
    @Override
    public void close() {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            copy = null;
            if (connection != null) {
                DataSourceUtils.releaseConnection(connection, dataSource);
                connection = null;
            }
        }
    }

    private void send() {
        try {
            if (copy == null) {
                connection = DataSourceUtils.getConnection(dataSource);
                copy = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy " + tableAndColumns + " from stdin");
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private DataIntegrityViolationException failed(SQLException e) {
        return new DataIntegrityViolationException("COPY into " + tableAndColumns + " failed: " + e.getMessage(), e);
    }

    private void append(Object value) {
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof String text) {
            escape(text);
        } else if (value instanceof Long number) {
            buffer.append(number.longValue());
        } else if (value instanceof BigDecimal number) {
            buffer.append(number.toPlainString());
        } else if (value instanceof Boolean || value instanceof Number || value instanceof LocalDate
                || value instanceof OffsetDateTime) {
            buffer.append(value);
        } else {
            escape(value.toString());
        }
    }

    private void escape(String text) {
        int plain = 0;
        while (plain < text.length() && !special(text.charAt(plain))) {
            plain++;
        }
        // Most fields (codes, numbers, references) need no escaping: appended whole, not char by char.
        buffer.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                // PostgreSQL text cannot hold NUL, and COPY would fail the whole chunk on it. Validation
                // rejects a submission carrying one; what is still stored of a rejected file (its codes,
                // a quoted value) shows the character as a visible ␀ instead.
                case '\u0000' -> buffer.append('\u2400');
                default -> buffer.append(c);
            }
        }
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\u0000';
    }
}
