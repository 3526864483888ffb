package io.shuzhi.bench.ballot;

import java.util.List;
import java.util.Random;

/**
 * Which token votes at each step of the load, and how. Every token is used once (in a shuffled order) before any is
 * used again, so the first pass inserts ballots and later passes replace them; one step in {@code duplicateEvery}
 * sends the same token twice at the same instant (a concurrent duplicate). A token always casts the same grades,
 * so the expected counts do not depend on which of two racing ballots wins.
 */
public final class BallotPlan {

    static final String[] GRADES = {"GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR"};

    private final int[] order;
    private final int duplicateEvery;

    /** {@code tokens} tokens in total; {@code duplicateShare} of the steps are concurrent duplicates (0 for none). */
    public BallotPlan(int tokens, double duplicateShare, long seed) {
        if (tokens < 1) {
            throw new IllegalArgumentException("at least one token");
        }
        order = new int[tokens];
        for (int i = 0; i < tokens; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = tokens - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        duplicateEvery = duplicateShare <= 0 ? 0 : Math.max(1, (int) Math.round(1 / duplicateShare));
    }

    public int tokens() {
        return order.length;
    }

    /** The token (index into the issued tokens) voting at step {@code step}. */
    public int tokenAt(int step) {
        return order[step % order.length];
    }

    /** How many ballots step {@code step} sends at once: 2 for a concurrent duplicate, else 1. */
    public int copiesAt(int step) {
        return duplicateEvery > 0 && step % duplicateEvery == duplicateEvery - 1 ? 2 : 1;
    }

    /** The grade token {@code token} gives the report at {@code reportIndex}: mostly 好, as at a real meeting. */
    public static int gradeOf(int token, int reportIndex) {
        long h = (token * 0x9E3779B97F4A7C15L) ^ (reportIndex * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        int p = (int) Math.floorMod(h, 100L);
        return p < 70 ? 0 : p < 90 ? 1 : p < 97 ? 2 : 3;
    }

    /** The JSON body of token's ballot over the given reports. */
    public static String ballotJson(String token, int tokenIndex, List<Long> reportIds) {
        StringBuilder sb = new StringBuilder(64 + reportIds.size() * 40);
        sb.append("{\"token\":\"").append(token).append("\",\"ratings\":[");
        for (int r = 0; r < reportIds.size(); r++) {
            if (r > 0) {
                sb.append(',');
            }
            sb.append("{\"reportId\":").append(reportIds.get(r)).append(",\"grade\":\"").append(GRADES[gradeOf(tokenIndex, r)]).append("\"}");
        }
        return sb.append("]}").toString();
    }
}
