package io.logistik.core.kit;

/** Kit group: Transactions. */
public abstract class TransactionContract extends KitContext {

    protected TransactionContract(LogistikConformanceKit kit) {
        super(kit);
    }
}
