package io.logistik.inmemory;

import io.logistik.core.fulfilment.FulfilmentResult;
import io.logistik.core.fulfilment.FulfilmentService;
import io.logistik.core.fulfilment.FulfilmentStrategies;
import io.logistik.core.fulfilment.OriginalView;
import io.logistik.core.fulfilment.Plan;
import io.logistik.core.fulfilment.PlanOptions;
import io.logistik.core.fulfilment.Policy;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderState;
import io.logistik.core.reservation.Reservation;
import io.logistik.core.reservation.ReservationService;
import io.logistik.core.spi.StockDifference;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Filter;
import io.logistik.core.query.FlaskRestless;
import io.logistik.core.query.Page;
import io.logistik.core.query.Query;
import io.logistik.core.query.Schema;
import io.logistik.core.spi.LogistikStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.logistik.core.query.Schema.OrderLines;
import static io.logistik.core.query.Schema.Orders;
import static org.assertj.core.api.Assertions.assertThat;

/** The README's snippets, kept compiling and true. */
class ReadmeExamplesTest {

    @Test
    void pitchSnippet_runs_findsTheOrder() {
        try (LogistikStore store = InMemoryLogistik.create()) {
            Storage berlin = store.storages().create(Storage.of("Berlin"));
            Sku apple = store.skus().create(Sku.of("Apple"));
            store.stock().receive(berlin.id(), apple.id(), 40);

            Order order = store.orders().create(Order.of("Ada Lovelace", List.of(OrderLine.of(apple.id(), 3))));

            List<Order> adas = store.orders().find(Query.of(EntityType.ORDER)
                    .where(Schema.Orders.CUSTOMER_NAME.like("Ada%"))
                    .orderBy(Schema.Orders.CREATED_AT.desc()));

            assertThat(adas).containsExactly(order);
            assertThat(store.stock().get(berlin.id(), apple.id()).orElseThrow().available()).isEqualTo(40);
        }
    }

    @Test
    void filterSnippet_jsonAndFluentForms_selectTheSameOrders() {
        try (LogistikStore store = InMemoryLogistik.create()) {
            Sku apple = store.skus().create(Sku.of("Apple"));
            Order big = store.orders().create(Order.of("Thomas Mann", List.of(OrderLine.of(apple.id(), 6))));
            store.orders().create(Order.of("Thomas Bernhard", List.of(OrderLine.of(apple.id(), 2))));
            store.orders().create(Order.of("Ada Lovelace", List.of(OrderLine.of(apple.id(), 9))));

            FlaskRestless.Request request = FlaskRestless.parseParameters(EntityType.ORDER, Map.of(
                    "filter[objects]", "[{\"name\":\"customer_name\",\"op\":\"ilike\",\"val\":\"thomas%\"},"
                            + "{\"name\":\"order_lines\",\"op\":\"any\",\"val\":{\"name\":\"quantity\",\"op\":\">\",\"val\":5}}]",
                    "sort", "-created_at",
                    "page[number]", "1", "page[size]", "20"));
            Page<Order> page = store.orders().findPage(request.query());

            Filter f = Filter.and(Orders.CUSTOMER_NAME.ilike("thomas%"), Orders.ORDER_LINES.any(OrderLines.QUANTITY.gt(5)));
            String json = FlaskRestless.render(f);

            assertThat(request.single()).isFalse();
            assertThat(page.items()).containsExactly(big);
            assertThat(page.total()).isEqualTo(1);
            assertThat(store.orders().find(Query.of(EntityType.ORDER, f))).containsExactly(big);
            assertThat(FlaskRestless.parseFilter(EntityType.ORDER, json)).isEqualTo(f);
        }
    }

    @Test
    void fulfilmentSnippet_twoStorages_plansFewestShipmentsAndTheOriginalView() {
        try (LogistikStore store = InMemoryLogistik.create()) {
            Storage berlin = store.storages().create(Storage.of("Berlin"));
            Storage hamburg = store.storages().create(Storage.of("Hamburg"));
            Sku apple = store.skus().create(Sku.of("Apple"));
            Sku pear = store.skus().create(Sku.of("Pear"));
            store.stock().receive(berlin.id(), apple.id(), 2);
            store.stock().receive(hamburg.id(), apple.id(), 5);
            store.stock().receive(hamburg.id(), pear.id(), 5);
            Order order = store.orders().create(Order.of("Ada Lovelace",
                    List.of(OrderLine.of(apple.id(), 2), OrderLine.of(pear.id(), 1))));

            FulfilmentService fulfilment = new FulfilmentService(store);
            FulfilmentResult result = fulfilment.plan(order.id());
            Plan partial = fulfilment.plan(order.id(),
                    PlanOptions.defaults().withPolicy(Policy.PARTIAL).withMaxShipments(2)).requirePlan();
            String legacy = OriginalView.of(fulfilment.plan(order.id(),
                    PlanOptions.using(FulfilmentStrategies.original())).requirePlan()).toJson();

            assertThat(result).isInstanceOfSatisfying(Plan.class, plan -> {
                assertThat(plan.shipmentCount()).isEqualTo(1);
                assertThat(plan.shipments().get(0).storageId()).isEqualTo(hamburg.id());
                assertThat(plan.provenOptimal()).isTrue();
            });
            assertThat(partial.allocatedUnits()).isEqualTo(3);
            assertThat(legacy).contains("\"id\": " + berlin.id()).contains("\"id\": " + hamburg.id());
        }
    }

    @Test
    void reservationSnippet_reserveShipRelease_stockFollowsAndReconciles() {
        try (LogistikStore store = InMemoryLogistik.create()) {
            Storage berlin = store.storages().create(Storage.of("Berlin"));
            Sku apple = store.skus().create(Sku.of("Apple"));
            store.stock().receive(berlin.id(), apple.id(), 10);
            Order order = store.orders().create(Order.of("Ada Lovelace", List.of(OrderLine.of(apple.id(), 3))));
            Order other = store.orders().create(Order.of("Alan Turing", List.of(OrderLine.of(apple.id(), 4))));
            new ReservationService(store).reserve(other.id());

            ReservationService reservations = new ReservationService(store);
            Reservation r = reservations.reserve(order.id());
            reservations.ship(order.id());
            reservations.release(other.id());
            List<StockDifference> diffs = store.reservations().reconcile();

            assertThat(r.units()).isEqualTo(3);
            assertThat(store.stock().get(berlin.id(), apple.id()).orElseThrow())
                    .satisfies(level -> {
                        assertThat(level.onHand()).isEqualTo(7);
                        assertThat(level.reserved()).isZero();
                    });
            assertThat(store.orders().require(order.id()).state()).isEqualTo(OrderState.SHIPPED);
            assertThat(store.orders().require(other.id()).state()).isEqualTo(OrderState.OPEN);
            assertThat(diffs).isEmpty();
        }
    }
}
