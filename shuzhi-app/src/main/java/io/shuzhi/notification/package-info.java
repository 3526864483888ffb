/**
 * The notification centre (in-app, per organization, read state per user) and e-mail through SMTP when
 * {@code spring.mail.host} is set. Other features call {@link io.shuzhi.notification.NotificationService#notify}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "organization", "shared"})
package io.shuzhi.notification;
