package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dnnd.access.PortalUser;
import vn.dnnd.access.UserService;
import vn.dnnd.system.DnndException;

/** The login page, the home page (what each role may open) and choosing one's own password. */
@Controller
@ConditionalOnWebApplication
class AccessPagesController {

    private final UserService users;

    AccessPagesController(UserService users) {
        this.users = users;
    }

    @GetMapping("/login")
    String login() {
        return "access/login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("user", user);
        return "access/home";
    }

    @GetMapping("/password")
    String passwordForm() {
        return "access/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal PortalUser user, @RequestParam("current") String current,
                          @RequestParam("chosen") String chosen, @RequestParam("repeated") String repeated,
                          HttpServletRequest request, Model model) {
        try {
            if (!chosen.equals(repeated)) {
                throw new DnndException("Hai lần nhập mật khẩu mới không giống nhau", "the two new passwords differ");
            }
            users.changePassword(user.login(), current, chosen, request.getRemoteAddr());
        } catch (DnndException e) {
            model.addAttribute("problemVi", e.vietnamese());
            model.addAttribute("problemEn", e.english());
            return "access/password";
        }
        PasswordChangeFilter.done(request.getSession());
        return "redirect:/?passwordChanged";
    }
}
