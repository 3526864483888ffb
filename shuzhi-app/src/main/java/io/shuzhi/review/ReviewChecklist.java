package io.shuzhi.review;

import java.util.List;

/**
 * The review checklist of one report, filled in from its analysis: one line per question a reviewer asks, each
 * passed, worth a look (WARN) or failed, with the numbers behind it as message arguments.
 */
public record ReviewChecklist(List<Check> checks) {

    public enum Status { OK, WARN, BAD }

    /** {@code key} names the question (review.check.KEY) and its detail (review.check.KEY.STATUS) in the bundle. */
    public record Check(String key, Status status, List<Object> args) {

        public String label() {
            return "review.check." + key;
        }

        public String detail() {
            return "review.check." + key + "." + status.name().toLowerCase();
        }

        public String css() {
            return switch (status) {
                case OK -> "ok";
                case WARN -> "warn";
                case BAD -> "bad";
            };
        }
    }

    public boolean allPassed() {
        return checks.stream().allMatch(c -> c.status() == Status.OK);
    }
}
