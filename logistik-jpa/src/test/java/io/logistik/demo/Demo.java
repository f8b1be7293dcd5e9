package io.logistik.demo;

import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockCount;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Filter;
import io.logistik.core.query.Page;
import io.logistik.core.query.Query;
import io.logistik.core.query.Schema;
import io.logistik.core.spi.LogistikStore;
import io.logistik.inmemory.InMemoryLogistik;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The README's main job: builds a small warehouse, receives stock, places orders, then lists and
 * pages them, printing each step. Run with {@code mvn -B -q -Pdemo -DskipTests verify}.
 */
public final class Demo {

    private static final PrintStream OUT = System.out;

    private Demo() {
    }

    /** The one place the demo chooses its store; everything below is written against {@link LogistikStore}. */
    private static LogistikStore openStore() {
        return InMemoryLogistik.create();
    }

    public static void main(String[] args) {
        try (LogistikStore store = openStore()) {
            run(store);
        }
    }

    static void run(LogistikStore store) {
        OUT.println("== Building the warehouse");
        Storage berlin = store.storages().create(Storage.of("Berlin"));
        Storage hamburg = store.storages().create(Storage.of("Hamburg"));
        Storage munich = store.storages().create(Storage.of("München"));
        for (Storage s : List.of(berlin, hamburg, munich)) {
            OUT.printf("storage %-8s id %d%n", s.name(), s.id());
        }
        Sku apple = store.skus().create(Sku.of("Apple"));
        Sku banana = store.skus().create(Sku.of("Banana"));
        Sku cherry = store.skus().create(Sku.of("Cherry"));
        Map<Long, String> skuNames = Map.of(apple.id(), apple.productName(), banana.id(), banana.productName(),
                cherry.id(), cherry.productName());
        Map<Long, String> storageNames = Map.of(berlin.id(), berlin.name(), hamburg.id(), hamburg.name(),
                munich.id(), munich.name());
        for (Sku k : List.of(apple, banana, cherry)) {
            OUT.printf("sku     %-8s id %d%n", k.productName(), k.id());
        }

        OUT.println("== Receiving stock");
        store.stock().receive(berlin.id(), apple.id(), 40);
        store.stock().receive(berlin.id(), banana.id(), 12);
        store.stock().receive(hamburg.id(), apple.id(), 25);
        store.stock().adjust(hamburg.id(), apple.id(), -3);
        store.stock().importCounts(List.of(new StockCount(munich.id(), cherry.id(), 30), new StockCount(munich.id(), banana.id(), 8)));
        for (StockLevel level : store.stock().findAll()) {
            OUT.printf("stock   %-8s %-7s on hand %3d, available %3d%n",
                    storageNames.get(level.storageId()), skuNames.get(level.skuId()), level.onHand(), level.available());
        }

        OUT.println("== Placing orders");
        String[] customers = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov",
            "Donald Knuth", "Frances Allen"};
        for (int i = 0; i < customers.length; i++) {
            Order order = store.orders().create(Order.of(customers[i], List.of(
                    OrderLine.of(apple.id(), 1 + i), OrderLine.of(i % 2 == 0 ? banana.id() : cherry.id(), 2))));
            OUT.printf("order %d for %s: %s%n", order.id(), order.customerName(), describe(order, skuNames));
        }

        OUT.println("== Orders by customer name, 3 per page");
        Query byName = Query.of(EntityType.ORDER).orderBy(Schema.Orders.CUSTOMER_NAME.asc());
        Page<Order> page = store.orders().findPage(byName.page(1, 3));
        while (true) {
            OUT.printf("page %d of %d (%d orders in all): %s%n", page.number(), page.last(), page.total(),
                    page.items().stream().map(Order::customerName).collect(Collectors.joining(", ")));
            if (page.next() == null) {
                break;
            }
            page = store.orders().findPage(byName.page(page.next(), 3));
        }

        OUT.println("== Orders asking for more than 4 apples");
        Query bigApple = Query.of(EntityType.ORDER, Schema.Orders.ORDER_LINES.any(
                Filter.and(Schema.OrderLines.SKU_ID.eq(apple.id()), Schema.OrderLines.QUANTITY.gt(4L))))
                .orderBy(Schema.Orders.CUSTOMER_NAME.asc());
        for (Order order : store.orders().find(bigApple)) {
            OUT.printf("order %d for %s: %s%n", order.id(), order.customerName(), describe(order, skuNames));
        }
        OUT.printf("== Done: %d storages, %d SKUs, %d stock rows, %d orders with %d lines%n",
                store.storages().countAll(), store.skus().countAll(), store.stock().countAll(),
                store.orders().countAll(), store.orderLines().countAll());
    }

    private static String describe(Order order, Map<Long, String> skuNames) {
        return order.lines().stream().map(l -> l.quantity() + " x " + skuNames.get(l.skuId())).collect(Collectors.joining(", "));
    }
}
