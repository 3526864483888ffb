package io.shuzhi.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.shuzhi.analysis.commitment.Commitment;
import io.shuzhi.analysis.lint.Finding;
import io.shuzhi.analysis.quantity.Quantity;
import io.shuzhi.analysis.section.Section;
import io.shuzhi.analysis.section.SectionItem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The hand-annotated corpus under {@code src/test/resources/corpus/}: reports written in varied real-world
 * styles with planted defects, each NAME.txt with a NAME.gold.tsv annotated by a reviewer (not generated from
 * the output). Computes precision and recall per field over the whole corpus, prints a table and the
 * differences, and asserts thresholds.
 *
 * <p>Gold rows (tab-separated; "-" is null, an empty field is ""):
 * <pre>
 * report      title  reporter  year
 * section     KIND   heading
 * item        heading                               (of the last section)
 * quantity    text   value or lo..hi  unit  QUALIFIER
 * commitment  text   value  max  unit  COMPARATOR  deadline
 * finding     RULE   text   fix
 * </pre>
 * Matching: reports in order; sections by kind and heading; items by section kind and heading (or its first
 * clause(s), see {@link #sameHeading}); quantities by
 * text, value(s), unit and qualifier; commitments by value, max, unit, comparator and deadline with texts where
 * one contains the other (clause boundaries are a matter of taste); findings by rule and fix with texts where
 * one contains the other.
 */
class CorpusGoldTest {

    static final List<String> CORPUS = List.of("01_town_2019", "02_village_2023", "03_district_compilation_2017",
            "04_county_2015", "05_soe_2021", "06_university_2022", "07_agency_2020", "08_community_2024",
            "09_city_2016", "10_township_2018", "11_county_plain_2022", "12_villages_compilation_2022",
            "13_subdistrict_2021", "14_soe_2019", "15_town_2016", "16_district_2024",
            "17_village_2020", "18_compilation_signatures_2018",
            "19_town_2019_signature", "20_agency_2023_nested",
            "21_compilation_dash_2023", "22_county_2024_inline",
            "23_village_colon_2021", "24_street_2022_fresh");

    /** Minimum precision and recall per field; raise as the analyzer improves. */
    static final Map<String, Double> THRESHOLDS = new LinkedHashMap<>();

    static {
        THRESHOLDS.put("reports", 0.98);
        THRESHOLDS.put("sections", 0.98);
        THRESHOLDS.put("items", 0.97);
        THRESHOLDS.put("quantities", 0.98);
        THRESHOLDS.put("commitments", 0.95);
        THRESHOLDS.put("findings", 0.95);
    }

    private static final ReportAnalyzer ANALYZER = ReportAnalyzer.create();

    static final class Score {
        int gold;
        int found;
        int matched;

        double precision() {
            return found == 0 ? (gold == 0 ? 1 : 0) : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }
    }

    record GoldReport(List<String> head, List<List<String>> sections, List<List<String>> items,
                      List<List<String>> quantities, List<List<String>> commitments, List<List<String>> findings) {
    }

    @Test
    void corpusMeetsThePerFieldThresholds() throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        THRESHOLDS.keySet().forEach(k -> scores.put(k, new Score()));
        StringBuilder diffs = new StringBuilder();
        for (String name : CORPUS) {
            byte[] bytes = resource("corpus/" + name + ".txt");
            List<GoldReport> gold = parse(new String(resource("corpus/" + name + ".gold.tsv"), StandardCharsets.UTF_8));
            AnalysisResult result = ANALYZER.analyze(bytes, name + ".txt", AnalysisOptions.defaults());
            List<AnalyzedReport> found = result.reports();
            int n = Math.max(gold.size(), found.size());
            for (int i = 0; i < n; i++) {
                GoldReport g = i < gold.size() ? gold.get(i) : new GoldReport(null, List.of(), List.of(), List.of(), List.of(), List.of());
                AnalyzedReport r = i < found.size() ? found.get(i) : null;
                String where = name + "#" + (i + 1);
                compare(scores.get("reports"), where + " report", g.head() == null ? List.of() : List.of(g.head()),
                        r == null ? List.of() : List.of(head(r)), List::equals, diffs);
                compare(scores.get("sections"), where + " section", g.sections(), r == null ? List.of() : sections(r), List::equals, diffs);
                compare(scores.get("items"), where + " item", g.items(), r == null ? List.of() : items(r),
                        (a, b) -> a.get(0).equals(b.get(0)) && sameHeading(a.get(1), b.get(1)), diffs);
                compare(scores.get("quantities"), where + " quantity", g.quantities(), r == null ? List.of() : quantities(r), List::equals, diffs);
                compare(scores.get("commitments"), where + " commitment", g.commitments(), r == null ? List.of() : commitments(r),
                        (a, b) -> a.subList(1, a.size()).equals(b.subList(1, b.size())) && overlaps(a.get(0), b.get(0)), diffs);
                compare(scores.get("findings"), where + " finding", g.findings(), r == null ? List.of() : findings(r),
                        (a, b) -> a.get(0).equals(b.get(0)) && Objects.equals(a.get(2), b.get(2)) && overlaps(a.get(1), b.get(1)), diffs);
            }
        }
        StringBuilder table = new StringBuilder("\nfield         gold  found  match  precision  recall\n");
        scores.forEach((k, s) -> table.append(String.format("%-12s %5d  %5d  %5d  %9.3f  %6.3f%n", k, s.gold, s.found,
                s.matched, s.precision(), s.recall())));
        System.out.println(table);
        System.out.println(diffs);
        scores.forEach((k, s) -> {
            assertThat(s.precision()).as("precision of %s%s", k, table).isGreaterThanOrEqualTo(THRESHOLDS.get(k));
            assertThat(s.recall()).as("recall of %s%s", k, table).isGreaterThanOrEqualTo(THRESHOLDS.get(k));
        });
    }

    /**
     * Item headings are the same point when equal, or when the shorter is the longer's first clause(s): a
     * reviewer may take "夯实基层基础" or the whole lead sentence "夯实基层基础，标准化建设达标率100%".
     */
    static boolean sameHeading(String a, String b) {
        String s = a.length() <= b.length() ? a : b;
        String l = a.length() <= b.length() ? b : a;
        return l.equals(s) || l.startsWith(s) && "，,；;：:".indexOf(l.charAt(s.length())) >= 0;
    }

    private static boolean overlaps(String a, String b) {
        String x = trim(a);
        String y = trim(b);
        return !x.isEmpty() && !y.isEmpty() ? x.contains(y) || y.contains(x) : x.equals(y);
    }

    private static String trim(String s) {
        return s == null ? "" : s.replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
    }

    private static void compare(Score score, String where, List<List<String>> gold, List<List<String>> found,
                                BiPredicate<List<String>, List<String>> same, StringBuilder diffs) {
        score.gold += gold.size();
        score.found += found.size();
        boolean[] used = new boolean[found.size()];
        for (List<String> g : gold) {
            boolean hit = false;
            for (int j = 0; j < found.size() && !hit; j++) {
                if (!used[j] && same.test(g, found.get(j))) {
                    used[j] = true;
                    hit = true;
                }
            }
            if (hit) {
                score.matched++;
            } else {
                diffs.append("MISSED ").append(where).append(' ').append(g).append('\n');
            }
        }
        for (int j = 0; j < found.size(); j++) {
            if (!used[j]) {
                diffs.append("NOISE  ").append(where).append(' ').append(found.get(j)).append('\n');
            }
        }
    }

    private static List<String> head(AnalyzedReport r) {
        return row(r.title(), r.reporter().name(), r.year() == null ? null : r.year().toString());
    }

    private static List<List<String>> sections(AnalyzedReport r) {
        List<List<String>> out = new ArrayList<>();
        for (Section s : r.sections()) {
            out.add(row(s.kind().name(), s.heading()));
        }
        return out;
    }

    private static List<List<String>> items(AnalyzedReport r) {
        List<List<String>> out = new ArrayList<>();
        for (Section s : r.sections()) {
            for (SectionItem i : s.items()) {
                out.add(row(s.kind().name(), i.heading()));
            }
        }
        return out;
    }

    private static List<List<String>> quantities(AnalyzedReport r) {
        List<List<String>> out = new ArrayList<>();
        for (Quantity q : r.quantities()) {
            String value = plain(q.value()) + (q.max() == null ? "" : ".." + plain(q.max()));
            out.add(row(q.text(), value, q.unit(), q.qualifier().name()));
        }
        return out;
    }

    private static List<List<String>> commitments(AnalyzedReport r) {
        List<List<String>> out = new ArrayList<>();
        for (Commitment c : r.commitments()) {
            out.add(row(c.text(), plain(c.value()), plain(c.max()), c.unit(),
                    c.comparator() == null ? null : c.comparator().name(),
                    c.deadline() == null ? null : c.deadline().toString()));
        }
        return out;
    }

    private static List<List<String>> findings(AnalyzedReport r) {
        List<List<String>> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(row(f.rule().name(), f.text(), f.fix()));
        }
        return out;
    }

    private static String plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() > 6 ? s.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros() : s).toPlainString();
    }

    private static List<String> row(String... fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            out.add(f);
        }
        return out;
    }

    static List<GoldReport> parse(String tsv) {
        List<GoldReport> out = new ArrayList<>();
        String kind = null;
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            List<String> values = new ArrayList<>();
            for (int i = 1; i < f.length; i++) {
                values.add(f[i].equals("-") ? null : f[i]);
            }
            GoldReport g = out.isEmpty() ? null : out.get(out.size() - 1);
            switch (f[0]) {
                case "report" -> out.add(new GoldReport(values, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>(), new ArrayList<>()));
                case "section" -> {
                    kind = values.get(0);
                    g.sections().add(values);
                }
                case "item" -> g.items().add(row(kind, values.get(0)));
                case "quantity" -> g.quantities().add(values);
                case "commitment" -> g.commitments().add(values);
                case "finding" -> {
                    if (values.get(1) == null) {
                        values.set(1, "");
                    }
                    while (values.size() < 3) {
                        values.add("");
                    }
                    g.findings().add(values);
                }
                default -> throw new IllegalArgumentException("unknown gold row: " + line);
            }
        }
        return out;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CorpusGoldTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
