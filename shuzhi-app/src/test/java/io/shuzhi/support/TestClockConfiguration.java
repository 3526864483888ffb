package io.shuzhi.support;

import io.shuzhi.shared.time.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Every integration test shares this clock (one application context for all). Tests may only move it forward
 * ({@link MutableClock#advance}) and must derive their dates from it, never from the wall clock, so that tests
 * in other classes keep working whatever ran before them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Clock.systemUTC().instant(), ZoneId.of("Asia/Shanghai"));
    }
}
