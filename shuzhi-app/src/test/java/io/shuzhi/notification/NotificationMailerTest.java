package io.shuzhi.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Notification e-mail over real SMTP (GreenMail), and silence when no SMTP server is configured. */
class NotificationMailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void sendsThroughSmtpWhenConfigured() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(ServerSetupTest.SMTP.getPort());
        sender.setDefaultEncoding("UTF-8");
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        NotificationMailer mailer = new NotificationMailer(beans.getBeanProvider(JavaMailSender.class), new MailProperties("shuzhi@example.cn"));

        assertThat(mailer.enabled()).isTrue();
        mailer.send(List.of("zuzhibu@example.cn"), "【述职】问题 SX-2015-001 进入红色预警", "详情见系统");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("【述职】问题 SX-2015-001 进入红色预警");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("zuzhibu@example.cn");
    }

    @Test
    void sendsNothingWithoutSmtp() {
        NotificationMailer mailer = new NotificationMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailProperties(null));
        assertThat(mailer.enabled()).isFalse();
        mailer.send(List.of("a@example.cn"), "s", "b");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
