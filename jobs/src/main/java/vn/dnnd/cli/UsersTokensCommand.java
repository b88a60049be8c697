package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import picocli.CommandLine.Command;
import vn.dnnd.access.ApiToken;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.reports.text.VietnamTime;

@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = {"Các mã truy cập API (không in mã).", "(API tokens, without their secrets.)"})
class UsersTokensCommand extends ApplicationCommand<UsersTokensCommand.Services> {

    record Services(ApiTokens tokens) {
    }

    UsersTokensCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        out.printf("%-6s %-12s %-20s %-20s %-20s %s%n", "Số (id)", "Đơn vị (org)", "Tạo lúc (created)",
                "Dùng lần cuối (used)", "Thu hồi (revoked)", "Ghi chú (label)");
        for (ApiToken token : services.tokens().list()) {
            out.printf("%-6d %-12s %-20s %-20s %-20s %s%n", token.tokenId(), token.orgCode(), time(token.createdAt()),
                    time(token.lastUsedAt()), time(token.revokedAt()), token.label() == null ? "" : token.label());
        }
        return 0;
    }

    private static String time(OffsetDateTime at) {
        return at == null ? "—" : at.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime().withNano(0).toString();
    }
}
