package io.shuzhi.analysis.text;

/**
 * Converts UTF-16 indices to code point offsets and back. Reports are almost always BMP-only, so the
 * common case is the identity and costs nothing; only text with surrogate pairs builds a table.
 */
public final class CodePointIndex {

    private final int[] charToCodePoint; // null when the text has no surrogates
    private final int[] codePointToChar;

    private CodePointIndex(int[] charToCodePoint, int[] codePointToChar) {
        this.charToCodePoint = charToCodePoint;
        this.codePointToChar = codePointToChar;
    }

    public static CodePointIndex of(String text) {
        int n = text.length();
        boolean surrogates = false;
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            return new CodePointIndex(null, null);
        }
        int[] c2p = new int[n + 1];
        int[] p2c = new int[text.codePointCount(0, n) + 1];
        int cp = 0;
        for (int i = 0; i < n; ) {
            int step = Character.charCount(text.codePointAt(i));
            p2c[cp] = i;
            for (int k = 0; k < step; k++) {
                c2p[i + k] = cp;
            }
            i += step;
            cp++;
        }
        c2p[n] = cp;
        p2c[cp] = n;
        return new CodePointIndex(c2p, p2c);
    }

    public int toCodePoint(int charIndex) {
        return charToCodePoint == null ? charIndex : charToCodePoint[charIndex];
    }

    public int toCharIndex(int codePointOffset) {
        return codePointToChar == null ? codePointOffset : codePointToChar[codePointOffset];
    }
}
