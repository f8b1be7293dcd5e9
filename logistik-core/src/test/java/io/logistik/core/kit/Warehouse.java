package io.logistik.core.kit;

import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.spi.Repositories;

import java.util.List;

/**
 * A small warehouse for kit tests: two storages (Berlin, Hamburg) and three SKUs (Apple, Banana,
 * Cherry). Berlin holds 10 Apple and 5 Banana, Hamburg 7 Apple; nothing holds Cherry. Ids are read
 * from the created rows, never assumed.
 *
 * @param berlin  storage "Berlin"
 * @param hamburg storage "Hamburg"
 * @param apple   SKU "Apple"
 * @param banana  SKU "Banana"
 * @param cherry  SKU "Cherry", held nowhere
 */
public record Warehouse(Storage berlin, Storage hamburg, Sku apple, Sku banana, Sku cherry) {

    /** Creates the warehouse in {@code repositories} and receives its stock. */
    public static Warehouse create(Repositories repositories) {
        Storage berlin = repositories.storages().create(Storage.of("Berlin"));
        Storage hamburg = repositories.storages().create(Storage.of("Hamburg"));
        Sku apple = repositories.skus().create(Sku.of("Apple"));
        Sku banana = repositories.skus().create(Sku.of("Banana"));
        Sku cherry = repositories.skus().create(Sku.of("Cherry"));
        repositories.stock().receive(berlin.id(), apple.id(), 10);
        repositories.stock().receive(berlin.id(), banana.id(), 5);
        repositories.stock().receive(hamburg.id(), apple.id(), 7);
        return new Warehouse(berlin, hamburg, apple, banana, cherry);
    }

    /** Places an open order for {@code customer} with the given lines. */
    public static Order order(Repositories repositories, String customer, OrderLine... lines) {
        return repositories.orders().create(Order.of(customer, List.of(lines)));
    }

    /** A storage that existed and was deleted: its id is one the store handed out and no longer knows. */
    public static Storage deletedStorage(Repositories repositories) {
        Storage gone = repositories.storages().create(Storage.of("Gone"));
        repositories.storages().delete(gone.id());
        return gone;
    }

    /** A SKU that existed and was deleted: its id is one the store handed out and no longer knows. */
    public static Sku deletedSku(Repositories repositories) {
        Sku gone = repositories.skus().create(Sku.of("Gone"));
        repositories.skus().delete(gone.id());
        return gone;
    }

    /** The stock level of {@code sku} in {@code storage}; fails the test when there is no row. */
    public static StockLevel level(Repositories repositories, Storage storage, Sku sku) {
        return repositories.stock().get(storage.id(), sku.id())
                .orElseThrow(() -> new AssertionError("no stock row for " + storage.name() + " / " + sku.productName()));
    }
}
