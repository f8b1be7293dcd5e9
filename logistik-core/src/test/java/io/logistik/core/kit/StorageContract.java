package io.logistik.core.kit;

/** Kit group: Storages. */
public abstract class StorageContract extends KitContext {

    protected StorageContract(LogistikConformanceKit kit) {
        super(kit);
    }
}
