package io.logistik.core.kit;

import io.logistik.core.spi.LogistikStore;

/**
 * What every group of the kit works on: a fresh, empty store per test and the clock it runs on. Each
 * {@code @Nested} group of {@link LogistikConformanceKit} extends one of the {@code *Contract} classes,
 * which extend this.
 */
public abstract class KitContext {

    private final LogistikConformanceKit kit;

    protected KitContext(LogistikConformanceKit kit) {
        this.kit = kit;
    }

    /** The empty store of the current test. */
    protected final LogistikStore store() {
        return kit.store();
    }

    /** The clock the current test's store runs on; starts at {@link LogistikConformanceKit#START}. */
    protected final TestClock clock() {
        return kit.clock();
    }

    /** The kit running this group, for adapters' own hooks. */
    protected final LogistikConformanceKit kit() {
        return kit;
    }
}
