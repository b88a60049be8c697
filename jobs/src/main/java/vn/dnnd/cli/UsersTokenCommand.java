package vn.dnnd.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.access.AuditLog;

@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Tạo mã truy cập API cho một đơn vị; mã chỉ in một lần và chỉ lưu dạng băm.",
                "(Create an API token for an organisation; printed once, stored hashed.)"})
class UsersTokenCommand extends ApplicationCommand<UsersTokenCommand.Services> {

    record Services(ApiTokens tokens) {
    }

    @Option(names = "--org", required = true, paramLabel = "CODE", description = "Mã đơn vị (organisation code).")
    String organisation;

    @Option(names = "--label", paramLabel = "TEXT", description = "Ghi chú: dùng cho hệ thống nào (what it is for).")
    String label;

    UsersTokenCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        ApiTokens.Issued issued = services.tokens().create(organisation.strip().toUpperCase(Locale.ROOT), label,
                AuditLog.COMMAND_LINE);
        out.printf("Mã truy cập số (token) %d cho đơn vị (for organisation) %s:%n", issued.tokenId(), issued.orgCode());
        out.println(issued.secret());
        out.println("  Chỉ in một lần; gửi kèm tiêu đề (printed once; send as) Authorization: Bearer <mã/token>");
        out.printf("  Thu hồi (revoke): dnnd users revoke %d%n", issued.tokenId());
        return 0;
    }
}
