package io.logistik.core.query;

import java.util.Locale;

/** The five entities a query can be about, with their names in the filter language. */
public enum EntityType {
    ORDER,
    ORDER_LINE,
    SKU,
    STORAGE,
    STOCK;

    /** The snake_case name, e.g. {@code order_line}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The fields of this entity, in declaration order. */
    public java.util.List<Field> fields() {
        return Schema.fields(this);
    }

    /** The relationships of this entity, in declaration order. */
    public java.util.List<Relationship> relationships() {
        return Schema.relationships(this);
    }

    /** The fields that make up this entity's key, in tie-break order ({@code id}, or storage then SKU for stock). */
    public java.util.List<Field> key() {
        return Schema.key(this);
    }
}
