package io.logistik.core.kit;

/** Kit group: Filters. */
public abstract class FilterContract extends KitContext {

    protected FilterContract(LogistikConformanceKit kit) {
        super(kit);
    }
}
