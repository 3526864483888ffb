package io.shuzhi.statistics;

import io.shuzhi.organization.Organization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The raw counts behind a report, for a year and the year before. Where the rollups hold them (upper tree,
 * years of the window: {@link RollupScope}) the large record types — members, cadres, funding, centres,
 * enterprises — are a handful of primary-key reads, for a province as for a township; deeper subtrees and
 * other years are counted live. First secretaries and recruitment are always counted live (small tables;
 * violations depend on configurable rules).
 */
@Component
class IndicatorQueries {

    private final JdbcClient jdbc;
    private final RollupCounts rollups;
    private final LiveCounts live;

    IndicatorQueries(JdbcClient jdbc, RollupCounts rollups, LiveCounts live) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.live = live;
    }

    /** Raw counts and sums for {@code year} (index 0) and {@code year - 1} (index 1). */
    @SuppressWarnings("unchecked")
    Map<Indicator, Number>[] counts(Organization root, int year) {
        Map<Indicator, Number>[] result = new Map[]{new EnumMap<>(Indicator.class), new EnumMap<>(Indicator.class)};
        // The subtree filter `path LIKE :rootPath || '%'` can use the path index only when the plan knows the
        // prefix: without this, after five executions the driver's prepared statements get generic plans that
        // scan every organization (~25 ms each at 200,000 organizations).
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        RollupScope scope = rollupScope();
        for (int i = 0; i < 2; i++) {
            int y = year - i;
            if (scope.covers(root.depth(), y)) {
                rollups.all(root.id(), y, result[i]);
            } else {
                live.all(root.path(), y, result[i]);
            }
            live.firstSecretariesAndRecruitment(root.path(), LocalDate.of(y, 12, 31), result[i]);
        }
        return result;
    }

    RollupScope rollupScope() {
        return jdbc.sql("SELECT first_year, last_year, max_depth FROM rollup_scope").query(RollupScope.class).single();
    }
}
