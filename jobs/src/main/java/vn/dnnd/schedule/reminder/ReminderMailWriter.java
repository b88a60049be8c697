package vn.dnnd.schedule.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.time.Clock;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import vn.dnnd.system.NamedQueries;

/**
 * Sends each reminder and records it in {@code reminder_mail} in the chunk's transaction; the step's
 * chunk size is 1, so a crash can repeat at most the one mail in flight.
 */
class ReminderMailWriter implements ItemWriter<ReminderMail> {

    private final JavaMailSender sender;
    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final String from;
    private final String periodCode;
    private final String reminder;
    private final long jobExecutionId;
    private final Clock clock;

    ReminderMailWriter(JavaMailSender sender, NamedParameterJdbcTemplate jdbc, NamedQueries queries, String from,
                       String periodCode, String reminder, long jobExecutionId, Clock clock) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.queries = queries;
        this.from = from;
        this.periodCode = periodCode;
        this.reminder = reminder;
        this.jobExecutionId = jobExecutionId;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends ReminderMail> chunk) throws MessagingException {
        for (ReminderMail mail : chunk) {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipient().email());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            sender.send(message);
            jdbc.update(queries.get("schedule", "record-reminder-mail"), new MapSqlParameterSource("period", periodCode)
                    .addValue("reminder", reminder).addValue("orgId", mail.recipient().orgId())
                    .addValue("email", mail.recipient().email()).addValue("status", mail.status())
                    .addValue("sentAt", OffsetDateTime.now(clock)).addValue("jobExecutionId", jobExecutionId));
        }
    }
}
