package vn.dnnd.schedule.reminder;

import java.time.Clock;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dnnd.referencedata.ReportingPeriods;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.HomeDirectory;
import vn.dnnd.system.NamedQueries;
import vn.dnnd.system.TaskletSteps;

/**
 * reminderJob(period, reminder): the status workbook for the period's due date, then — when SMTP is
 * configured — one mail to each expected organisation that has no accepted report, none awaiting review,
 * and a contact address. A repeated or restarted run never mails an organisation twice for the same reminder.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJobConfiguration {

    static final String JOB_NAME = "reminderJob";

    @Bean
    Job reminderJob(JobRepository jobRepository, Step reminderStatusWorkbookStep, Step reminderMailStep,
                    MailConfiguredDecider mailConfiguredDecider) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] {"period"}, new String[0]))
                .start(reminderStatusWorkbookStep)
                .next(mailConfiguredDecider).on(MailConfiguredDecider.MAIL.getName()).to(reminderMailStep)
                .from(mailConfiguredDecider).on("*").end()
                .end()
                .build();
    }

    @Bean
    MailConfiguredDecider mailConfiguredDecider(ObjectProvider<JavaMailSender> mailSender) {
        return new MailConfiguredDecider(mailSender);
    }

    @Bean
    @StepScope
    ReminderWorkbookTasklet reminderWorkbookTasklet(ReminderQueries queries, ReportingPeriods periods, HomeDirectory home,
            Clock clock, @Value("#{jobParameters['period']}") String period,
            @Value("#{jobParameters['reminder'] ?: 'manual'}") String reminder) {
        return new ReminderWorkbookTasklet(queries, periods, home, clock, period, reminder);
    }

    @Bean
    Step reminderStatusWorkbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    ReminderWorkbookTasklet reminderWorkbookTasklet) {
        return TaskletSteps.transactional("reminderStatusWorkbookStep", jobRepository, transactionManager,
                reminderWorkbookTasklet);
    }

    /** Re-reads on restart (no saved position): the query itself leaves out organisations already mailed. */
    @Bean
    @StepScope
    JdbcCursorItemReader<ReminderRecipient> reminderRecipientsReader(DataSource dataSource, NamedQueries namedQueries,
            @Value("#{jobParameters['period']}") String period,
            @Value("#{jobParameters['reminder'] ?: 'manual'}") String reminder) {
        return new JdbcCursorItemReaderBuilder<ReminderRecipient>()
                .name("reminderRecipientsReader")
                .dataSource(dataSource)
                .sql(namedQueries.get("schedule", "list-reminder-recipients"))
                .preparedStatementSetter(statement -> {
                    statement.setString(1, period);
                    statement.setString(2, reminder);
                })
                .rowMapper((rs, i) -> new ReminderRecipient(rs.getLong("org_id"), rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getString("email"),
                        (Long) rs.getObject("rejected_file_id"), rs.getObject("returned_version", Integer.class),
                        rs.getString("returned_file_name"), rs.getObject("returned_received_at", OffsetDateTime.class),
                        rs.getString("returned_reason")))
                .saveState(false)
                .build();
    }

    @Bean
    @StepScope
    ReminderMailProcessor reminderMailProcessor(ReminderQueries queries, ReminderProperties properties,
            ReportingPeriods periods, Clock clock, @Value("#{jobParameters['period']}") String period) {
        return new ReminderMailProcessor(queries, properties, periods.find(period).orElseThrow(() ->
                new DnndException("Không có kỳ báo cáo " + period, "unknown reporting period " + period)), clock);
    }

    @Bean
    @StepScope
    ReminderMailWriter reminderMailWriter(ObjectProvider<JavaMailSender> mailSender, NamedParameterJdbcTemplate jdbc,
            NamedQueries namedQueries, ReminderProperties properties, Clock clock,
            @Value("#{jobParameters['period']}") String period,
            @Value("#{jobParameters['reminder'] ?: 'manual'}") String reminder,
            @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
        if (properties.from() == null || properties.from().isBlank()) {
            throw new DnndException("Chưa đặt địa chỉ gửi thư dnnd.reminder.from",
                    "set dnnd.reminder.from (the sender address) to send reminder mail");
        }
        return new ReminderMailWriter(mailSender.getObject(), jdbc, namedQueries, properties.from(), period, reminder,
                jobExecutionId, clock);
    }

    @Bean
    Step reminderMailStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          JdbcCursorItemReader<ReminderRecipient> reminderRecipientsReader,
                          ReminderMailProcessor reminderMailProcessor, ReminderMailWriter reminderMailWriter) {
        return new StepBuilder("reminderMailStep", jobRepository)
                .<ReminderRecipient, ReminderMail>chunk(1)
                .transactionManager(transactionManager)
                .reader(reminderRecipientsReader)
                .processor(reminderMailProcessor)
                .writer(reminderMailWriter)
                .build();
    }
}
