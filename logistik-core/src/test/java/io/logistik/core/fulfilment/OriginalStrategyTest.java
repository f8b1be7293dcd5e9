package io.logistik.core.fulfilment;

import io.logistik.core.InsufficientStockException;
import io.logistik.core.NotFoundException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.StockLevel;
import io.logistik.core.spi.LogistikStore;
import io.logistik.core.spi.OrderRepository;
import io.logistik.core.spi.Repositories;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The original app's {@code order/<id>/fulfill} cases: for each line, the storages holding the SKU
 * by ascending stock, each giving all it has until the line is covered; the response
 * {@code [{"id": storage_id, "quantity": n}, ...]}; a refusal when stock is short; not found for an
 * unknown order.
 */
class OriginalStrategyTest {

    private static final PlanOptions ORIGINAL = PlanOptions.using(FulfilmentStrategies.original());

    private static Order order(OrderLine... lines) {
        return new Order(1L, "Thomas Müller", OrderState.OPEN, null, null, List.of(lines));
    }

    @Test
    void original_simpleOrder_takesTheWholeLineFromTheOneStorage() {
        Order order = order(new OrderLine(1L, 1L, 1, 5));
        StockSnapshot stock = StockSnapshot.of(List.of(new StockLevel(1, 1, 10, 0)));

        Plan plan = FulfilmentPlanner.plan(order, stock, ORIGINAL).requirePlan();

        assertThat(OriginalView.of(plan).toJson()).isEqualTo("[{\"id\": 1, \"quantity\": 5}]");
    }

    @Test
    void original_multiLineOrder_drainsSmallestStocksFirstPerLine() {
        Order order = order(new OrderLine(1L, 1L, 1, 12), new OrderLine(2L, 1L, 2, 3));
        StockSnapshot stock = StockSnapshot.of(List.of(
                new StockLevel(1, 1, 20, 0), new StockLevel(2, 1, 4, 0), new StockLevel(3, 1, 6, 0),
                new StockLevel(1, 2, 9, 0), new StockLevel(3, 2, 2, 0)));

        Plan plan = FulfilmentPlanner.plan(order, stock, ORIGINAL).requirePlan();

        assertThat(OriginalView.of(plan).entries()).containsExactly(
                new OriginalView.Entry(2, 4), new OriginalView.Entry(3, 6), new OriginalView.Entry(1, 2),
                new OriginalView.Entry(3, 2), new OriginalView.Entry(1, 1));
        assertThat(OriginalView.of(plan).toJson()).isEqualTo("[{\"id\": 2, \"quantity\": 4}, {\"id\": 3, \"quantity\": 6}, "
                + "{\"id\": 1, \"quantity\": 2}, {\"id\": 3, \"quantity\": 2}, {\"id\": 1, \"quantity\": 1}]");
        assertThat(plan.shipmentCount()).isEqualTo(3);
        Plan fewest = FulfilmentPlanner.plan(order, stock).requirePlan();
        assertThat(fewest.shipments()).extracting(Shipment::storageId).containsExactly(1L);
    }

    @Test
    void original_equalStocks_takeTheLowerStorageIdFirst() {
        Order order = order(new OrderLine(1L, 1L, 1, 5));
        StockSnapshot stock = StockSnapshot.of(List.of(new StockLevel(9, 1, 3, 0), new StockLevel(4, 1, 3, 0)));

        Plan plan = FulfilmentPlanner.plan(order, stock, ORIGINAL).requirePlan();

        assertThat(OriginalView.of(plan).toJson()).isEqualTo("[{\"id\": 4, \"quantity\": 3}, {\"id\": 9, \"quantity\": 2}]");
    }

    @Test
    void original_insufficientStock_isAShortfallNamingTheShortLine() {
        Order order = order(new OrderLine(1L, 1L, 1, 2), new OrderLine(2L, 1L, 2, 30));
        StockSnapshot stock = StockSnapshot.of(List.of(new StockLevel(1, 1, 10, 0), new StockLevel(1, 2, 10, 0),
                new StockLevel(2, 2, 5, 0)));

        FulfilmentResult result = FulfilmentPlanner.plan(order, stock, ORIGINAL);

        assertThatThrownBy(result::requirePlan).isInstanceOfSatisfying(InsufficientStockException.class,
                e -> assertThat(e.lines()).containsExactly(new InsufficientStockException.ShortLine(2, 2, 30, 15)));
    }

    @Test
    void original_unknownOrder_isNotFound() {
        LogistikStore store = mock(LogistikStore.class);
        Repositories tx = mock(Repositories.class);
        OrderRepository orders = mock(OrderRepository.class);
        when(tx.orders()).thenReturn(orders);
        when(orders.require(42L)).thenThrow(new NotFoundException("order", 42L));
        when(store.inTransaction(any())).thenAnswer(call -> call.<Function<Repositories, ?>>getArgument(0).apply(tx));

        assertThatThrownBy(() -> new FulfilmentService(store).plan(42L, ORIGINAL))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo(42L));
    }
}
