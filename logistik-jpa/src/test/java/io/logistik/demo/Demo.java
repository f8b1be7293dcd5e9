package io.logistik.demo;

import io.logistik.core.fulfilment.FulfilmentService;
import io.logistik.core.fulfilment.FulfilmentStrategies;
import io.logistik.core.fulfilment.OriginalView;
import io.logistik.core.fulfilment.Plan;
import io.logistik.core.fulfilment.PlanOptions;
import io.logistik.core.fulfilment.Shortfall;
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
import io.logistik.core.reservation.Reservation;
import io.logistik.core.reservation.ReservationService;
import io.logistik.core.spi.LogistikStore;
import io.logistik.core.spi.StockDifference;
import io.logistik.inmemory.InMemoryLogistik;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The README's main job: builds a small warehouse, receives stock, places orders, lists and pages
 * them, plans each order with the fewest storages beside the original app's rule, then reserves,
 * ships and releases orders, printing each step and the stock before and after. Run with {@code mvn -B -q -Pdemo -DskipTests verify}.
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
        List<Order> placed = new ArrayList<>();
        String[] customers = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov",
            "Donald Knuth", "Frances Allen"};
        for (int i = 0; i < customers.length; i++) {
            Order order = store.orders().create(Order.of(customers[i], List.of(
                    OrderLine.of(apple.id(), 1 + i), OrderLine.of(i % 2 == 0 ? banana.id() : cherry.id(), 2))));
            placed.add(order);
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
        printPlans(store, placed, skuNames, storageNames);
        printReservations(store, placed, skuNames, storageNames);
        OUT.printf("== Done: %d storages, %d SKUs, %d stock rows, %d orders with %d lines%n",
                store.storages().countAll(), store.skus().countAll(), store.stock().countAll(),
                store.orders().countAll(), store.orderLines().countAll());
    }

    /** Each order planned twice, fewest storages beside the original app's rule, as one table. */
    private static void printPlans(LogistikStore store, List<Order> orders, Map<Long, String> skuNames,
                                   Map<Long, String> storageNames) {
        OUT.println("== Fulfilment plans: fewest storages beside the original app's rule (smallest stock first)");
        FulfilmentService planner = new FulfilmentService(store);
        PlanOptions original = PlanOptions.using(FulfilmentStrategies.original());
        String row = "%-7s %-16s %-12s | %-24s | %s%n";
        OUT.printf(row, "order", "customer", "line", "fewest storages", "original app");
        OUT.println("-".repeat(85));
        int fewestShipments = 0;
        int originalShipments = 0;
        for (Order order : orders) {
            Plan fewest = planner.plan(order.id()).requirePlan();
            Plan old = planner.plan(order.id(), original).requirePlan();
            for (int i = 0; i < order.lines().size(); i++) {
                OrderLine line = order.lines().get(i);
                OUT.printf(row, i == 0 ? String.valueOf(order.id()) : "", i == 0 ? order.customerName() : "",
                        line.quantity() + " x " + skuNames.get(line.skuId()),
                        sources(fewest, i, storageNames), sources(old, i, storageNames));
            }
            OUT.printf(row, "", "", "shipments", fewest.shipmentCount() + (fewest.provenOptimal() ? " (proven optimal)" : ""),
                    old.shipmentCount());
            OUT.printf("%-37s the original app's response: %s%n", "", OriginalView.of(old).toJson());
            fewestShipments += fewest.shipmentCount();
            originalShipments += old.shipmentCount();
        }
        OUT.println("-".repeat(85));
        OUT.printf("%d orders ship as %d shipments with fewest storages, %d with the original rule%n",
                orders.size(), fewestShipments, originalShipments);

        OUT.println("== An order stock cannot cover: every short line, with what each storage has");
        Order tooBig = store.orders().create(Order.of("Niklaus Wirth", List.of(
                OrderLine.of(orders.get(0).lines().get(0).skuId(), 500), OrderLine.of(orders.get(1).lines().get(1).skuId(), 100))));
        if (planner.plan(tooBig.id()) instanceof Shortfall shortfall) {
            for (Shortfall.Line line : shortfall.lines()) {
                OUT.printf("%s: requested %d, available %d (%s)%n", skuNames.get(line.skuId()), line.requested(),
                        line.available(), line.availableByStorage().entrySet().stream()
                                .map(e -> storageNames.get(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")));
            }
        }
        store.orders().delete(tooBig.id());
    }

    /** Reserves three orders, ships one and releases one, printing the stock before and after. */
    private static void printReservations(LogistikStore store, List<Order> orders, Map<Long, String> skuNames,
                                          Map<Long, String> storageNames) {
        OUT.println("== Reservations: reserve three orders, ship the first, release the second");
        printStock(store, "before", skuNames, storageNames);
        ReservationService reservations = new ReservationService(store);
        for (Order order : orders.subList(0, 3)) {
            Reservation r = reservations.reserve(order.id());
            OUT.printf("reserved order %d for %s: %s%n", order.id(), order.customerName(), r.allocations().stream()
                    .map(a -> a.quantity() + " x " + skuNames.get(a.skuId()) + " from " + storageNames.get(a.storageId()))
                    .collect(Collectors.joining(", ")));
        }
        printStock(store, "after reserving", skuNames, storageNames);
        OUT.printf("shipped order %d, now %s%n", orders.get(0).id(), reservations.ship(orders.get(0).id()).state().code());
        OUT.printf("released order %d, now %s%n", orders.get(1).id(), reservations.release(orders.get(1).id()).state().code());
        printStock(store, "after shipping and releasing", skuNames, storageNames);
        List<StockDifference> differences = store.reservations().reconcile();
        OUT.printf("reconciliation: %s%n", differences.isEmpty() ? "reserved matches the allocations everywhere" : differences);
    }

    private static void printStock(LogistikStore store, String when, Map<Long, String> skuNames, Map<Long, String> storageNames) {
        OUT.println("stock " + when + ":");
        for (StockLevel level : store.stock().findAll()) {
            OUT.printf("  %-8s %-7s on hand %3d, reserved %3d, available %3d%n", storageNames.get(level.storageId()),
                    skuNames.get(level.skuId()), level.onHand(), level.reserved(), level.available());
        }
    }

    /** Where a plan takes one line from, e.g. {@code "Berlin 3, Hamburg 2"}. */
    private static String sources(Plan plan, int lineIndex, Map<Long, String> storageNames) {
        return plan.allocations().stream().filter(a -> a.lineIndex() == lineIndex)
                .map(a -> storageNames.get(a.storageId()) + " " + a.quantity()).collect(Collectors.joining(", "));
    }

    private static String describe(Order order, Map<Long, String> skuNames) {
        return order.lines().stream().map(l -> l.quantity() + " x " + skuNames.get(l.skuId())).collect(Collectors.joining(", "));
    }
}
