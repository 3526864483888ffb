package io.shuzhi.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Sends notification e-mail when SMTP is configured (Spring Boot creates a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set). Mail goes out after the transaction commits, so a rolled-back change sends
 * nothing; a mail failure is logged and never undoes the change: the in-app notification is the record.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    void send(List<String> recipients, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || recipients.isEmpty()) {
            return;
        }
        Runnable send = () -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.from());
            message.setTo(recipients.toArray(String[]::new));
            message.setSubject(subject);
            message.setText(body);
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("notification mail to {} recipients failed: {}", recipients.size(), e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
