package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.dnnd.access.OrganisationForbidden;
import vn.dnnd.operations.ExecutionNotFound;
import vn.dnnd.report.ArtifactForbidden;
import vn.dnnd.report.ArtifactUnavailable;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.system.DnndException;

/**
 * Every failure of a page or endpoint as the user should see it: the message in Vietnamese and English, on
 * the portal's error page or as the API's JSON; never a stack trace (that goes to the log).
 */
@ControllerAdvice
@ConditionalOnWebApplication
class PortalErrors {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

    @ExceptionHandler(OrganisationForbidden.class)
    Object forbidden(OrganisationForbidden e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, e.vietnamese(), e.english());
    }

    /** A report file that is not recorded, or no longer the file that was archived. */
    @ExceptionHandler(ArtifactUnavailable.class)
    Object unavailable(ArtifactUnavailable e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.vietnamese(), e.english());
    }

    /** A report kind the user's roles may not open (a leader and the analyst workbook). */
    @ExceptionHandler(ArtifactForbidden.class)
    Object artifactForbidden(ArtifactForbidden e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, e.vietnamese(), e.english());
    }

    /** A job execution id the job repository does not know (the job monitor). */
    @ExceptionHandler(ExecutionNotFound.class)
    Object noExecution(ExecutionNotFound e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.vietnamese(), e.english());
    }

    /** {@code /reports/artifacts/abc}: an id is a number, so this names nothing that exists. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object notAnId(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String value = Texts.excerpt(String.valueOf(e.getValue()), 60);
        return answer(request, HttpStatus.NOT_FOUND, "Không tìm thấy " + value, "not found: " + value);
    }

    @ExceptionHandler(ReviewPagesController.VersionNotFound.class)
    Object noVersion(ReviewPagesController.VersionNotFound e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.vietnamese(), e.english());
    }

    @ExceptionHandler(DnndException.class)
    Object refused(DnndException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, e.vietnamese(), e.english());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "Tệp vượt quá giới hạn kích thước cho phép",
                "the file is larger than the upload limit");
    }

    /** A request cut off mid-way, or not a multipart form at all. */
    @ExceptionHandler(MultipartException.class)
    Object brokenUpload(MultipartException e, HttpServletRequest request) {
        log.info("Incomplete or malformed upload to {}: {}", request.getRequestURI(), e.getMessage());
        return answer(request, HttpStatus.BAD_REQUEST, "Tệp gửi lên không trọn vẹn hoặc sai dạng biểu mẫu; "
                + "không có gì được lưu", "the upload was incomplete or not a multipart form; nothing was stored");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Không có trang này", "no such page");
    }

    @ExceptionHandler(Exception.class)
    Object failed(Exception e, HttpServletRequest request) {
        log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR,
                "Lỗi hệ thống; chi tiết đã ghi vào nhật ký máy chủ", "internal error; the details are in the server log");
    }

    /** ApiError JSON for the API, the error page otherwise. */
    static Object answer(HttpServletRequest request, HttpStatus status, String vietnamese, String english) {
        if (ApiErrors.isApi(request)) {
            return ResponseEntity.status(status).body(new ApiError(status.value(), vietnamese, english));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageVi", vietnamese);
        page.addObject("messageEn", english);
        return page;
    }
}
