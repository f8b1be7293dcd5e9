package io.logistik.core.fulfilment;

/** The rule that made a {@link Refusal}: stock could serve the order, but not within this rule. */
public enum Constraint {
    /** {@link PlanOptions#maxShipments()}: the order needs more storages than the cap allows. */
    SHIPMENT_CAP,
    /** The single-storage strategy: no one storage holds the whole order. */
    SINGLE_STORAGE,
    /** A rule of a custom strategy, named in the refusal's reason. */
    STRATEGY
}
