package vn.dnnd.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dnnd.system.HomeDirectory;
import vn.dnnd.system.NamedQueries;

/**
 * Hands out a rendered file by its recorded id, never by a path a reader gives: the path comes from
 * report_artifact, and the file is served only while it is still what renderJob archived there, a regular
 * file (not a link) inside the home's reports directory with the recorded size. Anything else (the
 * directory or file swapped for a link, a file moved, truncated or replaced) is refused, not followed.
 */
@Service
public class ArtifactFiles {

    private static final Logger log = LoggerFactory.getLogger(ArtifactFiles.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final HomeDirectory home;

    public ArtifactFiles(NamedParameterJdbcTemplate jdbc, NamedQueries queries, HomeDirectory home) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.home = home;
    }

    /**
     * The recorded file {@code id} for a reader with these roles.
     *
     * @throws ArtifactUnavailable when the id is not recorded or its file is no longer as archived
     * @throws ArtifactForbidden   when the roles may not open its kind ({@link ReportAudience})
     */
    public ArtifactFile find(long id, Collection<String> roles) {
        List<ArtifactFile> found = jdbc.query(queries.get("report", "find-artifact"),
                new MapSqlParameterSource("id", id), (rs, n) -> new ArtifactFile(ReportArchive.artifact(rs),
                        rs.getString(9), rs.getInt(10)));
        if (found.isEmpty()) {
            throw new ArtifactUnavailable(id);
        }
        ArtifactFile file = found.get(0);
        if (!ReportAudience.mayOpen(roles, file.artifact().kind())) {
            throw new ArtifactForbidden(id, file.artifact().kind());
        }
        return file.at(checked(file.artifact()));
    }

    /** The real path of the recorded file, after every check the class comment names. */
    private Path checked(Edition.Artifact artifact) {
        Path recorded = artifact.path();
        try {
            Path reports = home.reports().toRealPath();
            if (recorded.isAbsolute() && Files.isRegularFile(recorded, LinkOption.NOFOLLOW_LINKS)) {
                // toRealPath also resolves a directory above the file that was swapped for a link
                Path real = recorded.toRealPath();
                if (real.startsWith(reports) && Files.size(real) == artifact.bytes()) {
                    return real;
                }
            }
        } catch (IOException e) {
            log.warn("report file {} of artifact {} cannot be checked", recorded, artifact.id(), e);
            throw new ArtifactUnavailable(artifact.id());
        }
        log.warn("report file {} of artifact {} is no longer the archived regular file inside {}; refused", recorded,
                artifact.id(), home.reports());
        throw new ArtifactUnavailable(artifact.id());
    }
}
