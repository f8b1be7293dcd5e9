package io.logistik.core.fulfilment;

/** What the planner does when stock cannot cover the whole order. */
public enum Policy {
    /** Plan the whole order or nothing: a line that stock cannot cover makes the result a {@link Shortfall}. The default. */
    ALL_OR_NOTHING,
    /**
     * Allocate as many units as stock allows, then use as few storages as possible; each line's
     * remainder is listed as a {@link Backorder}. Never a {@link Shortfall}.
     */
    PARTIAL
}
