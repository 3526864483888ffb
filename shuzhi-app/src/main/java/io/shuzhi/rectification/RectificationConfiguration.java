package io.shuzhi.rectification;

import io.shuzhi.shared.web.NavItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RectificationProperties.class)
class RectificationConfiguration {

    @Bean
    NavItem problemsNav() {
        return new NavItem("nav.problems", "/problems", 40, Set.of());
    }
}
