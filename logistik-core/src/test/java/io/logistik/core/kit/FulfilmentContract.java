package io.logistik.core.kit;

/** Kit group: Fulfilment planning. */
public abstract class FulfilmentContract extends KitContext {

    protected FulfilmentContract(LogistikConformanceKit kit) {
        super(kit);
    }
}
