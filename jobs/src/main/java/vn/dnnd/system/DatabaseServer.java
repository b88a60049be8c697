package vn.dnnd.system;

/** The PostgreSQL server the application talks to: embedded (default) or external. */
public interface DatabaseServer extends AutoCloseable {

    String jdbcUrl();

    String user();

    String password();

    /** One line for logs and error messages, e.g. "embedded PostgreSQL 17 at /srv/dnnd/pgdata". */
    String describe();

    @Override
    void close();

    static DatabaseServer external(DnndProperties.Db db) {
        return new DatabaseServer() {
            @Override
            public String jdbcUrl() {
                return db.url();
            }

            @Override
            public String user() {
                return db.user();
            }

            @Override
            public String password() {
                return db.password();
            }

            @Override
            public String describe() {
                return "external PostgreSQL " + db.url();
            }

            @Override
            public void close() {
                // The external server is not ours to stop.
            }
        };
    }
}
