package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.PortalUser;
import vn.dnnd.reports.model.OrganisationKind;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.status.BoardRegion;
import vn.dnnd.reports.status.StatusBoard;
import vn.dnnd.submission.status.StatusBoardService;
import vn.dnnd.submission.status.StatusFilter;

/**
 * The status board pages (REVIEWER, ANALYST, LEADER, ADMIN, by the URL rules): which period, the board
 * with its filters, and its workbook. Unknown periods, regions and kinds are refused by the service with a
 * message naming them, which the portal's error page shows.
 */
@Controller
@ConditionalOnWebApplication
class StatusBoardController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StatusBoardService boards;
    private final AuditLog audit;

    StatusBoardController(StatusBoardService boards, AuditLog audit) {
        this.boards = boards;
        this.audit = audit;
    }

    /** The period chosen in the form (checked: a redirect never carries what the registry does not know), else the current one. */
    @GetMapping("/status")
    String choose(@RequestParam(required = false) String period, Model model) {
        if (period != null && !period.isBlank()) {
            return "redirect:" + boardPath(boards.period(period.trim()).code());
        }
        return boards.current().map(current -> "redirect:" + boardPath(current.code())).orElseGet(() -> {
            model.addAttribute("periods", boards.periods());
            return "status/periods";
        });
    }

    @GetMapping("/status/{period}")
    String board(@PathVariable String period, @RequestParam(required = false) String region,
                 @RequestParam(required = false) String kind, Locale locale, Model model) {
        StatusBoard board = boards.board(period, StatusFilter.of(region, kind));
        model.addAttribute("board", board);
        model.addAttribute("counts", board.counts());
        model.addAttribute("periods", boards.periods());
        model.addAttribute("regions", boards.regions(board.periodCode()));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("texts", new StatusTexts(StatusTexts.languageOf(locale)));
        model.addAttribute("exportPath", UriComponentsBuilder.fromPath(boardPath(board.periodCode()) + "/export")
                .queryParamIfPresent("region", Optional.ofNullable(board.region()).map(BoardRegion::code))
                .queryParamIfPresent("kind", Optional.ofNullable(board.kind()).map(OrganisationKind::code))
                .build().toUriString());
        return "status/board";
    }

    /** The board as a workbook in the page's language, with the same filters; every download is audited. */
    @GetMapping("/status/{period}/export")
    ResponseEntity<byte[]> export(@PathVariable String period, @RequestParam(required = false) String region,
                                  @RequestParam(required = false) String kind, Locale locale,
                                  @AuthenticationPrincipal PortalUser user, HttpServletRequest request) {
        StatusBoard board = boards.board(period, StatusFilter.of(region, kind));
        ReportLanguage language = StatusTexts.languageOf(locale);
        byte[] workbook = boards.workbook(board, language);
        String name = StatusBoardService.workbookName(board, language);
        audit.record(user.actor(), request.getRemoteAddr(), AuditLog.DOWNLOAD, "status:" + board.periodCode(), name);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDispositions.of("attachment", name))
                .body(workbook);
    }

    private static String boardPath(String periodCode) {
        return UriComponentsBuilder.fromPath("/status/{period}").buildAndExpand(periodCode).encode().toUriString();
    }
}
