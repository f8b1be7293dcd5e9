package io.logistik.inmemory.internal;

import java.util.Arrays;

/**
 * A compiled LIKE pattern over code points: {@code _} matches one code point, {@code %} any run,
 * {@code \x} a literal x. Matching is linear in practice and at worst the product of the lengths,
 * never exponential (one backtracking point, the last {@code %}).
 */
final class LikePattern {

    private static final int ONE = -1;
    private static final int RUN = -2;

    private final int[] tokens;

    private LikePattern(int[] tokens) {
        this.tokens = tokens;
    }

    /** Compiles a pattern that does not end with a lone escape (the filter model refuses those). */
    static LikePattern compile(String pattern) {
        int[] cps = pattern.codePoints().toArray();
        int[] out = new int[cps.length];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '\\' && i + 1 < cps.length) {
                out[n++] = cps[++i];
            } else if (cp == '_') {
                out[n++] = ONE;
            } else if (cp == '%') {
                out[n++] = RUN;
            } else {
                out[n++] = cp;
            }
        }
        return new LikePattern(Arrays.copyOf(out, n));
    }

    boolean matches(String value) {
        int[] s = value.codePoints().toArray();
        int i = 0;
        int j = 0;
        int star = -1;
        int resume = 0;
        while (i < s.length) {
            if (j < tokens.length && (tokens[j] == ONE || tokens[j] == s[i])) {
                i++;
                j++;
            } else if (j < tokens.length && tokens[j] == RUN) {
                star = j++;
                resume = i;
            } else if (star >= 0) {
                j = star + 1;
                i = ++resume;
            } else {
                return false;
            }
        }
        while (j < tokens.length && tokens[j] == RUN) {
            j++;
        }
        return j == tokens.length;
    }
}
