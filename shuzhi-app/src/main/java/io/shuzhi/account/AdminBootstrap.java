package io.shuzhi.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.List;

/**
 * The first administrator. Its password comes from {@code SHUZHI_ADMIN_PASSWORD}; when unset on first start a
 * strong one is generated and printed once — only its hash is stored, so it cannot be shown again.
 */
@Component
@Order(0)
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final UserService users;
    private final String configuredPassword;
    private volatile String generatedPassword;

    AdminBootstrap(UserService users, @Value("${shuzhi.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.exists("admin")) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generate(20) : configuredPassword;
        users.ensureSystemUser("admin", password, "系统管理员", List.of(new Grant(Role.ADMIN, null)));
        if (generated) {
            generatedPassword = password;
            log.warn("""

                    ============================================================
                     First administrator created.  username: admin
                     password: {}
                     This is shown once; only its hash is stored.
                    ============================================================""", password);
        }
    }

    /** The administrator's password if this start generated it (so the demo banner can repeat it), else empty. */
    public java.util.Optional<String> passwordGeneratedThisRun() {
        return java.util.Optional.ofNullable(generatedPassword);
    }

    /** A random password from an alphabet without look-alike characters (0/O, 1/l/I). */
    public static String generate(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
