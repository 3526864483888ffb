package io.shuzhi.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches the organization a byline names ("中共随县县委", "中共广水市委") to the reporter organizations of a
 * campaign, which may be named "随县", "中共随县县委" or "随州市曾都区委员会". Both sides are reduced to the place
 * name: 中共 and the committee suffix (委员会, 党工委, 党委, 工委, 县委/市委/区委) go, then the trailing 县/市/区 when
 * the name stays at least two characters. Equal places score 1.0; one place inside the other (曾都 in 随州市曾都)
 * scores by how much of the longer it covers, at most 0.9, so only exact matches pass without a look.
 */
final class OrganizationNameMatcher {

    static final BigDecimal EXACT = BigDecimal.ONE.setScale(2);
    /** Below this a candidate is not proposed at all. */
    static final double MINIMUM = 0.5;

    private static final String[] COMMITTEE_SUFFIXES = {"委员会", "党工委", "党委", "工委", "委"};

    private OrganizationNameMatcher() {
    }

    public record Candidate(long organizationId, String name) {
    }

    record Match(Long organizationId, BigDecimal confidence) {

        static final Match NONE = new Match(null, BigDecimal.ZERO.setScale(2));

        boolean doubtful() {
            return organizationId == null || confidence.compareTo(EXACT) < 0;
        }
    }

    static String place(String name) {
        String s = name == null ? "" : name.strip().replaceAll("[\\s　]+", "");
        if (s.startsWith("中共")) {
            s = s.substring(2);
        }
        for (String suffix : COMMITTEE_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        // "随县县委" left "随县县": the committee's own 县 doubles the place's
        if (s.length() > 2 && "县市区".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    static double score(String bylineOrganization, String organizationName) {
        String a = place(bylineOrganization);
        String b = place(organizationName);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (shorter.length() >= 2 && longer.contains(shorter)) {
            return Math.min(0.9, 0.5 + 0.5 * shorter.length() / longer.length());
        }
        return 0;
    }

    /**
     * Assigns each byline at most one organization and each organization at most one byline, best scores first,
     * so two reports never land on the same duty report.
     */
    static List<Match> assign(List<String> bylines, List<Candidate> candidates) {
        record Pair(int byline, Candidate candidate, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < bylines.size(); i++) {
            for (Candidate c : candidates) {
                double s = score(bylines.get(i), c.name());
                if (s >= MINIMUM) {
                    pairs.add(new Pair(i, c, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::byline));
        List<Match> matches = new ArrayList<>(java.util.Collections.nCopies(bylines.size(), Match.NONE));
        Set<Long> taken = new HashSet<>();
        Set<Integer> done = new HashSet<>();
        for (Pair p : pairs) {
            if (!done.contains(p.byline()) && taken.add(p.candidate().organizationId())) {
                done.add(p.byline());
                matches.set(p.byline(), new Match(p.candidate().organizationId(),
                        BigDecimal.valueOf(p.score()).setScale(2, RoundingMode.HALF_UP)));
            }
        }
        return matches;
    }
}
