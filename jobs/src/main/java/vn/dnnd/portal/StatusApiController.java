package vn.dnnd.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dnnd.submission.status.StatusBoardService;
import vn.dnnd.submission.status.StatusFilter;

/** {@code GET /api/v1/periods/{period}/status}: every expected reporter of the period with its state, as JSON. */
@RestController
@ConditionalOnWebApplication
class StatusApiController {

    private final StatusBoardService boards;

    StatusApiController(StatusBoardService boards) {
        this.boards = boards;
    }

    @GetMapping("/api/v1/periods/{period}/status")
    StatusResponse status(@PathVariable String period, @RequestParam(required = false) String region,
                          @RequestParam(required = false) String kind) {
        return StatusResponse.of(boards.board(period, StatusFilter.of(region, kind)));
    }
}
