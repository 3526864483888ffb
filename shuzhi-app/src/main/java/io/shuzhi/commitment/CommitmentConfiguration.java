package io.shuzhi.commitment;

import io.shuzhi.shared.web.NavItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Set;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommitmentProperties.class)
class CommitmentConfiguration {

    @Bean
    CommitmentJudge commitmentJudge(CommitmentProperties properties, Clock clock) {
        return new CommitmentJudge(properties.stallDays(), properties.approxTolerance(), clock.getZone());
    }

    @Bean
    NavItem commitmentsNav() {
        return new NavItem("nav.commitments", "/commitments", 41, Set.of());
    }
}
