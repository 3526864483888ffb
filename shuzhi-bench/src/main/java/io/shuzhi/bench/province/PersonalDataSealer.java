package io.shuzhi.bench.province;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Writes personal data in exactly the format of the app's {@code io.shuzhi.shared.crypto.PersonalDataCipher}
 * (sub-keys derived by HMAC-SHA256 from the master key; version byte 1, 12-byte nonce, AES-256-GCM with AAD
 * "shuzhi/personal-data/v1"; HMAC-SHA256 matching hash), so the app can reveal and match generated members.
 * The bench cannot link the app's classes (its jar is a Spring Boot fat jar); keep the two in step.
 */
final class PersonalDataSealer {

    private static final byte[] AAD = "shuzhi/personal-data/v1".getBytes(StandardCharsets.US_ASCII);
    private final SecretKeySpec encryption;
    private final Mac mac;
    private final Cipher cipher;
    private final SecureRandom random = new SecureRandom();

    PersonalDataSealer(byte[] masterKey) throws GeneralSecurityException {
        encryption = new SecretKeySpec(derive(masterKey, "shuzhi/personal-data/encrypt"), "AES");
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(derive(masterKey, "shuzhi/personal-data/match"), "HmacSHA256"));
        cipher = Cipher.getInstance("AES/GCM/NoPadding");
    }

    byte[] seal(String plain) throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(AAD);
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[13 + sealed.length];
        out[0] = 1;
        System.arraycopy(nonce, 0, out, 1, 12);
        System.arraycopy(sealed, 0, out, 13, sealed.length);
        return out;
    }

    byte[] hash(String plain) {
        return mac.doFinal(plain.getBytes(StandardCharsets.UTF_8));
    }

    static String maskId(String v) {
        return v.substring(0, 4) + "*".repeat(v.length() - 8) + v.substring(v.length() - 4);
    }

    static String maskPhone(String v) {
        return v == null ? null : v.substring(0, 3) + "****" + v.substring(7);
    }

    private static byte[] derive(byte[] key, String label) throws GeneralSecurityException {
        Mac m = Mac.getInstance("HmacSHA256");
        m.init(new SecretKeySpec(key, "HmacSHA256"));
        return Arrays.copyOf(m.doFinal(label.getBytes(StandardCharsets.US_ASCII)), 32);
    }
}
