package io.shuzhi.workrecord;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.shuzhi.shared.InvalidInputException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A figure computed from the records that a commitment can follow. {@code key} is the API name; {@code unit} the
 * Chinese measure word a commitment uses for it. Per-period counters ({@code cumulative == false}) are the fewest
 * over townships or months, so they can fall as well as rise.
 */
public enum Counter {
    FIELD_VISITS("fieldVisits", "次", true),
    ORGANIZATIONS_VISITED("organizationsVisited", "个", true),
    VILLAGES_VISITED("villagesVisited", "个", true),
    SUPERVISION_VISITS("supervisionVisits", "次", true),
    SUPERVISION_VISITS_PER_TOWNSHIP("supervisionVisitsPerTownship", "次", false),
    FIELD_DAYS("fieldDays", "天", true),
    FIELD_DAYS_PER_MONTH("fieldDaysPerMonth", "天", false),
    MEETINGS("meetings", "次", true),
    KEY_CHALLENGES_SOLVED("keyChallengesSolved", "个", true),
    TALKS("talks", "次", true),
    TRAINING_COVERAGE("trainingCoverage", "%", false),
    PROXY_SERVICES("proxyServices", "件", true);

    private final String key;
    private final String unit;
    private final boolean cumulative;

    Counter(String key, String unit, boolean cumulative) {
        this.key = key;
        this.unit = unit;
        this.cumulative = cumulative;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public boolean cumulative() {
        return cumulative;
    }

    @JsonCreator
    public static Counter byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key) || c.name().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidInputException("counter.unknown", "counter", "未知的计数项 / Unknown counter: " + key
                        + " (" + Arrays.stream(values()).map(Counter::key).collect(Collectors.joining(", ")) + ")"));
    }
}
