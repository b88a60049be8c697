package vn.dnnd.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.UserService;

/** The changes an administrator makes to one account: disable, reset (a new one-time password), unlock. */
abstract class UsersChangeCommand extends ApplicationCommand<UsersChangeCommand.Services> {

    record Services(UserService users) {
    }

    @Parameters(paramLabel = "LOGIN", description = "Tên đăng nhập (login).")
    String login;

    UsersChangeCommand() {
        super(Services.class);
    }

    static void printPassword(PrintWriter out, UserService.Issued issued) {
        out.printf("Mật khẩu dùng một lần (one-time password): %s%n", issued.oneTimePassword());
        out.println("  Chỉ in một lần; phải đổi khi đăng nhập lần đầu (printed once; to be changed at the first login).");
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = {"Vô hiệu hóa tài khoản.", "(Disable a user.)"})
    static class Disable extends UsersChangeCommand {
        @Override
        protected int run(Services services, PrintWriter out) {
            services.users().disable(login, AuditLog.COMMAND_LINE);
            out.printf("Đã vô hiệu hóa (disabled): %s%n", login);
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = {"Đặt mật khẩu dùng một lần mới; mở lại và mở khóa tài khoản.",
                    "(A new one-time password; enables and unlocks the user.)"})
    static class Reset extends UsersChangeCommand {
        @Override
        protected int run(Services services, PrintWriter out) {
            UserService.Issued issued = services.users().reset(login, AuditLog.COMMAND_LINE);
            out.printf("Đã đặt lại (reset): %s%n", issued.login());
            printPassword(out, issued);
            return 0;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = {"Mở khóa tài khoản bị khóa do nhập sai mật khẩu.", "(Unlock a user locked by failed logins.)"})
    static class Unlock extends UsersChangeCommand {
        @Override
        protected int run(Services services, PrintWriter out) {
            services.users().unlock(login, AuditLog.COMMAND_LINE);
            out.printf("Đã mở khóa (unlocked): %s%n", login);
            return 0;
        }
    }
}
