package io.shuzhi.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code shuzhi.followup.mail.from}: the sender address of notification e-mail. */
@ConfigurationProperties("shuzhi.followup.mail")
record MailProperties(String from) {

    MailProperties {
        from = from == null || from.isBlank() ? "shuzhi@localhost" : from;
    }
}
