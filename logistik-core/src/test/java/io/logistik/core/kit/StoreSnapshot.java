package io.logistik.core.kit;

import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.spi.Repositories;

import java.util.List;

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
}
