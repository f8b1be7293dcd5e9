package io.logistik.core.kit;

/** Kit group: Orders and their lines. */
public abstract class OrderContract extends KitContext {

    protected OrderContract(LogistikConformanceKit kit) {
        super(kit);
    }
}
