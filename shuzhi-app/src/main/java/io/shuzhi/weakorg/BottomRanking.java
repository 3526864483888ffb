package io.shuzhi.weakorg;

import io.shuzhi.organization.Level;
import io.shuzhi.organization.Sector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 倒排: the composite score of each candidate (weighted mean of the indicators it has data for; 100 when it has none,
 * since no data is no evidence of weakness), sorted from the bottom, and per level the quota ceil(share × total)
 * of the lowest proposed. Ties keep the candidates' given order, so the preview is stable.
 * <p>A quota is per level, or per level and sector: a candidate falls under the (level, sector) row when there is one
 * (e.g. private enterprises at UNIT), otherwise under its level's row (sector null); with neither it is no candidate.
 */
public record BottomRanking(List<Quota> quotas, List<Ranked> organizations) {

    static final BigDecimal NO_DATA = BigDecimal.valueOf(100);

    public record Candidate(long organizationId, String name, Level level, Sector sector, Map<String, BigDecimal> indicators) {
        public Candidate(long organizationId, String name, Level level, Map<String, BigDecimal> indicators) {
            this(organizationId, name, level, null, indicators);
        }
    }

    /** What a quota row applies to: a level, and optionally a sector within it. */
    public record Group(Level level, Sector sector) implements Comparable<Group> {
        public static Group of(Level level) {
            return new Group(level, null);
        }

        @Override
        public int compareTo(Group o) {
            int c = level.compareTo(o.level);
            if (c != 0) {
                return c;
            }
            // the level-only group first, then the sectors in their declared order
            return sector == null ? (o.sector == null ? 0 : -1) : o.sector == null ? 1 : sector.compareTo(o.sector);
        }
    }

    /** {@code sector} is null for a level-only quota. */
    public record Quota(Level level, Sector sector, int total, int quota) {
        public Quota(Level level, int total, int quota) {
            this(level, null, total, quota);
        }
    }

    public record Ranked(long organizationId, String name, Level level, BigDecimal score, Map<String, BigDecimal> indicators,
                  boolean proposed) {
    }

    static int quota(BigDecimal share, int total) {
        return share.multiply(BigDecimal.valueOf(total)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    static BigDecimal composite(Map<String, BigDecimal> indicators, Map<String, BigDecimal> weights) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weight = BigDecimal.ZERO;
        for (var e : indicators.entrySet()) {
            BigDecimal w = weights.get(e.getKey());
            if (w != null && e.getValue() != null) {
                sum = sum.add(w.multiply(e.getValue()));
                weight = weight.add(w);
            }
        }
        return weight.signum() == 0 ? NO_DATA : sum.divide(weight, 2, RoundingMode.HALF_UP);
    }

    /** The group whose quota the candidate counts against, or null when none applies. */
    static Group groupOf(Candidate c, Map<Group, BigDecimal> shares) {
        if (c.sector() != null) {
            Group bySector = new Group(c.level(), c.sector());
            if (shares.containsKey(bySector)) {
                return bySector;
            }
        }
        Group byLevel = Group.of(c.level());
        return shares.containsKey(byLevel) ? byLevel : null;
    }

    static BottomRanking of(List<Candidate> candidates, Map<String, BigDecimal> weights, Map<Group, BigDecimal> shares) {
        Map<Group, List<Candidate>> byGroup = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Group g = groupOf(c, shares);
            if (g != null) {
                byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(c);
            }
        }
        List<Quota> quotas = new ArrayList<>();
        List<Ranked> ranked = new ArrayList<>();
        byGroup.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int quota = quota(shares.get(e.getKey()), e.getValue().size());
            quotas.add(new Quota(e.getKey().level(), e.getKey().sector(), e.getValue().size(), quota));
            List<Ranked> level = e.getValue().stream()
                    .map(c -> new Ranked(c.organizationId(), c.name(), c.level(), composite(c.indicators(), weights), c.indicators(), false))
                    .sorted(Comparator.comparing(Ranked::score))
                    .toList();
            for (int i = 0; i < level.size(); i++) {
                Ranked r = level.get(i);
                ranked.add(new Ranked(r.organizationId(), r.name(), r.level(), r.score(), r.indicators(), i < quota));
            }
        });
        return new BottomRanking(quotas, ranked);
    }
}
