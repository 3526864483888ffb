package io.shuzhi.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The organization department's table of a campaign: per reporter, what the analysis counted. Rows of reports
 * not yet written have null counts and sort last.
 */
public record CampaignOverview(long campaignId, String title, int year, List<String> rules, List<Row> rows) {

    /** {@code boilerplateShare} is 0–1: characters in BOILERPLATE findings over the report's characters. */
    public record Row(long reportId, String organizationName, String status, Integer quantities, Integer commitments,
                      Integer quantified, Integer dated, Map<String, Integer> findingsByRule, Integer findings,
                      Double boilerplateShare) {

        public boolean analysed() {
            return quantities != null;
        }

        public String boilerplatePercent() {
            return boilerplateShare == null ? "" : String.format("%.1f%%", boilerplateShare * 100);
        }
    }

    /** The sortable columns; a finding rule name sorts by that rule's count. */
    static Comparator<Row> comparator(String column) {
        Comparator<Row> byName = Comparator.comparing(Row::organizationName);
        Comparator<Row> c = switch (column == null ? "" : column) {
            case "quantities" -> nullsLast(Row::quantities);
            case "commitments" -> nullsLast(Row::commitments);
            case "quantified" -> nullsLast(Row::quantified);
            case "dated" -> nullsLast(Row::dated);
            case "findings" -> nullsLast(Row::findings);
            case "boilerplate" -> Comparator.comparing(Row::boilerplateShare, Comparator.nullsLast(Comparator.naturalOrder()));
            case "status" -> Comparator.comparing(Row::status);
            case "" , "organization" -> byName;
            default -> nullsLast(r -> r.findingsByRule() == null ? null : r.findingsByRule().get(column));
        };
        return c.thenComparing(byName);
    }

    private static Comparator<Row> nullsLast(java.util.function.Function<Row, Integer> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    CampaignOverview sorted(String column, boolean descending) {
        Comparator<Row> c = comparator(column);
        List<Row> analysed = rows.stream().filter(Row::analysed).sorted(descending ? c.reversed() : c).toList();
        List<Row> rest = rows.stream().filter(r -> !r.analysed()).sorted(Comparator.comparing(Row::organizationName)).toList();
        return new CampaignOverview(campaignId, title, year, rules,
                java.util.stream.Stream.concat(analysed.stream(), rest.stream()).toList());
    }
}
