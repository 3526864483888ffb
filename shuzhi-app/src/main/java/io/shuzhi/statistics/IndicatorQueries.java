package io.shuzhi.statistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The raw counts behind a report, for a year and the year before. For the years of {@code tally_window} the
 * large record types (members, cadres, funding, centres, enterprises) come from the subtree rollups — a handful
 * of primary-key reads for a province as for a village — and only first secretaries and recruitment are counted
 * live; any other year is counted live throughout.
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
    Map<Indicator, Number>[] counts(long rootId, String rootPath, int year) {
        Map<Indicator, Number>[] result = new Map[]{new EnumMap<>(Indicator.class), new EnumMap<>(Indicator.class)};
        // The subtree filter `path LIKE :rootPath || '%'` can use the path index only when the plan knows the
        // prefix: without this, after five executions the driver's prepared statements get generic plans that
        // scan every organization (~25 ms each at 200,000 organizations).
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        int[] window = tallyWindow();
        for (int i = 0; i < 2; i++) {
            int y = year - i;
            if (y >= window[0] && y <= window[1]) {
                rollups.all(rootId, y, result[i]);
            } else {
                live.all(rootPath, y, result[i]);
            }
            live.firstSecretariesAndRecruitment(rootPath, LocalDate.of(y, 12, 31), result[i]);
        }
        return result;
    }

    /** The years kept in the tallies and rollups (first, last); other years are counted live. */
    int[] tallyWindow() {
        return jdbc.sql("SELECT first_year, last_year FROM tally_window")
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).single();
    }
}
