package io.shuzhi.shared.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

    static final byte[] KEY = new byte[32];
    static final byte[] OTHER_KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
        Arrays.fill(OTHER_KEY, (byte) 8);
    }

    final PersonalDataCipher cipher = new PersonalDataCipher(KEY);

    @Test
    void roundTripsAndNeverRepeatsACiphertext() {
        byte[] a = cipher.encrypt("110101199003071234");
        byte[] b = cipher.encrypt("110101199003071234");
        assertThat(a).isNotEqualTo(b); // random nonce: equal values are not recognisable in the table
        assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("1990");
        assertThat(cipher.decrypt(a)).isEqualTo("110101199003071234");
    }

    @Test
    void tamperedOrForeignCiphertextIsRejected() {
        byte[] sealed = cipher.encrypt("13812345678");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
        byte[] foreign = new PersonalDataCipher(OTHER_KEY).encrypt("13812345678");
        assertThatThrownBy(() -> cipher.decrypt(foreign)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void matchingHashIsStableAndKeyed() {
        assertThat(cipher.matchingHash("X")).isEqualTo(cipher.matchingHash("X")).hasSize(32);
        assertThat(cipher.matchingHash("X")).isNotEqualTo(new PersonalDataCipher(OTHER_KEY).matchingHash("X"));
    }

    @Test
    void keyMustBe32Bytes() {
        assertThatThrownBy(() -> new PersonalDataCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalDataKeyConfiguration.masterKey(Base64.getEncoder().encodeToString(new byte[16]), Path.of(".")))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceAndKept(@TempDir Path dir) throws Exception {
        byte[] first = PersonalDataKeyConfiguration.masterKey("", dir);
        byte[] second = PersonalDataKeyConfiguration.masterKey(null, dir);
        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(Files.readString(dir.resolve(PersonalDataKeyConfiguration.KEY_FILE))).isEqualTo(Base64.getEncoder().encodeToString(first));
        assertThat(PersonalDataKeyConfiguration.masterKey(Base64.getEncoder().encodeToString(KEY), dir)).isEqualTo(KEY);
    }
}
