package io.logistik.core.query;

/**
 * How a LIKE pattern compares. In every mode {@code _} matches one character, {@code %} any run and
 * {@code \x} a literal x; a trailing {@code \} is refused.
 */
public enum LikeMode {
    /** Case-sensitive, code point by code point ({@code like}, {@code not_like}). */
    LIKE("like"),
    /** Case folded per code point on both sides with {@code toLowerCase(toUpperCase(cp))}; accents kept ({@code ilike}). */
    ILIKE("ilike"),
    /** Case folded and accents removed on both sides ({@code unaccent_ilike}, a logistik extension). */
    UNACCENT_ILIKE("unaccent_ilike");

    private final String op;

    LikeMode(String op) {
        this.op = op;
    }

    /** The operator's name in the filter language. */
    public String op() {
        return op;
    }
}
