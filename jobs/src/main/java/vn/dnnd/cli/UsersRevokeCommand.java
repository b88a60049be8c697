package vn.dnnd.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.access.AuditLog;

@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = {"Thu hồi mã truy cập API.", "(Revoke an API token.)"})
class UsersRevokeCommand extends ApplicationCommand<UsersRevokeCommand.Services> {

    record Services(ApiTokens tokens) {
    }

    @Parameters(paramLabel = "ID", description = "Số của mã truy cập (token id, from users tokens).")
    long tokenId;

    UsersRevokeCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        services.tokens().revoke(tokenId, AuditLog.COMMAND_LINE);
        out.printf("Đã thu hồi mã truy cập số (token revoked) %d%n", tokenId);
        return 0;
    }
}
