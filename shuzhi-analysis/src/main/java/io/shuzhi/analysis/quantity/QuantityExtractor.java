package io.shuzhi.analysis.quantity;

import io.shuzhi.analysis.number.Numeral;
import io.shuzhi.analysis.number.NumeralKind;
import io.shuzhi.analysis.number.Numerals;
import io.shuzhi.analysis.number.WordTrie;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every quantity in a piece of text: a numeral (see {@link Numerals}) that counts or measures
 * something, with its measure word or unit and a qualifier. Thread-safe and immutable.
 *
 * <p>Rules, in order:
 * <ul>
 *   <li>numerals inside quotes (“…”, "…", 「…」, 『…』, ‘…’, 《…》) are names or slogans: skipped;</li>
 *   <li>ordinals (第N, 初N, 周N, 星期N) and vague counts (数十, 几十, 十几, 一批) are skipped;</li>
 *   <li>the unit is the longest measure word/unit from {@code units.txt} right after the numeral
 *       (万/亿 are already folded into the value, so 4.89万元 is 48900 元); percentages get "%";</li>
 *   <li>calendar forms are skipped: N年 with a four-digit year or a digit-by-digit year (2015年,
 *       二〇一五年); bare N月, N日, N号 and N季度 never match a unit;</li>
 *   <li>a numeral with no unit is kept (unit null) only when it clearly counts: it carries 万/亿
 *       (主职分别达到2万、3.7万), or 多/余 (3000多农户), or is a fraction (三分之一). We deliberately do
 *       not take the following noun as the unit (3000多农户 → unit null, not 户): the head noun is not
 *       a measure word and guessing it would be noise;</li>
 *   <li>qualifiers: a range is RANGE; else a prefix word (超过/逾 MORE_THAN, 不少于/不低于/至少 AT_LEAST,
 *       近/约/接近/大约 APPROX, 不超过/不足/不到/最多 AT_MOST) wins over a suffix word right after the unit
 *       (以上 AT_LEAST, 以下/以内 AT_MOST, 左右 APPROX); else 余/多 inside the numeral gives MORE_THAN.
 *       Adjacent qualifier words are part of the quantity's text ("不少于2次", "100个以上").</li>
 * </ul>
 */
public final class QuantityExtractor {

    static final String UNITS_RESOURCE = "/io/shuzhi/analysis/quantity/units.txt";

    private static final class Defaults {
        static final WordTrie UNITS = WordTrie.load(UNITS_RESOURCE);
        static final Numerals NUMERALS = new Numerals();
    }

    private record Affix(String word, Qualifier qualifier) {
    }

    /** Prefix qualifier words, longest first. */
    private static final Affix[] PREFIXES = {
            new Affix("不少于", Qualifier.AT_LEAST), new Affix("不低于", Qualifier.AT_LEAST),
            new Affix("不小于", Qualifier.AT_LEAST), new Affix("不超过", Qualifier.AT_MOST),
            new Affix("不高于", Qualifier.AT_MOST), new Affix("不多于", Qualifier.AT_MOST),
            new Affix("差不多", Qualifier.APPROX),
            new Affix("超过", Qualifier.MORE_THAN), new Affix("多于", Qualifier.MORE_THAN),
            new Affix("高于", Qualifier.MORE_THAN), new Affix("大于", Qualifier.MORE_THAN),
            new Affix("至少", Qualifier.AT_LEAST), new Affix("最少", Qualifier.AT_LEAST),
            new Affix("起码", Qualifier.AT_LEAST), new Affix("不下", Qualifier.AT_LEAST),
            new Affix("接近", Qualifier.APPROX), new Affix("将近", Qualifier.APPROX),
            new Affix("大约", Qualifier.APPROX), new Affix("大概", Qualifier.APPROX),
            new Affix("约为", Qualifier.APPROX), new Affix("约合", Qualifier.APPROX),
            new Affix("不足", Qualifier.AT_MOST), new Affix("不到", Qualifier.AT_MOST),
            new Affix("不满", Qualifier.AT_MOST), new Affix("未满", Qualifier.AT_MOST),
            new Affix("最多", Qualifier.AT_MOST), new Affix("至多", Qualifier.AT_MOST),
            new Affix("少于", Qualifier.AT_MOST), new Affix("低于", Qualifier.AT_MOST),
            new Affix("小于", Qualifier.AT_MOST),
            new Affix("逾", Qualifier.MORE_THAN), new Affix("近", Qualifier.APPROX), new Affix("约", Qualifier.APPROX),
    };

