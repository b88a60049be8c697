package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
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
import vn.dnnd.access.PortalUser;
import vn.dnnd.access.Role;
import vn.dnnd.access.UserAccount;
import vn.dnnd.access.UserService;
import vn.dnnd.system.DnndException;

/**
 * The administrators' users pages, doing what {@code dnnd users add|list|disable|reset|unlock} do, through the
 * same {@link UserService}: its rules and its audit rows, with the administrator's login as the actor. A
 * one-time password is written once, on the page that answers the form, and kept nowhere else.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/admin/users")
class UserPagesController {

    /** The login rule of the app_user table: nothing else reaches the service from the path. */
    private static final String LOGIN = "/{login:[a-z0-9][a-z0-9._-]{1,63}}";

    private final UserService users;
    private final Clock clock;

    UserPagesController(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        return listPage(model, locale, UserForm.empty());
    }

    @PostMapping
    String add(@AuthenticationPrincipal PortalUser admin, UserForm form, Model model, Locale locale) {
        try {
            model.addAttribute("issued", users.add(form.login(), form.fullName(), form.parsedRoles(),
                    form.organisationCodes(), admin.login()));
        } catch (DnndException e) {
            problem(model, e);
            return listPage(model, locale, form);
        }
        model.addAttribute("created", true);
        return "access/user-issued";
    }

    @GetMapping(LOGIN)
    Object user(@PathVariable String login, Model model, Locale locale, HttpServletRequest request) {
        Optional<UserAccount> account = users.find(login);
        if (account.isEmpty()) {
            return PortalErrors.answer(request, HttpStatus.NOT_FOUND, "Không có tài khoản " + login, "no user " + login);
        }
        return userPage(model, locale, account.get(), UserForm.of(account.get()));
    }

    @PostMapping(LOGIN)
    String change(@AuthenticationPrincipal PortalUser admin, @PathVariable String login, UserForm form, Model model,
                  Locale locale) {
        UserAccount account = existing(login);
        try {
            users.change(login, form.fullName(), form.parsedRoles(), form.organisationCodes(), admin.login());
        } catch (DnndException e) {
            problem(model, e);
            return userPage(model, locale, account, new UserForm(login, form.fullName(), form.roles(),
                    form.organisations()));
        }
        return "redirect:/admin/users/" + login + "?changed";
    }

    @PostMapping(LOGIN + "/disable")
    String disable(@AuthenticationPrincipal PortalUser admin, @PathVariable String login, Model model, Locale locale) {
        UserAccount account = existing(login);
        try {
            users.disable(login, admin.login());
        } catch (DnndException e) {
            problem(model, e);
            return userPage(model, locale, account, UserForm.of(account));
        }
        return "redirect:/admin/users/" + login + "?disabled";
    }

    /** A new one-time password, shown once; the account is enabled and unlocked with it, as `users reset` does. */
    @PostMapping(LOGIN + "/reset")
    String reset(@AuthenticationPrincipal PortalUser admin, @PathVariable String login, Model model) {
        existing(login);
        model.addAttribute("issued", users.reset(login, admin.login()));
        model.addAttribute("created", false);
        return "access/user-issued";
    }

    @PostMapping(LOGIN + "/unlock")
    String unlock(@AuthenticationPrincipal PortalUser admin, @PathVariable String login) {
        existing(login);
        users.unlock(login, admin.login());
        return "redirect:/admin/users/" + login + "?unlocked";
    }

    private String listPage(Model model, Locale locale, UserForm form) {
        PageText.addTo(model, locale);
        model.addAttribute("users", users.list());
        model.addAttribute("now", OffsetDateTime.now(clock));
        addForm(model, form);
        return "access/users";
    }

    private String userPage(Model model, Locale locale, UserAccount account, UserForm form) {
        PageText.addTo(model, locale);
        model.addAttribute("account", account);
        model.addAttribute("now", OffsetDateTime.now(clock));
        addForm(model, form);
        return "access/user";
    }

    private void addForm(Model model, UserForm form) {
        model.addAttribute("form", form);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", users.organisations());
    }

    private UserAccount existing(String login) {
        return users.find(login).orElseThrow(() -> new DnndException("Không có tài khoản " + login, "no user " + login));
    }

    private static void problem(Model model, DnndException e) {
        model.addAttribute("problemVi", e.vietnamese());
        model.addAttribute("problemEn", e.english());
    }
}
