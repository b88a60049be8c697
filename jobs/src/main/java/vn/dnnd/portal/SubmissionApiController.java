package vn.dnnd.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dnnd.access.PortalUser;
import vn.dnnd.submission.upload.UploadIssue;
import vn.dnnd.submission.upload.UploadTarget;
import vn.dnnd.submission.upload.UploadVerdict;

/** {@code POST /api/v1/submissions}: a report file sent by a program (or a session), taken at once. */
@RestController
@ConditionalOnWebApplication
@Tag(name = "submissions", description = "Nộp báo cáo (submit a report)")
class SubmissionApiController {

    /**
     * The verdict as JSON (snake_case): {@code status} accepted|rejected|duplicate, {@code refusal} (null, or why
     * nothing was stored: too_large, wrong_type, multi_organisation, forbidden, other_target), the organisation and
     * period, the version an accepted file became and its {@code version_status} (accepted: counted now; awaiting:
     * counted once a reviewer accepts it), its intake file id, how many issues and the first
     * {@value #API_ISSUES} of them, and one summary message.
     */
    record SubmissionResult(String status, String refusal, String organisation, String period, Integer version,
                            String versionStatus,
                            Long fileId, int issueCount, List<UploadIssue> issues, String messageVi, String messageEn) {
    }

    /** At most this many issues in the answer ({@code issue_count} says how many there are): the error report has all. */
    static final int API_ISSUES = 1000;

    private final SubmissionUploads uploads;

    SubmissionApiController(SubmissionUploads uploads) {
        this.uploads = uploads;
    }

    @Operation(summary = "Gửi một tệp báo cáo (.xlsx, .csv, .json) của một tổ chức cho một kỳ; kết quả ngay "
            + "(send one report file; the verdict at once)")
    @ApiResponse(responseCode = "201", description = "accepted, rejected (with every issue) or duplicate")
    @ApiResponse(responseCode = "403", description = "a report of an organisation the caller may not submit for")
    @ApiResponse(responseCode = "413", description = "larger than the upload limit; nothing stored")
    @ApiResponse(responseCode = "400", description = "wrong type, several organisations, no file; nothing stored")
    @PostMapping(path = "/api/v1/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionResult> submit(@AuthenticationPrincipal PortalUser user,
                                            @RequestParam(name = "file", required = false) MultipartFile file,
                                            HttpServletRequest request) throws IOException {
        // A token (or a clerk of one organisation) sends for that organisation: a damaged file is recorded as its.
        UploadTarget target = user.organisations().size() == 1
                ? new UploadTarget(user.organisations().iterator().next(), null) : null;
        UploadVerdict verdict = uploads.take(user, file, target, request);
        return ResponseEntity.status(SubmissionUploads.status(verdict, HttpStatus.CREATED)).body(result(verdict));
    }

    private static SubmissionResult result(UploadVerdict v) {
        String vi;
        String en;
        if (v.refused()) {
            vi = v.issues().get(0).messageVi();
            en = v.issues().get(0).messageEn();
        } else {
            vi = switch (v.status()) {
                case ACCEPTED -> "Đã nhận: báo cáo của " + v.organisation() + " kỳ " + v.period() + " là phiên bản " + v.version()
                        + (v.awaitingReview() ? ", đang chờ duyệt" : "");
                case DUPLICATE -> "Tệp trùng với tệp đã nhận trước đây; không có gì thay đổi";
                case REJECTED -> "Tệp bị từ chối: " + v.errorCount() + " lỗi; các phiên bản đã nhận không thay đổi";
            };
            en = switch (v.status()) {
                case ACCEPTED -> "accepted: the report of " + v.organisation() + " for " + v.period() + " is version " + v.version()
                        + (v.awaitingReview() ? ", awaiting review" : "");
                case DUPLICATE -> "identical to a file received before; nothing changed";
                case REJECTED -> "rejected: " + v.errorCount() + " error(s); the versions received before are unchanged";
            };
        }
        return new SubmissionResult(v.status().code(), v.refused() ? v.refusal().name().toLowerCase() : null,
                v.organisation(), v.period(), v.version(), v.versionStatus(), v.fileId(), v.issues().size(),
                v.issues().subList(0, Math.min(API_ISSUES, v.issues().size())), vi, en);
    }
}
