package io.shuzhi.statistics;

import io.shuzhi.account.Caller;
import io.shuzhi.organization.Organization;
import io.shuzhi.organization.OrganizationService;
import io.shuzhi.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes the indicators for any organization the caller may see, and any year (see IndicatorQueries). */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2200;

    private final OrganizationService organizations;
    private final IndicatorQueries queries;
    private final BreakdownQuery breakdown;

    IndicatorService(OrganizationService organizations, IndicatorQueries queries, BreakdownQuery breakdown) {
        this.organizations = organizations;
        this.queries = queries;
        this.breakdown = breakdown;
    }

    public IndicatorReport report(Caller caller, long organizationId, int year) {
        checkYear(year);
        Organization root = organizations.get(caller, organizationId);
        Map<Indicator, Number>[] counts = queries.counts(root, year);
        Map<String, Number> now = values(counts[0]);
        Map<String, Number> before = values(counts[1]);
        Map<String, Number> change = new LinkedHashMap<>();
        now.forEach((key, value) -> change.put(key, difference(value, before.get(key))));
        return new IndicatorReport(root.id(), root.name(), year, now, before, change);
    }

    /** The main member and enterprise figures of each direct child's subtree, for comparison and drill-down. */
    public List<Breakdown> children(Caller caller, long organizationId, int year) {
        checkYear(year);
        return breakdown.byChild(organizations.get(caller, organizationId), year);
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("indicators.year", "year", "年份应在1949至2200之间 / year must be between 1949 and 2200");
        }
    }

    /** All indicators in declaration order, deriving the member shares from the counts. */
    static Map<String, Number> values(Map<Indicator, Number> counts) {
        long total = counts.get(Indicator.MEMBERS_TOTAL).longValue();
        counts.put(Indicator.MEMBERS_AGED_35_OR_UNDER_SHARE,
                FormationRate.share(counts.get(Indicator.MEMBERS_AGED_35_OR_UNDER).longValue(), total));
        counts.put(Indicator.MEMBERS_AGED_55_PLUS_SHARE,
                FormationRate.share(counts.get(Indicator.MEMBERS_AGED_55_PLUS).longValue(), total));
        Map<String, Number> values = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            values.put(indicator.key, counts.get(indicator));
        }
        return values;
    }

    private static Number difference(Number now, Number before) {
        if (now == null || before == null) {
            return null;
        }
        if (now instanceof BigDecimal || before instanceof BigDecimal) {
            return new BigDecimal(now.toString()).subtract(new BigDecimal(before.toString()));
        }
        return now.longValue() - before.longValue();
    }
}
