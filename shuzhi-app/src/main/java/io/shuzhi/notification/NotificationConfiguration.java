package io.shuzhi.notification;

import io.shuzhi.shared.web.NavItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class NotificationConfiguration {

    @Bean
    NavItem notificationsNav() {
        return new NavItem("nav.notifications", "/notifications", 49, Set.of());
    }
}
