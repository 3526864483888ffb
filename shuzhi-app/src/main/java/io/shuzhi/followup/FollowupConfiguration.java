package io.shuzhi.followup;

import io.shuzhi.shared.web.NavItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowupProperties.class)
class FollowupConfiguration {

    @Bean
    NavItem followupDashboardNav() {
        return new NavItem("nav.followup", "/followup", 39, Set.of());
    }
}
