package vn.dnnd.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code dnnd.*}. Environment variables bind by Spring's relaxed rules:
 * {@code DNND_HOME}, {@code DNND_DB_URL}, {@code DNND_DB_USER}, {@code DNND_DB_PASSWORD},
 * {@code DNND_SHARED_DIRECTORY}.
 *
 * @param sharedDirectory where the inbox, the archive, the uploads and the reports are kept instead of the
 *                        home, when set: a directory every node of a cluster mounts at the same path
 *                        (README, "Running on several machines")
 */
@ConfigurationProperties("dnnd")
public record DnndProperties(
        @DefaultValue("./data") String home,
        @DefaultValue Db db,
        @DefaultValue Reference reference,
        String sharedDirectory) {

    /** An external PostgreSQL; when {@code url} is blank the embedded server is used. */
    public record Db(String url, String user, String password, String schema,
                     @DefaultValue("8") int maxPoolSize) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /** Where referenceDataJob reads its CSV files from (a Spring resource location ending in '/'). */
    public record Reference(@DefaultValue("classpath:reference/") String location) {
    }
}
