package vn.dnnd.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import vn.dnnd.access.DemoAccounts;
import vn.dnnd.pipeline.DemoResult;
import vn.dnnd.pipeline.DemoService;
import vn.dnnd.reports.text.VietnameseFormat;
import vn.dnnd.submission.ingest.IntakeFileOutcome;

@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {"Trình diễn trên cơ sở dữ liệu nhúng: nạp danh mục, tạo báo cáo mẫu 2022-2025, chạy quy trình năm "
                + "từng năm (nhận → tính → xuất báo cáo) và in đường dẫn mọi thứ đã ghi.",
                "(Demo on the embedded database: reference data, sample submissions 2022-2025, the annual pipeline "
                        + "of each year, and the paths of everything written.)"})
class DemoCommand extends ApplicationCommand<DemoCommand.Services> {

    record Services(DemoService demo, DemoAccounts accounts) {
    }

    DemoCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) {
        DemoResult result = services.demo().run();
        out.printf("Báo cáo mẫu (sample submissions): %d tệp (files) trong (in) %s — %s ms%n", result.sample().totalFiles(),
                result.sample().root(), VietnameseFormat.integer(result.sampleMillis()));
        out.println("  thứ tự nhận (manifest): " + result.sample().manifest());
        int files = 0;
        for (DemoResult.Stage stage : result.stages()) {
            out.println();
            out.printf("%s — nhận lúc (received at) %s%n", stage.step().directory(), stage.step().asOf());
            if (stage.intake() != null) {
                out.printf("  nhận (ingest) #%d: %d chấp nhận (accepted), %d từ chối (rejected), %d trùng (duplicates)%n",
                        stage.intake().jobExecutionId(), stage.intake().count(IntakeFileOutcome.ACCEPTED),
                        stage.intake().count(IntakeFileOutcome.REJECTED),
                        stage.intake().count(IntakeFileOutcome.DUPLICATE));
            }
            if (stage.accepted() > 0) {
                out.printf("  duyệt (review): %d phiên bản được duyệt, được tính (versions accepted, now counted)%n",
                        stage.accepted());
            }
            if (stage.computed() != null) {
                out.printf("  tính (compute) kỳ (period) %s: lần tính (run) %d đã công bố (published), %d báo cáo (submissions)%n",
                        stage.computed().periodCode(), stage.computed().runId(), stage.computed().submissions());
            }
            if (stage.pipeline() != null) {
                PipelinePrinter.print(out, stage.pipeline());
                files += stage.pipeline().edition().files().size();
            }
        }
        out.println();
        out.println("Tệp đã nhận, lưu trữ (archived submissions): " + result.home().resolve("archive"));
        out.println("Báo cáo (reports): " + result.home().resolve("reports"));
        out.println("Cơ sở dữ liệu (database): " + result.home().resolve("pgdata"));
        out.printf("Đã ghi (written): %d tệp báo cáo (report files) trong %s s (in %s s)%n", files,
                seconds(result.totalMillis()), seconds(result.totalMillis()));
        printPortal(out, services.accounts().createOrReset());
        return 0;
    }

    /** How to open the portal on the demo data, with an account per role (new passwords on every demo run). */
    private void printPortal(PrintWriter out, java.util.List<DemoAccounts.Account> accounts) {
        out.println();
        String home = home() == null ? "" : " --home " + home();
        out.println("Cổng thông tin (portal): chạy (run) `java -jar jobs/target/dnnd.jar" + home + " serve`, rồi mở (then open) "
                + "http://localhost:8080/");
        out.println("Tài khoản mẫu, mật khẩu dùng một lần, phải đổi khi đăng nhập lần đầu (demo accounts, one-time "
                + "passwords to be changed at the first login):");
        for (DemoAccounts.Account account : accounts) {
            String roles = account.roles().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
            String orgs = account.organisations().isEmpty() ? ""
                    : " " + String.join(",", new java.util.TreeSet<>(account.organisations()));
            out.printf("  %-16s %-16s %-10s%s%n", account.login(), account.oneTimePassword(), roles, orgs);
        }
    }

    private static String seconds(long millis) {
        return VietnameseFormat.decimal(java.math.BigDecimal.valueOf(millis, 3), 1);
    }
}
