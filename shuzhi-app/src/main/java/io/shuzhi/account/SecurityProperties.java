package io.shuzhi.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param tokenTtl         how long an API token lives
 * @param maxFailedLogins  failed logins within {@code lockout} after which a username is refused
 * @param lockout          the window (and the wait) for throttling
 */
@ConfigurationProperties("shuzhi.security")
record SecurityProperties(Duration tokenTtl, int maxFailedLogins, Duration lockout) {
}
