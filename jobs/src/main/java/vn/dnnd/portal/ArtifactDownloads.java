package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.PortalUser;
import vn.dnnd.report.ArtifactFile;
import vn.dnnd.report.ArtifactFiles;
import vn.dnnd.report.ArtifactUnavailable;

/**
 * Sends a recorded report file, for the page and the API alike: the report feature finds it by id and
 * applies who may open which kind; here it gets its headers and an audit row (who, from where, which file).
 */
@Component
@ConditionalOnWebApplication
class ArtifactDownloads {

    private final ArtifactFiles files;
    private final AuditLog audit;

    ArtifactDownloads(ArtifactFiles files, AuditLog audit) {
        this.files = files;
        this.audit = audit;
    }

    /** The user's roles by name, as the report feature's audience rule takes them. */
    static Set<String> roles(PortalUser user) {
        return user.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    ResponseEntity<Resource> send(long id, PortalUser user, HttpServletRequest request, boolean attachment) {
        ArtifactFile file = files.find(id, roles(user));
        Resource body;
        try {
            body = new InputStreamResource(file.open());
        } catch (IOException e) {
            // gone between the check and the opening: as if never there
            throw new ArtifactUnavailable(id);
        }
        audit.record(user.actor(), request.getRemoteAddr(), AuditLog.DOWNLOAD, "artifact:" + id,
                file.period() + " edition " + file.edition() + " " + file.artifact().kind() + " "
                        + file.artifact().language() + " " + file.artifact().fileName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.artifact().contentType()))
                .contentLength(file.artifact().bytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDispositions.of(attachment ? "attachment" : "inline", file.artifact().fileName()))
                .body(body);
    }
}
