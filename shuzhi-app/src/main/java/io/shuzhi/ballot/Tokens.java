package io.shuzhi.ballot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Random ballot tokens that are easy to type from paper, and the fingerprint of a frozen seat list. */
final class Tokens {

    /** No 0/O, 1/I/L: a token is read off a printed sheet. 31^12 ≈ 8·10^17 possible tokens. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** What a person typed ("abcd-efgh ijkl") as a stored token ("ABCDEFGHIJKL"). */
    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** "ABCDEFGHJKMN" → "ABCD-EFGH-JKMN", for printing. */
    static String grouped(String token) {
        return token.replaceAll("(.{4})(?!$)", "$1-");
    }

    /**
     * SHA-256 over the session's frozen list: campaign, mode, each group with weight and seats, and the sorted
     * SHA-256 of every token. Printed on the sheet and shown on screen, it lets anyone check later that the list
     * was not changed after the session opened, without revealing the tokens.
     */
    static String fingerprint(long campaignId, BallotMode mode, List<SeatGroup> groups, List<IssuedToken> tokens) {
        StringBuilder sb = new StringBuilder("campaign=" + campaignId + "\nmode=" + mode + "\n");
        groups.forEach(g -> sb.append("group=").append(g.name()).append(";weight=").append(g.weight().stripTrailingZeros().toPlainString())
                .append(";seats=").append(g.seats()).append('\n'));
        tokens.stream().map(t -> t.group() + ":" + sha256(t.token())).sorted().forEach(line -> sb.append(line).append('\n'));
        return sha256(sb.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
