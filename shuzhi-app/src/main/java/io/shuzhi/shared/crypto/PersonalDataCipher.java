package io.shuzhi.shared.crypto;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Encrypts personal data (ID numbers, phones) with AES-256-GCM and computes the keyed hash used to match a
 * person on re-import without decrypting anything. Two sub-keys are derived from one master key, so a leaked
 * hash key cannot decrypt and the master key is the only secret to keep.
 * <p>
 * Ciphertext layout: version byte (1), 12-byte random nonce, AES-GCM ciphertext with its 16-byte tag. The
 * version byte leaves room for rotating keys later without guessing which key wrote a value.
 */
public final class PersonalDataCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED_DATA = "shuzhi/personal-data/v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey encryptionKey;
    private final SecretKey matchingKey;
    private final SecureRandom random = new SecureRandom();
    // Cipher and Mac are not thread-safe and costly to look up; imports call them millions of times
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> instance("AES/GCM/NoPadding", Cipher::getInstance));
    private final ThreadLocal<Mac> macs;

    public PersonalDataCipher(byte[] masterKey) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("the personal-data key must be 32 bytes (256 bits), got " + masterKey.length);
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "shuzhi/personal-data/encrypt"), "AES");
        this.matchingKey = new SecretKeySpec(derive(masterKey, "shuzhi/personal-data/match"), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            Mac mac = instance("HmacSHA256", Mac::getInstance);
            try {
                mac.init(matchingKey);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            return mac;
        });
    }

    public byte[] encrypt(String plain) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[1 + NONCE_LENGTH + sealed.length];
            out[0] = VERSION;
            System.arraycopy(nonce, 0, out, 1, NONCE_LENGTH);
            System.arraycopy(sealed, 0, out, 1 + NONCE_LENGTH, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** The plain text; fails (never returns garbage) when the value was tampered with or written with another key. */
    public String decrypt(byte[] stored) {
        if (stored.length < 1 + NONCE_LENGTH + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new IllegalStateException("not a personal-data ciphertext of version " + VERSION);
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_LENGTH));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_LENGTH, stored.length - 1 - NONCE_LENGTH);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or tampered value", e);
        }
    }

    /** HMAC-SHA256 of the value: equal inputs give equal hashes, so rows can be matched without decrypting. */
    public byte[] matchingHash(String normalized) {
        return macs.get().doFinal(normalized.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] derive(byte[] masterKey, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(label.getBytes(StandardCharsets.US_ASCII)), 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Factory<T> {
        T get(String algorithm) throws GeneralSecurityException;
    }

    private static <T> T instance(String algorithm, Factory<T> factory) {
        try {
            return factory.get(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
