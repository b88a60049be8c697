package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dnnd.access.PortalUser;
import vn.dnnd.report.Edition;
import vn.dnnd.report.EditionDiff;
import vn.dnnd.report.ReportArchive;
import vn.dnnd.report.ReportAudience;

/** The reports pages: periods with editions, a period's editions and files, the last two compared, a file. */
@Controller
@ConditionalOnWebApplication
class ReportPagesController {

    private final ReportArchive archive;
    private final ArtifactDownloads downloads;

    ReportPagesController(ReportArchive archive, ArtifactDownloads downloads) {
        this.archive = archive;
        this.downloads = downloads;
    }

    @GetMapping("/reports")
    String periods(Model model, Locale locale) {
        model.addAttribute("periods", archive.periods());
        PageText.addTo(model, locale);
        return "report/periods";
    }

    /** Newest edition first, each with only the files the user's roles may open. */
    @GetMapping("/reports/{period}")
    String editions(@PathVariable String period, @AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
        List<Edition> editions = new ArrayList<>(ReportAudience.visible(archive.editions(period),
                ArtifactDownloads.roles(user)));
        Collections.reverse(editions);
        model.addAttribute("period", period);
        model.addAttribute("editions", editions);
        PageText.addTo(model, locale);
        return "report/editions";
    }

    @GetMapping("/reports/{period}/diff")
    String diff(@PathVariable String period, Model model, Locale locale) {
        EditionDiff diff = archive.lastTwoCompared(period).orElse(null);
        model.addAttribute("period", period);
        model.addAttribute("diff", diff);
        model.addAttribute("editionCount", diff == null ? archive.editions(period).size() : 2);
        PageText.addTo(model, locale);
        return "report/diff";
    }

    /** Opens the file in the browser, or saves it with {@code ?download=true}. */
    @GetMapping("/reports/artifacts/{id}")
    ResponseEntity<Resource> artifact(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
                                      @AuthenticationPrincipal PortalUser user, HttpServletRequest request) {
        return downloads.send(id, user, request, download);
    }
}
