package io.shuzhi.workrecord.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks out of a report the quantities that claim work the records count, by the words around each quantity in
 * its clause. Sentences about plans ("我将……到村调研100个以上", "每月……不少于2天") are promises, not claims, and are
 * skipped. Pure and deterministic.
 */
public final class ClaimReader {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;！!？?、：:\\n（）()]");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[。；;！!？?\\n]");
    private static final Pattern PLAN = Pattern.compile("将|计划|力争|确保|不少于|不低于|每月|每年|下步|下一步|明年|争取");

    private final QuantityFinder finder;

    public ClaimReader(QuantityFinder finder) {
        this.finder = finder;
    }

    public List<Claim> read(String text) {
        List<Claim> claims = new ArrayList<>();
        for (QuantityFinder.Quantity q : finder.find(text)) {
            if (PLAN.matcher(around(text, q.start(), q.end(), SENTENCE_BREAK)).find()) {
                continue;
            }
            int clauseStart = boundaryBefore(text, q.start(), CLAUSE_BREAK);
            int clauseEnd = boundaryAfter(text, q.end(), CLAUSE_BREAK);
            String before = text.substring(clauseStart, q.start());
            String after = text.substring(q.end(), clauseEnd);
            boolean atLeast = q.qualifier() != null;
            subject(q.unit(), before, after).ifPresent(s -> claims.add(new Claim(s, q.value(), atLeast,
                    text.substring(clauseStart, clauseEnd).strip(), clauseStart, clauseEnd)));
        }
        return claims;
    }

    static Optional<Claim.Subject> subject(String unit, String before, String after) {
        String clause = before + after;
        boolean visiting = clause.contains("调研") || clause.contains("督办") || clause.contains("走访");
        if ("次".equals(unit)) {
            if (after.contains("常委会")) return Optional.of(Claim.Subject.STANDING_COMMITTEE_MEETINGS);
            if (after.contains("领导小组")) return Optional.of(Claim.Subject.LEADING_GROUP_MEETINGS);
            if (clause.contains("听取") && clause.contains("汇报")) return Optional.of(Claim.Subject.WORK_REPORTS_HEARD);
            if (visiting && clause.contains("联系点")) return Optional.of(Claim.Subject.CONTACT_POINT_VISITS);
            if (visiting && !clause.contains("调研") && clause.contains("督办")) return Optional.of(Claim.Subject.SUPERVISION_VISITS);
            if (visiting && (after.startsWith("到") || before.contains("到") || before.contains("深入"))) {
                return Optional.of(Claim.Subject.FIELD_VISITS);
            }
        }
        if ("个".equals(unit) && visiting && (after.startsWith("村") || before.endsWith("到村调研") || before.endsWith("到村"))) {
            return Optional.of(Claim.Subject.VILLAGES_VISITED);
        }
        return Optional.empty();
    }

    private static String around(String text, int start, int end, Pattern breaks) {
        return text.substring(boundaryBefore(text, start, breaks), boundaryAfter(text, end, breaks));
    }

    private static int boundaryBefore(String text, int from, Pattern breaks) {
        for (int i = from - 1; i >= 0; i--) {
            if (breaks.matcher(String.valueOf(text.charAt(i))).matches()) return i + 1;
        }
        return 0;
    }

    private static int boundaryAfter(String text, int from, Pattern breaks) {
        for (int i = from; i < text.length(); i++) {
            if (breaks.matcher(String.valueOf(text.charAt(i))).matches()) return i;
        }
        return text.length();
    }
}
