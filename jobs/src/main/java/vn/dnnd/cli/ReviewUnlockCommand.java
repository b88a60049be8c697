package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dnnd.access.AuditLog;
import vn.dnnd.submission.review.PeriodUnlocks;

@Command(name = "unlock", mixinStandardHelpOptions = true,
        description = {"Mở lại kỳ đã khóa sổ cho một đơn vị đến một ngày, kèm lý do (ngoại lệ được ghi lại).",
                "(Open a locked period again for one organisation until a day, with a reason: a recorded exception.)"})
class ReviewUnlockCommand extends ApplicationCommand<ReviewUnlockCommand.Services> {

    record Services(PeriodUnlocks unlocks, AuditLog audit, Clock clock) {
    }

    @Parameters(index = "0", paramLabel = "ORG", description = "Mã đơn vị (organisation code).")
    String org;

    @Parameters(index = "1", paramLabel = "PERIOD", description = "Kỳ báo cáo (period).")
    String period;

    @Option(names = "--until", required = true, paramLabel = "YYYY-MM-DD", description = "Mở đến hết ngày (open until).")
    LocalDate until;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Lý do (reason).")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", defaultValue = AuditLog.COMMAND_LINE,
            description = "Người quyết định (who decides; default cli).")
    String by;

    ReviewUnlockCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        PeriodUnlocks.Unlock unlock = services.unlocks().unlock(org, period, until, reason, by,
                OffsetDateTime.now(services.clock()));
        services.audit().record(by, null, AuditLog.PERIOD_UNLOCK, "period:" + period + ":" + org,
                "until " + until + ": " + unlock.reason());
        out.printf("Đã mở lại kỳ %s cho %s đến hết ngày %s (period opened again until the end of that day)%n", period, org,
                until);
        return 0;
    }
}
