package io.logistik.core.kit;

/** Kit group: Stock levels. */
public abstract class StockContract extends KitContext {

    protected StockContract(LogistikConformanceKit kit) {
        super(kit);
    }
}
