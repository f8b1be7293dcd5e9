package io.logistik.core.kit;

import io.logistik.core.NotFoundException;
import io.logistik.core.fulfilment.Allocation;
import io.logistik.core.fulfilment.Backorder;
import io.logistik.core.fulfilment.FulfilmentResult;
import io.logistik.core.fulfilment.FulfilmentService;
import io.logistik.core.fulfilment.FulfilmentStrategies;
import io.logistik.core.fulfilment.OriginalView;
import io.logistik.core.fulfilment.Plan;
import io.logistik.core.fulfilment.PlanOptions;
import io.logistik.core.fulfilment.Policy;
import io.logistik.core.fulfilment.Shipment;
import io.logistik.core.fulfilment.Shortfall;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.spi.LogistikStore;
import io.logistik.core.spi.Repositories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kit group: Fulfilment planning. {@link FulfilmentService} on the adapter's store. */
public abstract class FulfilmentContract extends KitContext {

    protected FulfilmentContract(LogistikConformanceKit kit) {
        super(kit);
    }

    private long storage(String name) {
        return store().storages().create(Storage.of(name)).id();
    }

    private long sku(String name) {
        return store().skus().create(Sku.of(name)).id();
    }

    private Order order(OrderLine... lines) {
        return store().orders().create(Order.of("Thomas Müller", List.of(lines)));
    }

    @Test
    @DisplayName("plans a stored order from one storage when one holds all of it")
    void plan_oneStorageHoldsAll_shipsFromIt() {
        long small = storage("Small");
        long large = storage("Large");
        long apples = sku("Apples");
        long pears = sku("Pears");
        store().stock().receive(small, apples, 3);
        store().stock().receive(small, pears, 2);
        store().stock().receive(large, apples, 10);
        store().stock().receive(large, pears, 10);
        Order order = order(OrderLine.of(apples, 5), OrderLine.of(pears, 2));

        Plan plan = new FulfilmentService(store()).plan(order.id()).requirePlan();

        assertThat(plan.orderId()).isEqualTo(order.id());
        assertThat(plan.shipments()).extracting(Shipment::storageId).containsExactly(large);
        assertThat(plan.allocations()).containsExactly(
                new Allocation(0, order.lines().get(0).id(), apples, large, 5),
                new Allocation(1, order.lines().get(1).id(), pears, large, 2));
        assertThat(plan.provenOptimal()).isTrue();
    }

    @Test
    @DisplayName("gives the original app's answer with the original strategy")
    void plan_originalStrategy_drainsSmallestStockFirst() {
        long small = storage("Small");
        long large = storage("Large");
        long apples = sku("Apples");
        store().stock().receive(small, apples, 3);
        store().stock().receive(large, apples, 10);
        Order order = order(OrderLine.of(apples, 5));

        Plan plan = new FulfilmentService(store()).plan(order.id(), PlanOptions.using(FulfilmentStrategies.original()))
                .requirePlan();

        assertThat(OriginalView.of(plan).entries())
                .containsExactly(new OriginalView.Entry(small, 3), new OriginalView.Entry(large, 2));
    }

    @Test
    @DisplayName("reports every short line with what each storage has")
    void plan_stockShort_isAShortfallListingEveryShortLine() {
        long north = storage("North");
        long south = storage("South");
        long apples = sku("Apples");
        long pears = sku("Pears");
        long plums = sku("Plums");
        store().stock().receive(north, apples, 2);
        store().stock().receive(south, apples, 1);
        store().stock().receive(north, pears, 9);
        Order order = order(OrderLine.of(apples, 4), OrderLine.of(pears, 1), OrderLine.of(plums, 1));

        FulfilmentResult result = new FulfilmentService(store()).plan(order.id());

        assertThat(result).isInstanceOfSatisfying(Shortfall.class, s -> assertThat(s.lines()).containsExactly(
                new Shortfall.Line(0, order.lines().get(0).id(), apples, 4, 3, Map.of(north, 2L, south, 1L)),
                new Shortfall.Line(2, order.lines().get(2).id(), plums, 1, 0, Map.of())));
    }

    @Test
    @DisplayName("backorders what stock cannot cover under the partial policy")
    void plan_partialPolicy_backordersTheRemainder() {
        long north = storage("North");
        long apples = sku("Apples");
        store().stock().receive(north, apples, 2);
        Order order = order(OrderLine.of(apples, 5));

        Plan plan = new FulfilmentService(store()).plan(order.id(), PlanOptions.defaults().withPolicy(Policy.PARTIAL))
                .requirePlan();

        assertThat(plan.allocatedUnits()).isEqualTo(2);
        assertThat(plan.backorders()).containsExactly(new Backorder(0, order.lines().get(0).id(), apples, 5, 2));
    }

