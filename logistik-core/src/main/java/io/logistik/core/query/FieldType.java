package io.logistik.core.query;

/** The value type of a field, which decides what values a filter may compare it with. */
public enum FieldType {
    /** A 64-bit integer id. Compared with {@link Long} or, numerically, with {@link java.math.BigDecimal}. */
    ID,
    /** A 64-bit integer quantity. Compared with {@link Long} or, numerically, with {@link java.math.BigDecimal}. */
    INTEGER,
    /** Text, compared by code point. Compared with {@link String}. */
    TEXT,
    /** A UTC instant with microsecond precision. Compared with {@link java.time.Instant} or a {@link TimeKeyword}. */
    TIMESTAMP,
    /** An {@link io.logistik.core.model.OrderState}. Compared with {@code OrderState}. */
    STATE;

    public boolean isNumeric() {
        return this == ID || this == INTEGER;
    }
}
