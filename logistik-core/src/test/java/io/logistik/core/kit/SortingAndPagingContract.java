package io.logistik.core.kit;

/** Kit group: Sorting and paging. */
public abstract class SortingAndPagingContract extends KitContext {

    protected SortingAndPagingContract(LogistikConformanceKit kit) {
        super(kit);
    }
}
