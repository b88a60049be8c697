package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import vn.dnnd.access.UserAccount;
import vn.dnnd.access.UserService;
import vn.dnnd.reports.text.VietnamTime;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Các tài khoản, vai trò, đơn vị và trạng thái.", "(Users, their roles, organisations and state.)"})
class UsersListCommand extends ApplicationCommand<UsersListCommand.Services> {

    record Services(UserService users, Clock clock) {
    }

    UsersListCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        OffsetDateTime now = OffsetDateTime.now(services.clock());
        out.printf("%-24s %-28s %-20s %s%n", "Tài khoản (login)", "Vai trò (roles)", "Đơn vị (orgs)", "Trạng thái (state)");
        for (UserAccount user : services.users().list()) {
            String roles = new TreeSet<>(user.roles()).stream().map(Enum::name).collect(Collectors.joining(","));
            out.printf("%-24s %-28s %-20s %s%n", user.login(), roles,
                    user.organisations().isEmpty() ? "—" : String.join(",", user.organisations()), state(user, now));
        }
        return 0;
    }

    private static String state(UserAccount user, OffsetDateTime now) {
        return switch (user.stateAt(now)) {
            case DISABLED -> "vô hiệu (disabled)";
            case LOCKED -> "bị khóa đến (locked until) " + user.lockedUntil().atZoneSameInstant(VietnamTime.ZONE)
                    .toLocalDateTime().withNano(0);
            case MUST_CHANGE_PASSWORD -> "chờ đổi mật khẩu (must change password)";
            case ACTIVE -> "đang dùng (active)";
        };
    }
}