    /** Characters before a one-character prefix 近/约 that make it part of another word (最近, 节约). */
    private static final String NOT_BEFORE_JIN = "最附亲接将靠贴就临邻走晚新远拉";
    private static final String NOT_BEFORE_YUE = "节制预签合公条契邀相特违履婚失赴守践简隐大誓";

    /** Suffix qualifier words after the unit. */
    private static final Affix[] SUFFIXES = {
            new Affix("以上", Qualifier.AT_LEAST), new Affix("以下", Qualifier.AT_MOST),
            new Affix("以内", Qualifier.AT_MOST), new Affix("左右", Qualifier.APPROX),
            new Affix("有余", Qualifier.MORE_THAN), new Affix("开外", Qualifier.MORE_THAN),
    };

    private final Numerals numerals;
    private final WordTrie units;

    public QuantityExtractor() {
        this(Defaults.NUMERALS, Defaults.UNITS);
    }

    QuantityExtractor(Numerals numerals, WordTrie units) {
        this.numerals = numerals;
        this.units = units;
    }

    /** Returns the quantities of {@code text} in order of appearance; offsets are code point offsets into {@code text}. */
    public List<Quantity> extract(String text) {
        int[] cps = text.codePoints().toArray();
        boolean[] quoted = quoteMask(cps);
        List<Quantity> out = new ArrayList<>();
        int lastEnd = 0;
        for (Numeral num : numerals.find(cps)) {
            Quantity q = toQuantity(cps, num, quoted);
            if (q != null && q.start() >= lastEnd) {
                out.add(q);
                lastEnd = q.end();
            }
        }
        return List.copyOf(out);
    }

    private Quantity toQuantity(int[] cps, Numeral num, boolean[] quoted) {
        int n = cps.length;
        int s = num.start();
        int e = num.end();
        if (quoted[s]) {
            return null;
        }
        int before = s > 0 ? cps[s - 1] : -1;
        if (before == '第' || before == '周' || before == '初' && num.value().compareTo(BigDecimal.TEN) <= 0
                || before == '期' && s > 1 && cps[s - 2] == '星' || before == '拜' && s > 1 && cps[s - 2] == '礼') {
            return null; // ordinals, weekdays, 初一
        }
        if (before == '数' || before == '几' || before == '若' || (e < n && cps[e] == '几')) {
            return null; // 数十平方米, 几十, 十几个: vague
        }
        if (before == '-' || before == '－' || before == '.' || before == '．' || before == '/') {
            return null; // 2015-01-02, 1.2.3, 1/2: dates, section numbers, codes
        }
        boolean percent = num.kind() == NumeralKind.PERCENT || num.kind() == NumeralKind.RANGE && endsWithPercent(num.text());
        String unit = null;
        int end = e;
        boolean moreAfterMeasure = false;
        if (percent) {
            unit = "%";
        } else if (num.kind() != NumeralKind.FRACTION && e < n) {
            if (num.text().endsWith("个半")) {
                // 三个半月: the numeral took 个; look the unit up as 个月 → 月
                int len = longestWithGe(cps, e);
                if (len > 0) {
                    unit = unitWithGe(cps, e, len);
                    end = e + len;
                }
            } else {
                int len = units.longest(cps, e);
                if (len > 0) {
                    unit = units.value(cps, e, len);
                    end = e + len;
                    if (len == 1 && cps[e] == '个' && end + 1 < n && (cps[end] == '多' || cps[end] == '余')) {
                        int len2 = longestWithGe(cps, end + 1);
                        if (len2 > 0) { // 1个多月 → 1 月 MORE_THAN
                            unit = unitWithGe(cps, end + 1, len2);
                            end = end + 1 + len2;
                            moreAfterMeasure = true;
                        }
                    }
                }
            }
        }
        if (unit == null && !percent) {
            boolean clearCount = num.kind() == NumeralKind.FRACTION
                    || num.qualifier() == Qualifier.MORE_THAN
                    || containsBigUnit(num.text());
            if (!clearCount) {
                return null;
            }
        }
        if ("年".equals(unit) && (isYear(num) || num.kind() == NumeralKind.RANGE && isYearValue(num.value())
                && isYearValue(num.max()))) {
            return null; // 2015年, 2014-2015年: dates
        }
        if (("分".equals(unit) || "秒".equals(unit)) && (before == '时' || before == '点')) {
            return null; // 8时30分: a clock time
        }
        if ("年".equals(unit) && end < n && (cps[end] == '代' || cps[end] == '级' || cps[end] == '度')) {
            return null; // 80年代, 2019年级, 2014年度
        }
        if (("批".equals(unit) || "种".equals(unit) || "样".equals(unit) || "片".equals(unit)) && "一".equals(num.text())) {
            return null; // 一批典型: "a number of", not one
        }
        if (num.value().signum() < 0 && unit == null) {
            return null;
        }

        Qualifier qualifier = num.kind() == NumeralKind.RANGE ? Qualifier.RANGE : null;
        int start = s;
        if (qualifier == null) {
            for (Affix a : PREFIXES) {
                int len = a.word().length();
                if (s - len >= 0 && regionEquals(cps, s - len, a.word())) {
                    if (len == 1 && s - 2 >= 0) {
                        int p = cps[s - 2];
                        if (a.word().equals("近") && NOT_BEFORE_JIN.indexOf(p) >= 0
                                || a.word().equals("约") && NOT_BEFORE_YUE.indexOf(p) >= 0) {
                            continue;
                        }
                    }
                    qualifier = a.qualifier();
                    start = s - len;
                    break;
                }
            }
        }
        for (Affix a : SUFFIXES) {
            if (regionEquals(cps, end, a.word())) {
                if (qualifier == null) {
                    qualifier = a.qualifier();
                }
                end += a.word().length();
                break;
            }
        }
        if (qualifier == null) {
            qualifier = num.qualifier() == Qualifier.MORE_THAN || moreAfterMeasure ? Qualifier.MORE_THAN : Qualifier.EXACT;
        }
        return new Quantity(new String(cps, start, end - start), num.value(), num.max(), unit, qualifier, start, end);
    }

