package io.logistik.core.fulfilment;

import io.logistik.core.LogistikException;

/** Thrown by {@link Refusal#requirePlan()}: stock could serve the order, but not within the named constraint. */
public final class FulfilmentRefusedException extends LogistikException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public FulfilmentRefusedException(Refusal refusal) {
        super("order " + (refusal.orderId() == null ? "(not stored)" : refusal.orderId()) + " cannot be planned by "
                + refusal.strategy() + " within " + refusal.constraint() + ": " + refusal.reason());
        this.refusal = refusal;
    }

    /** The refusal, with the constraint and the reason. */
    public Refusal refusal() {
        return refusal;
    }
}
