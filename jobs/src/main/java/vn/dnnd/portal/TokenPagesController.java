package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dnnd.access.ApiToken;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.access.PortalUser;
import vn.dnnd.access.UserService;
import vn.dnnd.system.DnndException;

/**
 * The administrators' API token pages, doing what {@code dnnd users token|tokens|revoke} do, through the same
 * {@link ApiTokens}. A token's secret is written once, on the page that answers the form; only its hash is kept.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/admin/tokens")
class TokenPagesController {

    private static final String TOKEN = "/{tokenId:[0-9]{1,18}}";

    private final ApiTokens tokens;
    private final UserService users;

    TokenPagesController(ApiTokens tokens, UserService users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** The list, and after a revocation which token it was. */
    @GetMapping
    String list(@RequestParam(name = "revoked", required = false) Long revoked, Model model, Locale locale) {
        model.addAttribute("revoked", revoked);
        return listPage(model, locale, "", "");
    }

    @PostMapping
    String create(@AuthenticationPrincipal PortalUser admin,
                  @RequestParam(name = "organisation", defaultValue = "") String organisation,
                  @RequestParam(name = "label", defaultValue = "") String label, Model model, Locale locale) {
        try {
            model.addAttribute("issued", tokens.create(organisation, label, admin.login()));
        } catch (DnndException e) {
            model.addAttribute("problemVi", e.vietnamese());
            model.addAttribute("problemEn", e.english());
            return listPage(model, locale, organisation, label);
        }
        return "access/token-issued";
    }

    /** The question before revoking: the programs using the token stop working at once, and it cannot be undone. */
    @GetMapping(TOKEN + "/revoke")
    Object confirmRevoke(@PathVariable long tokenId, Model model, Locale locale, HttpServletRequest request) {
        Optional<ApiToken> token = tokens.find(tokenId);
        if (token.isEmpty()) {
            return notFound(request, tokenId);
        }
        PageText.addTo(model, locale);
        model.addAttribute("token", token.get());
        return "access/token-revoke";
    }

    @PostMapping(TOKEN + "/revoke")
    Object revoke(@AuthenticationPrincipal PortalUser admin, @PathVariable long tokenId, HttpServletRequest request) {
        if (tokens.find(tokenId).isEmpty()) {
            return notFound(request, tokenId);
        }
        tokens.revoke(tokenId, admin.login());
        return "redirect:/admin/tokens?revoked=" + tokenId;
    }

    private String listPage(Model model, Locale locale, String organisation, String label) {
        PageText.addTo(model, locale);
        model.addAttribute("tokens", tokens.list());
        model.addAttribute("organisations", users.organisations());
        model.addAttribute("organisation", organisation);
        model.addAttribute("label", label);
        return "access/tokens";
    }

    private static Object notFound(HttpServletRequest request, long tokenId) {
        return PortalErrors.answer(request, HttpStatus.NOT_FOUND, "Không có mã truy cập số " + tokenId,
                "no token " + tokenId);
    }
}
