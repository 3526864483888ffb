package io.shuzhi.shared.time;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock. Everything that depends on time takes it by injection, so tests can replace it with a clock
 * they move by hand. Dates are reckoned in China Standard Time, the users' time zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
