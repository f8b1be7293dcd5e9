package io.logistik.core.internal;

import java.text.Normalizer;

/**
 * The text folds every store uses, so that in-memory and SQL answers agree. Internal: not part of the API.
 */
public final class Text {

    private Text() {
    }

    /**
     * Folds case per code point with {@code Character.toLowerCase(Character.toUpperCase(cp))}, the rule
     * of {@code ilike}. It maps one code point to one code point, so pattern positions are kept.
     */
    public static String foldCase(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return out.toString();
    }

    /**
     * Removes accents (canonical decomposition, then every combining mark dropped, then NFC again) and
     * folds case: the rule of {@code unaccent_ilike}. "José Álvarez" becomes "jose alvarez".
     */
    public static String foldAccentsAndCase(String s) {
        if (s == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(cp -> !isCombiningMark(cp))
                .forEach(out::appendCodePoint);
        return foldCase(Normalizer.normalize(out, Normalizer.Form.NFC));
    }

    /**
     * Where {@code s} holds half a surrogate pair (a UTF-16 unit that is not a Unicode character on its
     * own), or -1 when it holds none. No database stores such text, so no store accepts it.
     */
    public static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Describes the unpaired surrogate of {@code s} at {@code index}, for error messages. */
    public static String describeUnpairedSurrogate(String s, int index) {
        return String.format("unpaired surrogate U+%04X at character %d", (int) s.charAt(index), index);
    }

    /** Whether {@code cp} is a combining mark, which {@link #foldAccentsAndCase} removes. */
    public static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Compares two strings by Unicode code point, the order every store sorts text in. */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
