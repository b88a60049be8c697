package vn.dnnd.cli;

import java.io.PrintWriter;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dnnd.operations.ConsoleProgress;
import vn.dnnd.operations.ExecutionLines;
import vn.dnnd.schedule.reminder.ReminderService;

@Command(name = "remind",
        mixinStandardHelpOptions = true,
        description = {"Chạy reminderJob ngay: bảng tình hình nộp báo cáo (xlsx) và, nếu đã cấu hình SMTP, thư nhắc "
                + "các đơn vị chưa nộp, có tệp bị từ chối hoặc có báo cáo bị trả lại để sửa.",
                "(Run reminderJob now: the submission-status workbook and, when SMTP is configured, reminder mail to "
                        + "organisations that have not submitted, whose file was rejected or whose report was returned "
                        + "for correction.)"})
class RemindCommand extends ApplicationCommand<RemindCommand.Services> {

    record Services(ConsoleProgress console, ReminderService reminders) {
    }

    @Option(names = "--period", paramLabel = "CODE",
            description = "Kỳ báo cáo (period; default: the annual period whose due date comes next).")
    String period;

    @Option(names = "--reminder", paramLabel = "LABEL",
            description = "Nhãn đợt nhắc; mỗi đơn vị chỉ nhận một thư cho mỗi nhãn (reminder label; one mail per "
                    + "organisation per label; default manual-<time>).")
    String reminder;

    RemindCommand() {
        super(Services.class);
    }

    @Override
    protected int run(Services services, PrintWriter out) throws Exception {
        services.console().attach(out);
        JobExecution execution = services.reminders().run(period, reminder,
                id -> out.println("reminderJob #" + id));
        out.println(ExecutionLines.job(execution));
        ExecutionContext result = execution.getExecutionContext();
        if (result.containsKey("reminder.workbook")) {
            out.printf("Bảng tình hình (status workbook): %s%n", result.getString("reminder.workbook"));
            out.printf("Phải báo cáo (expected) %d, đã nộp (submitted) %d, chờ duyệt, chưa tính (awaiting review, not "
                            + "counted yet) %d, bị trả lại (returned) %d, bị từ chối (rejected) %d, chưa nộp (not submitted) %d, "
                            + "không có địa chỉ thư (no contact) %d%n", result.getLong("reminder.expected"),
                    result.getLong("reminder.submitted"), result.getLong("reminder.awaiting", 0),
                    result.getLong("reminder.returned", 0), result.getLong("reminder.rejected"),
                    result.getLong("reminder.notSubmitted"), result.getLong("reminder.withoutContact"));
        }
        long mailed = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("reminderMailStep"))
                .mapToLong(s -> s.getWriteCount()).sum();
        boolean mailStep = execution.getStepExecutions().stream().anyMatch(s -> s.getStepName().equals("reminderMailStep"));
        out.println(mailStep ? "Đã gửi thư nhắc (reminders mailed): " + mailed
                : "Chưa cấu hình SMTP (spring.mail.host): không gửi thư (no SMTP configured: no mail sent).");
        return execution.getStatus().isUnsuccessful() ? 1 : 0;
    }
}
