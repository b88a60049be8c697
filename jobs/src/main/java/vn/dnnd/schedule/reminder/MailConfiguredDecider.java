package vn.dnnd.schedule.reminder;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

/** MAIL when SMTP is configured ({@code spring.mail.host}); otherwise the job ends after the workbook. */
class MailConfiguredDecider implements JobExecutionDecider {

    static final FlowExecutionStatus MAIL = new FlowExecutionStatus("MAIL");
    static final FlowExecutionStatus NO_MAIL = new FlowExecutionStatus("NO_MAIL");

    private final ObjectProvider<JavaMailSender> mailSender;

    MailConfiguredDecider(ObjectProvider<JavaMailSender> mailSender) {
        this.mailSender = mailSender;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        return mailSender.getIfAvailable() == null ? NO_MAIL : MAIL;
    }
}
