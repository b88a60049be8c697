package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.dnnd.access.AuditLog;
import vn.dnnd.submission.review.ReviewDecision;
import vn.dnnd.submission.review.ReviewService;

/** {@code review accept|return|reopen ID...}: one decision on one or more versions; each is taken or refused alone. */
abstract class ReviewDecideCommand extends ApplicationCommand<ReviewDecideCommand.Services> {

    record Services(ReviewService review, AuditLog audit, Clock clock) {
    }

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Mã phiên bản (version id, from review list).")
    List<Long> ids;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Lý do (reason; required to return or reopen).")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", defaultValue = AuditLog.COMMAND_LINE,
            description = "Người quyết định, ghi vào nhật ký (who decides, for the record; default cli).")
    String by;

    ReviewDecideCommand() {
        super(Services.class);
    }

    abstract ReviewDecision decision();

    @Override
    protected int run(Services services, PrintWriter out) {
        List<ReviewService.Outcome> outcomes = services.review().decideAll(ids, decision(), reason, by,
                OffsetDateTime.now(services.clock()));
        int refused = 0;
        for (ReviewService.Outcome outcome : outcomes) {
            if (outcome.taken()) {
                ReviewService.Decided d = outcome.decided();
                services.audit().record(by, null, AuditLog.REVIEW_DECISION, "submission:" + d.submissionId(),
                        d.decision().code() + " " + d.fromStatus() + "->" + d.toStatus());
                out.printf("#%d %s %s v%d: %s (%s) → %s%n", d.submissionId(), d.orgCode(), d.periodCode(), d.version(),
                        d.decision().vietnamese(), d.decision().english(), d.toStatus());
            } else {
                refused++;
                out.printf("#%d không thực hiện được (refused): %s (%s)%n", outcome.submissionId(), outcome.refusedVi(),
                        outcome.refusedEn());
            }
        }
        return refused == 0 ? 0 : 1;
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = {"Duyệt phiên bản đang chờ: từ nay nó được tính.", "(Accept awaiting versions: they count from now on.)"})
    static class Accept extends ReviewDecideCommand {
        @Override
        ReviewDecision decision() {
            return ReviewDecision.ACCEPT;
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true,
            description = {"Trả lại phiên bản đang chờ để đơn vị sửa, kèm lý do; nó không bao giờ được tính.",
                    "(Return awaiting versions for correction, with a reason; they never count.)"})
    static class Return extends ReviewDecideCommand {
        @Override
        ReviewDecision decision() {
            return ReviewDecision.RETURN;
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true,
            description = {"Mở lại quyết định (kèm lý do): phiên bản trở về chờ duyệt.",
                    "(Reopen a decision, with a reason: the version awaits review again.)"})
    static class Reopen extends ReviewDecideCommand {
        @Override
        ReviewDecision decision() {
            return ReviewDecision.REOPEN;
        }
    }
}
