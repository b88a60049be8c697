package vn.dnnd.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.submission.review.ReviewService;
import vn.dnnd.submission.review.ReviewState;
import vn.dnnd.submission.review.ReviewVersion;
import vn.dnnd.system.WrongUsageException;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Các phiên bản báo cáo của một kỳ với trạng thái duyệt và quyết định gần nhất.",
                "(A period's versions with their review state and latest decision.)"})
class ReviewListCommand extends ApplicationCommand<ReviewListCommand.Services> {

    record Services(ReviewService review) {
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Option(names = "--period", required = true, paramLabel = "P", description = "Kỳ báo cáo (period), e.g. 2025.")
    String period;

    @Option(names = "--state", paramLabel = "STATE",
            description = "awaiting | accepted | returned (mặc định: tất cả / default: all).")
    String state;

    @Option(names = "--org", paramLabel = "CODE", description = "Chỉ một đơn vị (one organisation's code).")
    String org;

    ReviewListCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        ReviewState wanted = state == null ? null : ReviewState.of(state)
                .filter(s -> s != ReviewState.SUPERSEDED)
                .orElseThrow(() -> new WrongUsageException("--state phải là awaiting, accepted hoặc returned",
                        "--state must be awaiting, accepted or returned"));
        List<ReviewVersion> versions = services.review().versions(period, wanted, org == null ? List.of() : List.of(org));
        out.printf("%-8s %-12s %4s  %-32s %-16s %5s  %s%n", "ID", "đơn vị/org", "v", "trạng thái (state)",
                "nhận (received)", "c.báo", "quyết định gần nhất (latest decision)");
        for (ReviewVersion v : versions) {
            ReviewState s = ReviewState.of(v.status()).orElse(ReviewState.SUPERSEDED);
            String decision = v.lastDecision() == null ? "" : v.lastDecision() + " " + v.decidedBy() + " "
                    + SHOWN.format(v.decidedAt().atZoneSameInstant(VietnamTime.ZONE))
                    + (v.lastReason() == null ? "" : ": " + v.lastReason());
            out.printf("%-8d %-12s %4d  %-32s %-16s %5d  %s%n", v.submissionId(), v.orgCode(), v.version(),
                    s.vietnamese() + " (" + s.code() + ")",
                    SHOWN.format(v.receivedAt().atZoneSameInstant(VietnamTime.ZONE)),
                    v.warningCount(), decision);
        }
        out.printf("%d phiên bản (versions)%n", versions.size());
        return 0;
    }
}
