package io.logistik.inmemory.internal;

/** SQL's three truth values. A row is selected only when its filter is {@link #TRUE}. */
public enum Tri {
    TRUE,
    FALSE,
    UNKNOWN;

    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** NOT: unknown stays unknown, so a negation never selects a row with a NULL in it. */
    public Tri not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
