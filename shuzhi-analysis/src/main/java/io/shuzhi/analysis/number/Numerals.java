package io.shuzhi.analysis.number;

import io.shuzhi.analysis.quantity.Qualifier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and normalises numerals in Chinese text in one left-to-right scan over code points:
 * Arabic and full-width digits (with thousands separators and decimals), Chinese numerals
 * (lower-case, financial upper-case, traditional), mixed forms (3万2千5百, 4.5亿), 点 decimals,
 * digit-by-digit years (二〇一五), 负 negatives, N分之M fractions, percentages (百分之N, N%, N成),
 * 余/多 inside numbers (300余万 → MORE_THAN) and ranges (2-3, 2至3, 两三, 五六十).
 *
 * <p>Words that merely contain a numeral character (一律, 统一, 千方百计, …) are skipped using the
 * curated list {@code not-numerals.txt}. "Weak" numerals — a lone 一/两/零/十 or units alone
 * (百万, 千万) — are reported only when a measure word follows (一次, 两年, 百万元), so that 两委,
 * 第一书记 or 千万不要 produce nothing.
 *
 * <p>Immutable and thread-safe; all state is local to {@link #find(String)}.
 */
public final class Numerals {

    static final String NOT_NUMERALS_RESOURCE = "/io/shuzhi/analysis/number/not-numerals.txt";
    static final String UNITS_RESOURCE = "/io/shuzhi/analysis/quantity/units.txt";

    private static final class Defaults {
        static final WordTrie NOT_NUMERALS = WordTrie.load(NOT_NUMERALS_RESOURCE);
        static final WordTrie MEASURES = WordTrie.load(UNITS_RESOURCE);
    }

    /** Measure-like words, beyond the quantity units, that make a weak numeral a number (一月, 两级). */
    private static final String[] EXTRA_MEASURES = {"年", "月", "日", "号", "级", "届", "季度", "周", "倍", "岁", "成"};

    /** Financial (upper-case) numeral characters; alone they are usually part of a word. */
    private static final String FINANCIAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final int FRACTION_SCALE = 6;

    private final WordTrie notNumerals;
    private final WordTrie measures;

    public Numerals() {
        this(Defaults.NOT_NUMERALS, Defaults.MEASURES);
    }

    Numerals(WordTrie notNumerals, WordTrie measures) {
        this.notNumerals = notNumerals;
        this.measures = measures;
    }

    /** Numerals of {@code text} in order; offsets are code point offsets. */
    public List<Numeral> find(String text) {
        return find(text.codePoints().toArray());
    }

    /** Numerals of the code points {@code cps} in order. */
    public List<Numeral> find(int[] cps) {
        int n = cps.length;
        boolean[] blocked = blockMask(cps);
        List<Numeral> out = new ArrayList<>();
        int[] skip = new int[1];
        int i = 0;
        while (i < n) {
            if (!blocked[i] && isStart(cps[i])) {
                skip[0] = i + 1;
                Numeral r = parseAt(cps, i, blocked, skip);
                if (r != null) {
                    out.add(r);
                    i = r.end();
                } else {
                    i = Math.max(i + 1, skip[0]);
                }
                continue;
            }
            i++;
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- character classes

    /** Value of an Arabic or full-width digit, else -1. */
    public static int arabicDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    /** Value of a Chinese digit (〇零一二两三…九, financial and traditional forms), else -1. */
    public static int chineseDigit(int c) {
        switch (c) {
            case '〇': case '零': return 0;
            case '一': case '壹': return 1;
            case '二': case '贰': case '貳': case '两': case '兩': return 2;
            case '三': case '叁': case '參': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': case '陸': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    private static boolean isLiang(int c) {
        return c == '两' || c == '兩';
    }

    /** 十/百/千 (and financial forms) → 10/100/1000, else 0. */
    public static int smallUnit(int c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            default: return 0;
        }
    }

    /** 万/亿 (and traditional forms) → 10^4/10^8, else 0. */
    public static long bigUnit(int c) {
        switch (c) {
            case '万': case '萬': return 10_000L;
            case '亿': case '億': return 100_000_000L;
            default: return 0;
        }
    }

    /** True for digits and numeral units (not for 负, 点, 半). */
    public static boolean isNumeralChar(int c) {
        return c < CHAR_CLASS.length && (CHAR_CLASS[c] & NUMERAL) != 0;
    }

    private static boolean isStart(int c) {
        return c < CHAR_CLASS.length && (CHAR_CLASS[c] & START) != 0;
    }

    private static final byte NUMERAL = 1;
    private static final byte START = 2;
    /** One lookup instead of four switches per character: these run on every character of every report. */
    private static final byte[] CHAR_CLASS = new byte[0x10000];

    static {
        for (int c = 0; c < CHAR_CLASS.length; c++) {
            boolean numeral = arabicDigit(c) >= 0 || chineseDigit(c) >= 0 || smallUnit(c) > 0 || bigUnit(c) > 0;
            CHAR_CLASS[c] = (byte) ((numeral ? NUMERAL : 0) | (numeral || c == '负' || c == '半' ? START : 0));
        }
    }

    private static boolean isRangeSeparator(int c) {
        return c == '-' || c == '－' || c == '~' || c == '～' || c == '〜' || c == '—' || c == '–' || c == '至' || c == '到';
    }

    private static boolean isPercentSign(int c) {
        return c == '%' || c == '％';
    }

    // ---------------------------------------------------------------- blocking fixed words

    private boolean[] blockMask(int[] cps) {
        int n = cps.length;
        boolean[] blocked = new boolean[n];
        for (int p = 0; p < n; p++) {
            int c = cps[p];
            if (!notNumerals.startsWith(c)) {
                continue;
            }
            int len = notNumerals.longest(cps, p);
            if (len == 0) {
                continue;
            }
            if (isNumeralChar(c) && p > 0 && isNumeralChar(cps[p - 1])) {
                continue; // 三万一千: 万一 here is part of a number
            }
            for (int k = p; k < p + len; k++) {
                blocked[k] = true;
            }
        }
        return blocked;
    }

    // ---------------------------------------------------------------- parsing

    /** Result of parsing one number without percent/fraction/range decoration. */
    private static final class Core {
        int end;
        BigDecimal value;
        BigDecimal max;          // set for 两三 / 五六十 style ranges
        boolean more;            // 余/多 inside
        boolean arabic;          // contains Arabic digits
        boolean decimal;         // has a fractional part
        boolean digitSequence;   // 二〇一五
        boolean weak;            // lone 一/两/零/十 or units only
        boolean hasUnit;         // contains 十百千万亿
        long trailingBig = 1;    // big units after the last digit (3万 → 10^4), for 2-3万
    }

    private Numeral parseAt(int[] cps, int start, boolean[] blocked, int[] skip) {
        int n = cps.length;
        int i = start;
        boolean negative = false;
        if (cps[i] == '负') {
            if (i + 1 < n && !blocked[i + 1] && isNumeralChar(cps[i + 1])) {
                negative = true;
                i++;
            } else {
                return null;
            }
        }
        if (cps[i] == '半') {
            return parseHalf(cps, i, negative, start);
        }
        Core a = parseCore(cps, i, blocked);
        if (a == null) {
            return null;
        }
        skip[0] = a.end;
        if (a.end - i == 1 && FINANCIAL.indexOf(cps[i]) >= 0) {
            return null; // a lone 伍 (队伍), 陆 (陆续), 肆 (肆意) is a word, not a number
        }
        int end = a.end;
        NumeralKind kind = a.max != null ? NumeralKind.RANGE : NumeralKind.NUMBER;
        BigDecimal value = a.value;
        BigDecimal max = a.max;
        Qualifier qualifier = a.max != null ? Qualifier.RANGE : a.more ? Qualifier.MORE_THAN : Qualifier.EXACT;
        boolean decorated = false;

        if (a.max == null && !a.more && startsWith(cps, end, "分之")) {
            Core b = end + 2 < n && !blocked[end + 2] ? parseCore(cps, end + 2, blocked) : null;
            if (b != null && b.max != null && !b.more && a.value.compareTo(HUNDRED) == 0 && !a.arabic) {
                kind = NumeralKind.RANGE; // 百分之十五六: 15–16 %
                value = b.value;
                max = b.max;
                qualifier = Qualifier.RANGE;
                end = b.end;
                decorated = true;
                skip[0] = end;
            } else if (b != null && b.max == null && a.value.signum() > 0) {
                if (a.value.compareTo(HUNDRED) == 0 && !a.arabic) {
                    kind = NumeralKind.PERCENT;
                    value = b.value;
                    qualifier = b.more ? Qualifier.MORE_THAN : Qualifier.EXACT;
                } else {
                    kind = NumeralKind.FRACTION;
                    value = b.value.divide(a.value, FRACTION_SCALE, RoundingMode.HALF_UP);
                    qualifier = Qualifier.EXACT;
                }
                end = b.end;
                decorated = true;
                skip[0] = end;
            }
        }
        if (!decorated && kind == NumeralKind.NUMBER && a.arabic && !a.decimal && !a.hasUnit && !a.more
                && end + 1 < n && (cps[end] == '/' || cps[end] == '／') && arabicDigit(cps[end + 1]) >= 0
                && !(start > 0 && (cps[start - 1] == '/' || cps[start - 1] == '／'))) {
            int k = end + 1;
            long den = 0;
            while (k < n && arabicDigit(cps[k]) >= 0 && den < 1_000_000) {
                den = den * 10 + arabicDigit(cps[k]);
                k++;
            }
            boolean date = k < n && (cps[k] == '/' || cps[k] == '／' || cps[k] == '.' || arabicDigit(cps[k]) >= 0);
            if (!date && den > 0 && a.value.compareTo(BigDecimal.valueOf(den)) < 0 && den <= 1000) {
                kind = NumeralKind.FRACTION; // 3/4 of the branches
                value = a.value.divide(BigDecimal.valueOf(den), FRACTION_SCALE, RoundingMode.HALF_UP);
                end = k;
                decorated = true;
                skip[0] = end;
            }
        }
        if (!decorated && kind == NumeralKind.NUMBER) {
            if (end < n && isPercentSign(cps[end])) {
                kind = NumeralKind.PERCENT;
                end++;
                decorated = true;
            } else if (end < n && cps[end] == '成' && isTenthsCount(a) && !notPercentAfterCheng(cps, end + 1)) {
                kind = NumeralKind.PERCENT;
                value = value.multiply(TEN);
                end++;
                decorated = true;
            } else if (startsWith(cps, end, "个半") && !a.decimal && !a.more && !a.digitSequence) {
                value = value.add(HALF);
                end += 2;
                decorated = true;
            }
        }
        if ((kind == NumeralKind.NUMBER || kind == NumeralKind.PERCENT) && !a.more && !a.digitSequence
                && end < n && isRangeSeparator(cps[end])
                && !(start > 1 && isRangeSeparator(cps[start - 1]) && (isNumeralChar(cps[start - 2]) || isPercentSign(cps[start - 2]))) // 2-3-4, not 达到5至8万元
                && end + 1 < n && !blocked[end + 1] && isNumeralChar(cps[end + 1])) {
            Core b = parseCore(cps, end + 1, blocked);
            if (b != null && b.max == null && !b.more && !b.digitSequence) {
                boolean firstPercent = kind == NumeralKind.PERCENT;
                int bEnd = b.end;
                boolean secondPercent = bEnd < n && isPercentSign(cps[bEnd]);
                BigDecimal lo = value;
                if (!firstPercent && !a.hasUnit && b.trailingBig > 1) {
                    lo = lo.multiply(BigDecimal.valueOf(b.trailingBig)); // 2-3万
                }
                if ((!firstPercent || secondPercent) && lo.compareTo(b.value) < 0
                        && !(a.weak && b.weak)) {
                    kind = NumeralKind.RANGE;
                    value = lo;
                    max = b.value;
                    qualifier = Qualifier.RANGE;
                    end = secondPercent ? bEnd + 1 : bEnd;
                    decorated = true;
                    skip[0] = end;
                }
            }
        }
        if (a.weak && !decorated && kind == NumeralKind.NUMBER && !a.more && !negative
                && measureLength(cps, end) == 0) {
            return null;
        }
        if (negative) {
            value = value.negate();
            if (max != null) {
                max = max.negate();
            }
        }
        return new Numeral(new String(cps, start, end - start), normalise(value), max == null ? null : normalise(max),
                kind, qualifier, start, end);
    }

    /**
     * 半个 → 0.5 (半个月); 半年 → 0.5 (a duration: 调研半年时间) unless it is a calendar half (上半年, 下半年,
     * 前/后半年), a period (每半年) or 半年度; 一半 and 半数 are left alone.
     */
    private Numeral parseHalf(int[] cps, int i, boolean negative, int start) {
        int n = cps.length;
        if (!negative && i + 1 < n && cps[i + 1] == '年' && !(i + 2 < n && (cps[i + 2] == '度' || cps[i + 2] == '级'))) {
            int p = i > 0 ? cps[i - 1] : -1;
            if ("上下前后每大多过个".indexOf(p) >= 0 || chineseDigit(p) >= 0 || arabicDigit(p) >= 0) {
                return null;
            }
            return new Numeral("半", HALF, null, NumeralKind.NUMBER, Qualifier.EXACT, i, i + 1);
        }
        if (negative || i + 1 >= n || cps[i + 1] != '个') {
            return null;
        }
        if (i > 0) {
            int p = cps[i - 1];
            if (chineseDigit(p) >= 0 || p == '大' || p == '多' || p == '上' || p == '下' || p == '前' || p == '后' || p == '过') {
                return null;
            }
        }
        return new Numeral("半", HALF, null, NumeralKind.NUMBER, Qualifier.EXACT, i, i + 1);
    }

    private static boolean isTenthsCount(Core a) {
        return !a.more && !a.decimal && !a.digitSequence && a.max == null && a.trailingBig == 1
                && a.value.signum() > 0 && a.value.compareTo(TEN) <= 0 && a.value.scale() <= 0;
    }

    /** 成 after a number is a tenth (三成) unless it starts a word (成员, 成立, 成果…). */
    private static boolean notPercentAfterCheng(int[] cps, int k) {
        if (k >= cps.length) {
            return false;
        }
        return "员立绩果为效功本熟长就型都败交才家年人品套片群批倍份立".indexOf(cps[k]) >= 0;
    }

    private int measureLength(int[] cps, int k) {
        if (k >= cps.length) {
            return 0;
        }
        int len = measures.longest(cps, k);
        if (len > 0) {
            return len;
        }
        for (String m : EXTRA_MEASURES) {
            if (startsWith(cps, k, m)) {
                return m.length();
            }
        }
        return 0;
    }

    private static boolean startsWith(int[] cps, int k, String s) {
        if (k + s.length() > cps.length) {
            return false;
        }
        for (int j = 0; j < s.length(); j++) {
            if (cps[k + j] != s.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal normalise(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Parses one number at {@code i}, or returns null. */
    private Core parseCore(int[] cps, int i, boolean[] blocked) {
        int n = cps.length;
        if (i >= n || blocked[i]) {
            return null;
        }
        Core seq = chineseRun(cps, i, blocked);
        if (seq != null) {
            return seq;
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal cur = null;
        boolean curColloquial = false; // cur is a Chinese digit right after 百/千/万/亿 with no 零
        long curMul = 0;
        int lastSmall = 0;
        long lastBig = 0;
        long lastMul = 0;
        boolean zeroSinceUnit = false;
        int prevAtom = 0; // 0 none, 1 digit, 2 unit, 3 余/多
        boolean more = false;
        boolean arabic = false;
        boolean decimal = false;
        boolean hasUnit = false;
        long trailingBig = 1;
        BigDecimal rangeMax = null;
        int j = i;
        int lastGood = i;
        while (j < n && !blocked[j]) {
            int c = cps[j];
            if (prevAtom == 3 && bigUnit(c) == 0) {
                break;
            }
            int ad = arabicDigit(c);
            if (ad >= 0) {
                if (cur != null || decimal || (prevAtom != 0 && prevAtom != 2)) {
                    break;
                }
                int k = j;
                StringBuilder sb = new StringBuilder();
                int groupLen = 0;
                while (k < n && arabicDigit(cps[k]) >= 0) {
                    sb.append((char) ('0' + arabicDigit(cps[k])));
                    k++;
                    groupLen++;
                }
                boolean firstGroup = true;
                while (k + 3 < n && (cps[k] == ',' || cps[k] == '，')
                        && (!firstGroup || groupLen <= 3)
                        && arabicDigit(cps[k + 1]) >= 0 && arabicDigit(cps[k + 2]) >= 0 && arabicDigit(cps[k + 3]) >= 0
                        && (k + 4 >= n || arabicDigit(cps[k + 4]) < 0)) {
                    for (int q = 1; q <= 3; q++) {
                        sb.append((char) ('0' + arabicDigit(cps[k + q])));
                    }
                    k += 4;
                    firstGroup = false;
                }
                if (k + 1 < n && (cps[k] == '.' || cps[k] == '．') && arabicDigit(cps[k + 1]) >= 0) {
                    sb.append('.');
                    k++;
                    while (k < n && arabicDigit(cps[k]) >= 0) {
                        sb.append((char) ('0' + arabicDigit(cps[k])));
                        k++;
                    }
                    decimal = true;
                }
                cur = new BigDecimal(sb.toString());
                curColloquial = false;
                arabic = true;
                j = k;
                lastGood = j;
                prevAtom = 1;
                trailingBig = 1;
                continue;
            }
            int d = chineseDigit(c);
            if (d >= 0) {
                if (prevAtom == 1 && cur != null && !decimal && !arabic && !more && lastSmall == 10 && !curColloquial
                        && d == cur.intValue() + 1 && !zeroSinceUnit
                        && (j + 1 >= n || smallUnit(cps[j + 1]) == 0 && bigUnit(cps[j + 1]) == 0)) {
                    // 十五六, 二十五六: the last digit and the next one are a range
                    rangeMax = total.add(section).add(BigDecimal.valueOf(d));
                    j++;
                    lastGood = j;
                    break;
                }
                if (decimal || cur != null || prevAtom == 1) {
                    break;
                }
                if (d == 0) {
                    if (prevAtom == 0) {
                        cur = BigDecimal.ZERO; // 零点五
                                        j++;
                        lastGood = j;
                        prevAtom = 1;
                        continue;
                    }
                    zeroSinceUnit = true;
                    j++;
                    continue; // kept only if a digit follows
                }
                cur = BigDecimal.valueOf(d);
                curColloquial = prevAtom == 2 && !zeroSinceUnit && lastMul >= 100;
                curMul = lastMul;
                if (!(d == 1 || isLiang(c))) {
                    }
                j++;
                lastGood = j;
                prevAtom = 1;
                trailingBig = 1;
                continue;
            }
            int su = smallUnit(c);
            if (su > 0) {
                if (lastSmall != 0 && su >= lastSmall) {
                    break;
                }
                if (cur == null) {
                    if (prevAtom == 2 && !zeroSinceUnit) {
                        break;
                    }
                    cur = BigDecimal.ONE;
                }
                section = section.add(cur.multiply(BigDecimal.valueOf(su)));
                cur = null;
                curColloquial = false;
                lastSmall = su;
                lastMul = su;
                zeroSinceUnit = false;
                hasUnit = true;
                j++;
                lastGood = j;
                prevAtom = 2;
                trailingBig = 1;
                continue;
            }
            long bu = bigUnit(c);
            if (bu > 0) {
                BigDecimal v = section;
                if (cur != null) {
                    v = v.add(cur);
                } else if (prevAtom == 0) {
                    v = BigDecimal.ONE; // lone 万
                }
                BigDecimal b = BigDecimal.valueOf(bu);
                if (lastBig == 0 || bu > lastBig) {
                    total = total.add(v).multiply(b);
                } else {
                    total = total.add(v.multiply(b));
                }
                trailingBig = prevAtom == 2 && cur == null && section.signum() == 0 ? trailingBig * bu : bu;
                section = BigDecimal.ZERO;
                cur = null;
                curColloquial = false;
                lastBig = bu;
                lastSmall = 0;
                lastMul = bu;
                zeroSinceUnit = false;
                hasUnit = true;
                j++;
                lastGood = j;
                prevAtom = 2;
                continue;
            }
            if (c == '点' && !decimal && prevAtom != 3 && (cur != null || section.signum() > 0)
                    && j + 1 < n && chineseDigit(cps[j + 1]) >= 0 && !isLiang(cps[j + 1]) && !blocked[j + 1]) {
                int k = j + 1;
                StringBuilder sb = new StringBuilder("0.");
                while (k < n && chineseDigit(cps[k]) >= 0 && !isLiang(cps[k]) && !blocked[k]) {
                    sb.append((char) ('0' + chineseDigit(cps[k])));
                    k++;
                }
                BigDecimal whole = section.add(cur == null ? BigDecimal.ZERO : cur);
                cur = whole.add(new BigDecimal(sb.toString()));
                curColloquial = false;
                section = BigDecimal.ZERO;
                decimal = true;
                j = k;
                lastGood = j;
                prevAtom = 1;
                trailingBig = 1;
                continue;
            }
            if ((c == '余' || c == '多') && !more && (!decimal || prevAtom == 2 && lastMul >= 10_000) && prevAtom != 0
                    && !curColloquial) { // 300余, 1.2万余亩
                BigDecimal sofar = total.add(section).add(cur == null ? BigDecimal.ZERO : cur);
                if (sofar.compareTo(TEN) >= 0) {
                    more = true;
                    j++;
                    lastGood = j;
                    prevAtom = 3;
                    continue;
                }
            }
            break;
        }
        if (lastGood == i) {
            return null;
        }
        if (cur != null && curColloquial) {
            cur = cur.multiply(BigDecimal.valueOf(curMul / 10)); // 一万二 → 12000, 三千五 → 3500
        }
        Core core = new Core();
        core.end = lastGood;
        core.value = total.add(section).add(cur == null ? BigDecimal.ZERO : cur);
        core.max = rangeMax;
        core.more = more;
        core.arabic = arabic;
        core.decimal = decimal;
        core.hasUnit = hasUnit;
        core.trailingBig = trailingBig;
        boolean allUnits = true;
        for (int q = i; q < lastGood; q++) {
            allUnits &= smallUnit(cps[q]) > 0 || bigUnit(cps[q]) > 0;
        }
        boolean single = lastGood - i == 1
                && (allUnits || chineseDigit(cps[i]) == 0 || chineseDigit(cps[i]) == 1 || isLiang(cps[i]));
        // 一, 两, 零, 十, 百万 are weak (need a measure word); 一百, 两千, 三 are not
        core.weak = !arabic && !decimal && !more && (allUnits || single);
        return core;
    }

    /**
     * Runs of two or more bare Chinese digits: 二〇一五 (digit by digit), 两三 / 五六 (+ units: 五六十)
     * as ranges. Returns null when the run is not one of those forms.
     */
    private Core chineseRun(int[] cps, int i, boolean[] blocked) {
        int n = cps.length;
        int k = i;
        boolean zero = false;
        boolean liang = false;
        while (k < n && !blocked[k] && chineseDigit(cps[k]) >= 0) {
            zero |= chineseDigit(cps[k]) == 0;
            liang |= isLiang(cps[k]);
            k++;
        }
        int len = k - i;
        if (len < 2) {
            return null;
        }
        boolean followedByUnit = k < n && !blocked[k] && (smallUnit(cps[k]) > 0 || bigUnit(cps[k]) > 0);
        if ((len >= 3 || zero) && !liang && !followedByUnit) {
            StringBuilder sb = new StringBuilder();
            for (int q = i; q < k; q++) {
                sb.append((char) ('0' + chineseDigit(cps[q])));
            }
            Core c = new Core();
            c.end = k;
            c.value = new BigDecimal(sb.toString());
            c.digitSequence = true;
            return c;
        }
        if (len == 2 && !zero) {
            int d1 = chineseDigit(cps[i]);
            int d2 = chineseDigit(cps[i + 1]);
            if (isLiang(cps[i + 1]) && d1 != 1) {
                return null;
            }
            if (d2 == d1 + 1 || (d1 == 3 && d2 == 5)) {
                long mul = 1;
                int e = k;
                int lastSmall = Integer.MAX_VALUE;
                while (e < n && !blocked[e]) {
                    int su = smallUnit(cps[e]);
                    long bu = bigUnit(cps[e]);
                    if (su > 0 && su < lastSmall && mul == 1) {
                        mul *= su;
                        lastSmall = su;
                    } else if (bu > 0) {
                        mul *= bu;
                        lastSmall = 0;
                    } else {
                        break;
                    }
                    e++;
                }
                Core c = new Core();
                c.end = e;
                c.value = BigDecimal.valueOf(d1 * mul);
                c.max = BigDecimal.valueOf(d2 * mul);
                c.hasUnit = mul > 1;
                return c;
            }
        }
        return null;
    }
}
