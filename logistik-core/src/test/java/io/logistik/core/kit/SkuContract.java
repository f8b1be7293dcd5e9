package io.logistik.core.kit;

/** Kit group: SKUs. */
public abstract class SkuContract extends KitContext {

    protected SkuContract(LogistikConformanceKit kit) {
        super(kit);
    }
}
