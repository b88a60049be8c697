package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.PortalUser;
import vn.dnnd.submission.upload.UploadRequest;
import vn.dnnd.submission.upload.UploadService;
import vn.dnnd.submission.upload.UploadTarget;
import vn.dnnd.submission.upload.UploadVerdict;
import vn.dnnd.system.DnndException;

/**
 * What the upload page and the API share: hand the file to the upload service as the user, write the audit row
 * (whatever the verdict, refusals too), and the HTTP status of each kind of verdict.
 */
@Component
@ConditionalOnWebApplication
class SubmissionUploads {

    private final UploadService uploads;
    private final AuditLog audit;

    SubmissionUploads(UploadService uploads, AuditLog audit) {
        this.uploads = uploads;
        this.audit = audit;
    }

    UploadVerdict take(PortalUser user, MultipartFile file, UploadTarget target, HttpServletRequest request)
            throws IOException {
        if (file == null) {
            throw new DnndException("Chưa chọn tệp báo cáo (trường 'file'); không có gì được lưu",
                    "no report file was sent (field 'file'); nothing was stored");
        }
        UploadVerdict verdict;
        try (InputStream content = file.getInputStream()) {
            verdict = uploads.upload(new UploadRequest(content, file.getOriginalFilename(), user.actor(),
                    user::mayActFor, target, null));
        }
        audit.record(user.actor(), request.getRemoteAddr(), AuditLog.UPLOAD, auditTarget(verdict), auditDetail(verdict));
        return verdict;
    }

    /** A stored verdict is {@code stored}; a refusal says why: too large 413, another's organisation 403, else 400. */
    static HttpStatus status(UploadVerdict verdict, HttpStatus stored) {
        if (!verdict.refused()) {
            return stored;
        }
        return switch (verdict.refusal()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case WRONG_TYPE, MULTI_ORGANISATION, OTHER_TARGET -> HttpStatus.BAD_REQUEST;
        };
    }

    private static String auditTarget(UploadVerdict verdict) {
        String org = verdict.organisation() == null ? "?" : verdict.organisation();
        return verdict.period() == null ? org : org + " " + verdict.period();
    }

    /** "accepted v2 file 17 hn.xlsx", "rejected file 18 …", "refused forbidden ca-mau.csv". */
    private static String auditDetail(UploadVerdict verdict) {
        String what = verdict.refused() ? "refused " + verdict.refusal().name().toLowerCase()
                : verdict.status().code() + (verdict.version() == null ? "" : " v" + verdict.version())
                  + " file " + verdict.fileId();
        return what + " " + verdict.fileName();
    }
}
