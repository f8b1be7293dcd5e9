package io.logistik.core.kit;

import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.spi.Repositories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every row of a store, by key: taken before and after a failing call, two snapshots must be equal
 * for the store to be "exactly as before".
 */
public record StoreSnapshot(List<Storage> storages, List<Sku> skus, List<StockLevel> stock, List<Order> orders,
                            List<OrderLine> orderLines) {

    /** Reads every table of {@code repositories}. */
    public static StoreSnapshot of(Repositories repositories) {
        return new StoreSnapshot(repositories.storages().findAll(), repositories.skus().findAll(),
                repositories.stock().findAll(), repositories.orders().findAll(), repositories.orderLines().findAll());
    }

    /**
     * Runs {@code call}, asserts that it throws {@code type} and that every table of
     * {@code repositories} is exactly as before, and returns the exception for further checks.
     */
    public static <E extends Throwable> E assertFailsUnchanged(Repositories repositories, Class<E> type, ThrowingCallable call) {
        StoreSnapshot before = of(repositories);
        E thrown = catchThrowableOfType(type, call);
        assertThat(thrown).as("expected %s", type.getSimpleName()).isNotNull();
        assertThat(of(repositories)).as("the store after a failed call").isEqualTo(before);
        return thrown;
    }
}
