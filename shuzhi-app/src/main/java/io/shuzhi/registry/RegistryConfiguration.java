package io.shuzhi.registry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import io.shuzhi.shared.web.NavItem;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RecruitmentRules.class, RegistryProperties.class})
class RegistryConfiguration {

    @Bean
    NavItem membersNav() {
        return new NavItem("nav.registry.members", "/registry/members", 40, Set.of());
    }
}
