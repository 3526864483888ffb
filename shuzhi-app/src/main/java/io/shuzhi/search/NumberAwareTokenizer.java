package io.shuzhi.search;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.util.Locale;

/**
 * Splits report text into Han characters (one token each, for {@code CJKBigramFilter}), Latin words and numbers.
 * Unlike {@code StandardTokenizer} it keeps the figures reviewers search for whole: "2.3", "52%", "1,864" are
 * one token each, and a number with its magnitude and unit ("4.89万元", "52%") is also emitted as a second token
 * at the same position, so both "4.89" and "4.89万元" find it. Full-width digits and signs count as ASCII.
 */
final class NumberAwareTokenizer extends Tokenizer {

    static final String HAN = "<IDEOGRAPHIC>";
    static final String NUM = "<NUM>";
    static final String WORD = "<ALPHANUM>";
    private static final String MAGNITUDES = "万亿千百";
    private static final String UNITS = "元人户名个件次村亩项所家座条米天年月日岁倍吨台场期批";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    private final StringBuilder text = new StringBuilder();
    private int pos;
    private int pendingStart = -1;
    private int pendingEnd;

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (pendingStart >= 0) {
            emit(pendingStart, pendingEnd, NUM, 0);
            pendingStart = -1;
            return true;
        }
        while (pos < text.length()) {
            int cp = text.codePointAt(pos);
            int start = pos;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                pos += Character.charCount(cp);
                emit(start, pos, HAN, 1);
                return true;
            }
            if (isDigit(cp)) {
                pos = numberEnd(start);
                emit(start, pos, NUM, 1);
                int suffixEnd = suffixEnd(pos);
                if (suffixEnd > pos) {
                    pendingStart = start;
                    pendingEnd = suffixEnd;
                }
                return true;
            }
            if (Character.isLetter(cp)) {
                while (pos < text.length() && Character.isLetterOrDigit(text.codePointAt(pos))
                        && Character.UnicodeScript.of(text.codePointAt(pos)) != Character.UnicodeScript.HAN) {
                    pos += Character.charCount(text.codePointAt(pos));
                }
                emit(start, pos, WORD, 1);
                return true;
            }
            pos += Character.charCount(cp);
        }
        return false;
    }

    /** Digits with inner decimal points or thousands commas ("1,864", "99.7"). */
    private int numberEnd(int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < text.length() && isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Where the number's suffix ends: a percent sign, or a magnitude and/or unit ("万元", "亿元", "名");
     * {@code from} when none follows. The Han characters of the suffix are still tokenised on their own.
     */
    private int suffixEnd(int from) {
        if (from < text.length() && (text.charAt(from) == '%' || text.charAt(from) == '‰')) {
            return from + 1;
        }
        int i = from;
        if (i < text.length() && MAGNITUDES.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i < text.length() && UNITS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private void emit(int start, int end, String tokenType, int positionIncrement) {
        String value = text.substring(start, end);
        term.setEmpty().append(WORD.equals(tokenType) ? value.toLowerCase(Locale.ROOT) : value);
        offset.setOffset(correctOffset(start), correctOffset(end));
        type.setType(tokenType);
        increment.setPositionIncrement(positionIncrement);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buffer = new char[4096];
        int n;
        while ((n = input.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                text.append(halfWidth(buffer[i]));
            }
        }
        pos = 0;
        pendingStart = -1;
    }

    /**
     * Full-width digits, Latin letters and ％ as ASCII; same length, so offsets stay valid. Full-width commas and
     * full stops stay as they are: in Chinese text they separate clauses, not digit groups.
     */
    private static char halfWidth(char c) {
        boolean convert = c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A'
                || c >= '\uFF41' && c <= '\uFF5A' || c == '\uFF05';
        return convert ? (char) (c - 0xFEE0) : c;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }
}