    private static boolean isYear(Numeral num) {
        String t = num.text();
        if (num.kind() != NumeralKind.NUMBER || num.qualifier() != Qualifier.EXACT) {
            return false;
        }
        BigDecimal v = num.value();
        if (v.scale() > 0 || v.compareTo(BigDecimal.valueOf(1000)) < 0 || v.compareTo(BigDecimal.valueOf(2999)) > 0) {
            return false;
        }
        // four Arabic digits, or a Chinese digit-by-digit year (二〇一五): no unit characters
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Numerals.smallUnit(c) > 0 || Numerals.bigUnit(c) > 0 || c == ',' || c == '，') {
                return false;
            }
        }
        return true;
    }

    private static boolean isYearValue(BigDecimal v) {
        return v != null && v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(1000)) >= 0
                && v.compareTo(BigDecimal.valueOf(2999)) <= 0;
    }

    /** Longest unit of the form 个+X (个月, 个小时) where X starts at {@code from}; length of X or 0. */
    private int longestWithGe(int[] cps, int from) {
        int[] probe = new int[Math.min(cps.length - from, 6) + 1];
        probe[0] = '个';
        System.arraycopy(cps, from, probe, 1, probe.length - 1);
        int len = units.longest(probe, 0);
        return len > 1 ? len - 1 : 0;
    }

    private String unitWithGe(int[] cps, int from, int len) {
        int[] probe = new int[len + 1];
        probe[0] = '个';
        System.arraycopy(cps, from, probe, 1, len);
        return units.value(probe, 0, len + 1);
    }

    private static boolean containsBigUnit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Numerals.bigUnit(t.charAt(i)) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithPercent(String t) {
        return t.endsWith("%") || t.endsWith("％");
    }

    private static boolean regionEquals(int[] cps, int from, String word) {
        if (from < 0 || from + word.length() > cps.length) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (cps[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True for code points inside quotes or book-title marks; quote state resets at each line break. */
    static boolean[] quoteMask(int[] cps) {
        boolean[] mask = new boolean[cps.length];
        int depth = 0;
        boolean ascii = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            switch (c) {
                case '\n', '\r' -> {
                    depth = 0;
                    ascii = false;
                }
                case '“', '「', '『', '《', '‘', '〈' -> depth++;
                case '”', '」', '』', '》', '’', '〉' -> depth = Math.max(0, depth - 1);
                case '"' -> ascii = !ascii;
                default -> mask[i] = depth > 0 || ascii;
            }
        }
        return mask;
    }
}
