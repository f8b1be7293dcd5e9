package io.logistik.core.kit;

/** Kit group: Query parameters and single results. */
public abstract class QueryParametersContract extends KitContext {

    protected QueryParametersContract(LogistikConformanceKit kit) {
        super(kit);
    }
}
