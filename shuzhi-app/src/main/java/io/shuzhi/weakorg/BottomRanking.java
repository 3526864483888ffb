package io.shuzhi.weakorg;

import io.shuzhi.organization.Level;

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
 */
public record BottomRanking(List<Quota> quotas, List<Ranked> organizations) {

    static final BigDecimal NO_DATA = BigDecimal.valueOf(100);

    public record Candidate(long organizationId, String name, Level level, Map<String, BigDecimal> indicators) {
    }

    public record Quota(Level level, int total, int quota) {
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

    static BottomRanking of(List<Candidate> candidates, Map<String, BigDecimal> weights, Map<Level, BigDecimal> shares) {
        Map<Level, List<Candidate>> byLevel = new LinkedHashMap<>();
        candidates.stream().filter(c -> shares.containsKey(c.level()))
                .forEach(c -> byLevel.computeIfAbsent(c.level(), l -> new ArrayList<>()).add(c));
        List<Quota> quotas = new ArrayList<>();
        List<Ranked> ranked = new ArrayList<>();
        byLevel.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int quota = quota(shares.get(e.getKey()), e.getValue().size());
            quotas.add(new Quota(e.getKey(), e.getValue().size(), quota));
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
