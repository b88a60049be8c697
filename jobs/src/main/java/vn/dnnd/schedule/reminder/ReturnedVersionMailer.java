package vn.dnnd.schedule.reminder;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dnnd.submission.review.ReviewDecision;
import vn.dnnd.submission.review.ReviewDecisionTaken;

/**
 * Mails the organisation when a reviewer returns one of its versions, when SMTP is configured (as reminders:
 * {@code spring.mail.host}, {@code dnnd.reminder.from}). Only after the decision is committed, and on a thread of
 * its own, one mail after the other: the reviewer's page does not wait for the mail server, and a mail that fails
 * is logged and recorded ({@code review_mail}) but never undoes the decision. Mails still queued when the
 * application stops are sent first (for at most {@value #DRAIN_SECONDS} s).
 */
@Component
class ReturnedVersionMailer implements DisposableBean {

    static final long DRAIN_SECONDS = 60;
    private static final Logger log = LoggerFactory.getLogger(ReturnedVersionMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final ReturnedVersionStore store;
    private final ReminderProperties properties;
    private final Clock clock;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "review-mail");
        // An orderly stop drains the queue (destroy); a JVM told to exit is not held up by it.
        thread.setDaemon(true);
        return thread;
    });

    ReturnedVersionMailer(ObjectProvider<JavaMailSender> mailSender, ReturnedVersionStore store,
                          ReminderProperties properties, Clock clock) {
        this.mailSender = mailSender;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void decided(ReviewDecisionTaken taken) {
        JavaMailSender sender = mailSender.getIfAvailable();
        // Without SMTP the organisation learns it from its history page and the next reminder.
        if (taken.decided().decision() != ReviewDecision.RETURN || sender == null) {
            return;
        }
        try {
            sending.execute(() -> send(sender, taken.decisionId()));
        } catch (RejectedExecutionException stopping) {
            log.warn("Application stopping: no mail about returned version (decision {})", taken.decisionId());
        }
    }

    private void send(JavaMailSender sender, long decisionId) {
        ReturnedVersion returned = null;
        try {
            returned = store.returned(decisionId).orElse(null);
            if (returned == null) {
                return;
            }
            if (returned.email() == null) {
                log.warn("{} has no contact e-mail: not told that version {} was returned", returned.orgCode(),
                        returned.version());
                store.record(decisionId, returned.orgId(), null, "no_address", null, OffsetDateTime.now(clock));
                return;
            }
            if (properties.from() == null || properties.from().isBlank()) {
                throw new IllegalStateException("dnnd.reminder.from (the sender address) is not set");
            }
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(returned.email());
            helper.setSubject(ReturnedVersionText.subject(returned));
            helper.setText(ReturnedVersionText.body(returned, properties));
            sender.send(message);
            store.record(decisionId, returned.orgId(), returned.email(), "sent", null, OffsetDateTime.now(clock));
            log.info("Told {} at {} that version {} was returned", returned.orgCode(), returned.email(), returned.version());
        } catch (Exception failed) {
            log.warn("Mail about returned version (decision {}) failed", decisionId, failed);
            recordFailure(decisionId, returned, failed);
        }
    }

    private void recordFailure(long decisionId, ReturnedVersion returned, Exception failed) {
        if (returned == null) {
            return;
        }
        try {
            store.record(decisionId, returned.orgId(), returned.email(), "failed", String.valueOf(failed.getMessage()),
                    OffsetDateTime.now(clock));
        } catch (RuntimeException notRecorded) {
            log.error("Could not record the failed mail about decision {}", decisionId, notRecorded);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        sending.shutdown();
        if (!sending.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
            log.warn("Mails about returned versions still unsent after {} s: given up", DRAIN_SECONDS);
            sending.shutdownNow();
        }
    }
}
