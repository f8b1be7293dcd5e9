package io.logistik.core.model;

import java.util.Locale;

/**
 * Where an order is in its life. Only reservations move it: open -&gt; reserved (reserve),
 * reserved -&gt; open (release), reserved -&gt; shipped (ship, final). In filters and storage the
 * state is its lower-case name ({@code "open"}).
 */
public enum OrderState {
    OPEN,
    RESERVED,
    SHIPPED;

    /** The state's name in filters and in the database, e.g. {@code "reserved"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state for a code such as {@code "open"}, or {@code null} if there is none. */
    public static OrderState fromCode(String code) {
        for (OrderState s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }
}
