package io.shuzhi.weakorg;

import io.shuzhi.shared.web.NavItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WeakOrgProperties.class)
class WeakOrganizationConfiguration {

    @Bean
    NavItem weakOrganizationsNav() {
        return new NavItem("nav.weak-organizations", "/weak-organizations", 42, Set.of("ADMIN", "ORGANIZATION_DEPARTMENT"));
    }
}