    @Test
    @DisplayName("answers not found for an order that does not exist")
    void plan_unknownOrder_isNotFound() {
        long apples = sku("Apples");
        Order gone = order(OrderLine.of(apples, 1));
        store().orders().delete(gone.id());
        FulfilmentService service = new FulfilmentService(store());

        assertThatThrownBy(() -> service.plan(gone.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo(gone.id()));
    }

    @Test
    @DisplayName("changes no stock while planning")
    void plan_anyOrder_leavesStockUnchanged() {
        long north = storage("North");
        long south = storage("South");
        long apples = sku("Apples");
        store().stock().receive(north, apples, 2);
        store().stock().receive(south, apples, 7);
        Order order = order(OrderLine.of(apples, 6));
        List<StockLevel> before = store().stock().findAll();

        new FulfilmentService(store()).plan(order.id()).requirePlan();

        assertThat(store().stock().findAll()).isEqualTo(before);
    }

    @Test
    @DisplayName("loads the order and only its SKUs' stock, in the same two calls whatever the order's size")
    void plan_ordersOfAnySize_makeTwoRepositoryCalls() {
        long north = storage("North");
        long other = sku("Not ordered");
        store().stock().receive(north, other, 50);
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long sku = sku("Product " + i);
            store().stock().receive(north, sku, 10);
            lines.add(OrderLine.of(sku, 1));
        }
        Order small = order(lines.get(0));
        Order large = order(lines.toArray(OrderLine[]::new));

        List<String> smallCalls = new ArrayList<>();
        new FulfilmentService(counting(store(), smallCalls)).plan(small.id()).requirePlan();
        List<String> largeCalls = new ArrayList<>();
        new FulfilmentService(counting(store(), largeCalls)).plan(large.id()).requirePlan();

        assertThat(smallCalls).containsExactly("orders.require", "stock.forSkus");
        assertThat(largeCalls).containsExactly("orders.require", "stock.forSkus");
    }

    @Test
    @DisplayName("asks the store for the stock of exactly the order's SKUs")
    void plan_anyOrder_asksForTheStockOfItsSkusOnly() {
        long north = storage("North");
        long apples = sku("Apples");
        long pears = sku("Pears");
        long other = sku("Not ordered");
        store().stock().receive(north, apples, 5);
        store().stock().receive(north, pears, 5);
        store().stock().receive(north, other, 5);
        Order order = order(OrderLine.of(pears, 1), OrderLine.of(apples, 1));
        List<List<Long>> asked = new ArrayList<>();
        LogistikStore spying = spyOnForSkus(store(), asked);

        new FulfilmentService(spying).plan(order.id()).requirePlan();

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).containsExactlyInAnyOrder(apples, pears);
    }

    /** A store whose transactions record each repository call as {@code repository.method}. */
    private static LogistikStore counting(LogistikStore real, List<String> calls) {
        return wrap(real, (repository, method, args) -> calls.add(repository + "." + method));
    }

    private static LogistikStore spyOnForSkus(LogistikStore real, List<List<Long>> asked) {
        return wrap(real, (repository, method, args) -> {
            if (method.equals("forSkus")) {
                asked.add(((Collection<?>) args[0]).stream().map(Long.class::cast).toList());
            }
        });
    }

    private interface CallListener {
        void called(String repository, String method, Object[] args);
    }

    private static LogistikStore wrap(LogistikStore real, CallListener listener) {
        InvocationHandler storeHandler = (proxy, method, args) -> {
            if (method.getName().equals("inTransaction")) {
                @SuppressWarnings("unchecked")
                Function<Repositories, Object> work = (Function<Repositories, Object>) args[0];
                return real.inTransaction(tx -> work.apply(repositories(tx, listener)));
            }
            return invoke(method, real, args);
        };
        return (LogistikStore) Proxy.newProxyInstance(FulfilmentContract.class.getClassLoader(),
                new Class<?>[] {LogistikStore.class}, storeHandler);
    }

    private static Repositories repositories(Repositories tx, CallListener listener) {
        Map<String, Object> byName = new TreeMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            Object repository = invoke(method, tx, args);
            String name = method.getName();
            return byName.computeIfAbsent(name, n -> Proxy.newProxyInstance(FulfilmentContract.class.getClassLoader(),
                    new Class<?>[] {method.getReturnType()}, (p, m, a) -> {
                        listener.called(n, m.getName(), a);
                        return invoke(m, repository, a);
                    }));
        };
        return (Repositories) Proxy.newProxyInstance(FulfilmentContract.class.getClassLoader(),
                new Class<?>[] {Repositories.class}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
