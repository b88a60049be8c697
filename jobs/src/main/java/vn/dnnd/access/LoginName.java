package vn.dnnd.access;

import java.util.Locale;
import vn.dnnd.system.DnndException;

/** Logins are lower-case ASCII names (the table's check says the same), so "HN.Clerk" and "hn.clerk" are one user. */
final class LoginName {

    private LoginName() {
    }

    static String normalise(String login) {
        String lower = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        if (!lower.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new DnndException("Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (2-64 ký tự): "
                    + login, "a login is 2-64 letters a-z, digits, '.', '-' or '_': " + login);
        }
        // The audit trail names the server's command line "cli": a person by that name would be mistaken for it.
        if (lower.equals(AuditLog.COMMAND_LINE)) {
            throw new DnndException("Tên đăng nhập " + lower + " dành cho dòng lệnh trên máy chủ",
                    "the login " + lower + " is kept for the server's command line");
        }
        return lower;
    }
}
