package io.shuzhi.shared.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the personal-data key comes from: {@code shuzhi.personal-data-key} (base64 of 32 bytes, normally from
 * the SHUZHI_PERSONAL_DATA_KEY environment variable). Without it — development, demos — a key is generated once
 * and kept in {@code <data dir>/personal-data.key} so data stays readable across restarts; that is loudly
 * logged because a key next to the data protects nothing against someone who copies the directory.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeyConfiguration.class);
    static final String KEY_FILE = "personal-data.key";

    @Bean
    PersonalDataCipher personalDataCipher(@Value("${shuzhi.personal-data-key:}") String configured,
                                          @Value("${shuzhi.db.data-dir:./data}") String dataDir) {
        return new PersonalDataCipher(masterKey(configured, Path.of(dataDir)));
    }

    static byte[] masterKey(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.trim(), "shuzhi.personal-data-key");
        }
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            log.warn("""
                    
                    ********************************************************************************
                    * shuzhi.personal-data-key (SHUZHI_PERSONAL_DATA_KEY) is not set.               *
                    * Personal data is encrypted with a key stored next to the data in              *
                    * {}. Fine for development and demos; in production set the        *
                    * variable (base64 of 32 random bytes) and keep the key out of the data directory. *
                    ********************************************************************************""", file.toAbsolutePath());
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the personal-data key file " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return; // another node or test context won the race; use its key
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(source + " must be base64 of exactly 32 bytes, found " + key.length);
        }
        return key;
    }
}
