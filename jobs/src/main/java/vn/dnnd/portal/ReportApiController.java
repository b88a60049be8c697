package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dnnd.access.PortalUser;
import vn.dnnd.report.Edition;
import vn.dnnd.report.ReportArchive;
import vn.dnnd.report.ReportAudience;

/** The reports API: a period's editions with the files the caller may fetch, and a file by its id. */
@RestController
@RequestMapping("/api/v1")
@ConditionalOnWebApplication
class ReportApiController {

    private final ReportArchive archive;
    private final ArtifactDownloads downloads;

    ReportApiController(ReportArchive archive, ArtifactDownloads downloads) {
        this.archive = archive;
        this.downloads = downloads;
    }

    /** Oldest edition first, as numbered; an unknown period or one without editions has an empty list. */
    @GetMapping("/periods/{period}/editions")
    Editions editions(@PathVariable String period, @AuthenticationPrincipal PortalUser user) {
        return new Editions(period, ReportAudience.visible(archive.editions(period), ArtifactDownloads.roles(user))
                .stream().map(ReportApiController::edition).toList());
    }

    @GetMapping("/artifacts/{id}")
    ResponseEntity<Resource> artifact(@PathVariable long id, @AuthenticationPrincipal PortalUser user,
                                      HttpServletRequest request) {
        return downloads.send(id, user, request, true);
    }

    private static EditionJson edition(Edition e) {
        return new EditionJson(e.number(), e.createdAt(), e.runId(), e.kinds(), e.languages(), e.files().stream()
                .map(f -> new FileJson(f.id(), f.kind(), f.language(), f.scope(), f.format(), f.fileName(), f.bytes(),
                        f.sha256(), f.createdAt(), "/api/v1/artifacts/" + f.id())).toList());
    }

    record Editions(String period, List<EditionJson> editions) {
    }

    record EditionJson(int edition, OffsetDateTime createdAt, long runId, List<String> kinds, List<String> languages,
                       List<FileJson> files) {
    }

    /** {@code href} is where the file is fetched, by its id. */
    record FileJson(long id, String kind, String language, String scope, String format, String fileName, long bytes,
                    String sha256, OffsetDateTime createdAt, String href) {
    }
}
