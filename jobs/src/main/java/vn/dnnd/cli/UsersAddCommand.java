package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.Role;
import vn.dnnd.access.UserService;

@Command(name = "add",
        mixinStandardHelpOptions = true,
        description = {"Tạo tài khoản và in mật khẩu dùng một lần.", "(Create a user and print its one-time password.)"})
class UsersAddCommand extends ApplicationCommand<UsersAddCommand.Services> {

    record Services(UserService users) {
    }

    @Option(names = "--login", required = true, paramLabel = "L", description = "Tên đăng nhập (login).")
    String login;

    @Option(names = "--name", paramLabel = "TEXT", description = "Họ tên người dùng (the person's name).")
    String fullName;

    @Option(names = "--role", required = true, arity = "1..*", paramLabel = "R",
            description = "SUBMITTER, REVIEWER, ANALYST, LEADER, ADMIN (một hoặc nhiều; one or more).")
    List<String> roles;

    @Option(names = "--org", arity = "1..*", paramLabel = "CODE",
            description = "Mã đơn vị của người nộp báo cáo (organisation codes of a submitter).")
    List<String> organisations = new ArrayList<>();

    UsersAddCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        List<Role> parsed = roles.stream().map(Role::parse).distinct().toList();
        List<String> orgs = organisations.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).toList();
        UserService.Issued issued = services.users().add(login, fullName, parsed, orgs, AuditLog.COMMAND_LINE);
        out.printf("Đã tạo tài khoản (user created): %s%n", issued.login());
        UsersChangeCommand.printPassword(out, issued);
        return 0;
    }
}
