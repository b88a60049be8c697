package vn.dnnd.cli;

import picocli.CommandLine.Command;

/** {@code users}: the accounts and API tokens of the portal. */
@Command(name = "users",
        mixinStandardHelpOptions = true,
        description = {"Tài khoản và mã truy cập API của cổng thông tin; không có mật khẩu mặc định: mỗi tài khoản nhận "
                + "một mật khẩu dùng một lần, in ra một lần, phải đổi khi đăng nhập lần đầu.",
                "(Portal accounts and API tokens; no default password: each account gets a one-time password, printed "
                        + "once, to be changed at the first login.)"},
        subcommands = {UsersAddCommand.class, UsersListCommand.class, UsersChangeCommand.Disable.class,
                UsersChangeCommand.Reset.class, UsersChangeCommand.Unlock.class, UsersTokenCommand.class,
                UsersTokensCommand.class, UsersRevokeCommand.class})
class UsersCommand {
}
