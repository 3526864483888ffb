package io.shuzhi.demo;

import io.shuzhi.account.AdminBootstrap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Loads the demo city when asked ({@code --demo}, {@code SHUZHI_DEMO=true} or {@code shuzhi.demo=true}) and the
 * database has no organization yet — never into a database in use. Runs after the first administrator exists
 * and ends the start-up with where to open Shuzhi and how to sign in.
 */
@Component
@Order(10)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoCity city;
    private final AdminBootstrap admin;
    private final Environment environment;
    private final MessageSource messages;
    private final boolean enabled;
    private final String configuredPassword;

    DemoLoader(DemoCity city, AdminBootstrap admin, Environment environment, MessageSource messages, @Value("${shuzhi.demo:false}") boolean enabled,
               @Value("${shuzhi.demo-password:}") String configuredPassword) {
        this.city = city;
        this.admin = admin;
        this.environment = environment;
        this.messages = messages;
        this.enabled = enabled;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled && !args.containsOption("demo")) {
            return;
        }
        String url = "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")) + "/";
        if (!city.isWanted()) {
            log.info("\n\n  演示数据未加载：数据库中已有组织（演示数据只加载到空数据库）。\n  Demo data not loaded: the database already has organizations.\n  打开 / Open: {}\n", url);
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? AdminBootstrap.generate(16) : configuredPassword;
        DemoCityLoaded loaded = city.load(password);
        StringBuilder banner = new StringBuilder("\n\n============================================================\n")
                .append(" 演示数据已加载 / Demo data loaded: （演示）江城市委, ").append(loaded.organizationIds().size()).append(" 个组织\n")
                .append(" 打开 / Open:  ").append(url).append("\n")
                .append(" 登录 / Sign in:\n");
        loaded.usernames().forEach((role, username) -> banner.append("   ").append(String.format("%-16s", username))
                .append(messages.getMessage("role." + role, null, role.name(), Locale.SIMPLIFIED_CHINESE))
                .append(" / ").append(role).append("\n"));
        banner.append(" 演示用户密码 / demo users' password: ")
                .append(generated ? password + "  (generated, shown once; set SHUZHI_DEMO_PASSWORD to choose)" : "SHUZHI_DEMO_PASSWORD")
                .append("\n");
        admin.passwordGeneratedThisRun().ifPresentOrElse(
                p -> banner.append(" admin 密码 / password: ").append(p).append("  (generated in this run)\n"),
                () -> banner.append(" admin 密码 / password: SHUZHI_ADMIN_PASSWORD (or the one printed at the first start)\n"));
        banner.append("============================================================\n");
        // stdout as well as the log: a first-time user starting ./shuzhi serve --demo reads the terminal
        System.out.println(banner);
        log.info("Demo city loaded: {} organizations, city id {}", loaded.organizationIds().size(), loaded.cityOrganizationId());
    }
}
