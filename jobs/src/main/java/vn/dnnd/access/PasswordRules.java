package vn.dnnd.access;

import java.util.Locale;
import vn.dnnd.system.DnndException;

/** What a chosen password must be: long enough, new, and not the login in disguise. */
final class PasswordRules {

    private PasswordRules() {
    }

    static void check(String login, String current, String chosen, int minLength) {
        if (chosen == null || chosen.codePointCount(0, chosen.length()) < minLength) {
            throw new DnndException("Mật khẩu mới cần ít nhất " + minLength + " ký tự",
                    "the new password needs at least " + minLength + " characters");
        }
        if (chosen.equals(current)) {
            throw new DnndException("Mật khẩu mới phải khác mật khẩu hiện tại",
                    "the new password must differ from the current one");
        }
        if (chosen.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            throw new DnndException("Mật khẩu không được chứa tên đăng nhập", "the password must not contain the login");
        }
    }
}
