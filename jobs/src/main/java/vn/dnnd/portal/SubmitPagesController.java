package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.PortalUser;
import vn.dnnd.submission.template.TemplateService;
import vn.dnnd.submission.upload.ErrorReportFile;
import vn.dnnd.submission.upload.SubmissionHistory;
import vn.dnnd.submission.upload.UploadTarget;
import vn.dnnd.submission.upload.UploadVerdict;

/**
 * The submitter's pages: the periods open for each of its organisations, the template of one, an upload and
 * its verdict, the history of files sent, and a file's error report. Every {org} is checked against the user
 * first (403 otherwise); a period is a year, so nothing from the path reaches a header or a file name unchecked.
 */
@Controller
@ConditionalOnWebApplication
class SubmitPagesController {

    private static final String PERIOD = "{period:[0-9]{4}}";
    /** About 150 KB of table at most: a page stays under 300 KB on a provincial office's connection. */
    static final int PAGE_ISSUES = 200;

    private final SubmissionHistory history;
    private final TemplateService templates;
    private final SubmissionUploads uploads;
    private final AuditLog audit;

    SubmitPagesController(SubmissionHistory history, TemplateService templates, SubmissionUploads uploads,
                          AuditLog audit) {
        this.history = history;
        this.templates = templates;
        this.uploads = uploads;
        this.audit = audit;
    }

    @GetMapping("/submit")
    String periods(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("organisations", user.organisations().stream().sorted()
                .map(org -> new OrganisationPeriods(org, history.periods(org))).toList());
        model.addAttribute("today", history.today());
        return "submission/periods";
    }

    @GetMapping("/submit/{org}/" + PERIOD + "/template")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal PortalUser user, @PathVariable String org,
                                    @PathVariable String period, HttpServletRequest request) {
        user.requireOrganisation(org);
        byte[] workbook = templates.generate(org, period);
        audit.record(user.actor(), request.getRemoteAddr(), AuditLog.DOWNLOAD, org + " " + period, "template");
        return attachment("bieu-mau-" + org + "-" + period + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), workbook);
    }

    @PostMapping("/submit/{org}/" + PERIOD)
    String upload(@AuthenticationPrincipal PortalUser user, @PathVariable String org, @PathVariable String period,
                  @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
                  HttpServletResponse response, Model model) throws IOException {
        user.requireOrganisation(org);
        UploadVerdict verdict = uploads.take(user, file, new UploadTarget(org, period), request);
        response.setStatus(SubmissionUploads.status(verdict, HttpStatus.OK).value());
        model.addAttribute("verdict", verdict);
        model.addAttribute("organisation", org);
        // A hostile file can hold many thousand problems; the page stays small, the error report has them all.
        model.addAttribute("issues", verdict.issues().subList(0, Math.min(PAGE_ISSUES, verdict.issues().size())));
        model.addAttribute("moreIssues", Math.max(0, verdict.issues().size() - PAGE_ISSUES));
        return "submission/verdict";
    }

    @GetMapping("/submit/{org}/history")
    String history(@AuthenticationPrincipal PortalUser user, @PathVariable String org, Model model) {
        user.requireOrganisation(org);
        model.addAttribute("organisation", org);
        model.addAttribute("files", history.files(org, null));
        return "submission/history";
    }

    /** Found by the file's id and the organisation together: another organisation's file is simply not there. */
    @GetMapping("/submit/{org}/errors/{fileId:[0-9]{1,18}}")
    ResponseEntity<byte[]> errors(@AuthenticationPrincipal PortalUser user, @PathVariable String org,
                                  @PathVariable long fileId, HttpServletRequest request) {
        user.requireOrganisation(org);
        ErrorReportFile report = history.errorReport(fileId, org).orElse(null);
        if (report == null) {
            return ResponseEntity.notFound().build();
        }
        audit.record(user.actor(), request.getRemoteAddr(), AuditLog.DOWNLOAD, org, "error report of file " + fileId);
        return attachment(report.downloadName(), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                report.content());
    }

    private static ResponseEntity<byte[]> attachment(String name, MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.of("attachment", name))
                .body(content);
    }
}
