package io.logistik.core.kit;

/** Kit group: Concurrent use. */
public abstract class ConcurrencyContract extends KitContext {

    protected ConcurrencyContract(LogistikConformanceKit kit) {
        super(kit);
    }
}
