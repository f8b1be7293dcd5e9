package io.logistik.core.kit;

import io.logistik.core.ConcurrencyConflictException;
import io.logistik.core.InsufficientStockException;
import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.ValidationException;
import io.logistik.core.fulfilment.FulfilmentStrategies;
import io.logistik.core.fulfilment.FulfilmentStrategy;
import io.logistik.core.fulfilment.PlanOptions;
import io.logistik.core.fulfilment.PlanningProblem;
import io.logistik.core.fulfilment.Policy;
import io.logistik.core.fulfilment.StrategyOutcome;
import io.logistik.core.model.Allocation;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockCount;
import io.logistik.core.model.StockKey;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Query;
import io.logistik.core.query.Schema;
import io.logistik.core.reservation.Reservation;
import io.logistik.core.reservation.ReservationService;
import io.logistik.core.spi.ReservationRepository;
import io.logistik.core.spi.ReserveOutcome;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static io.logistik.core.kit.Warehouse.level;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Kit group: Reservations, through the SPI ({@code reservations()}: the order lifecycle, the
 * all-or-nothing attempt and its outcomes, allocations, reconciliation, concurrent reserves) and
 * through the {@link ReservationService} (planning, shortfalls, re-planning on stale stock).
 */
public abstract class ReservationContract extends KitContext {

    protected ReservationContract(LogistikConformanceKit kit) {
        super(kit);
    }

    private ReservationRepository reservations() {
        return store().reservations();
    }

    /** An allocation of the order's line for {@code sku} from {@code storage}. */
    private static Allocation take(Order order, Sku sku, Storage storage, long quantity) {
        OrderLine line = order.lineForSku(sku.id());
        return new Allocation(order.id(), line.id(), storage.id(), sku.id(), quantity);
    }

    private Order reserved(Order order, Allocation... allocations) {
        ReserveOutcome outcome = reservations().reserve(order.id(), List.of(allocations));
        assertThat(outcome).isInstanceOf(ReserveOutcome.Reserved.class);
        return store().orders().require(order.id());
    }

    /** The store's rows plus every order's allocations: what must not change when a call fails. */
    private Map<String, Object> state() {
        Map<Long, List<Allocation>> allocations = new TreeMap<>();
        store().orders().findAll().forEach(o -> allocations.put(o.id(), reservations().ofOrder(o.id())));
        return Map.of("rows", StoreSnapshot.of(store()), "allocations", allocations);
    }

    private <E extends Throwable> E assertFailsUnchanged(Class<E> type, ThrowingCallable call) {
        Map<String, Object> before = state();
        E thrown = catchThrowableOfType(type, call);
        assertThat(thrown).as("expected %s", type.getSimpleName()).isNotNull();
        assertThat(state()).as("the store after a failed call").isEqualTo(before);
        return thrown;
    }

    @Test
    @DisplayName("Reserving a plan that covers every line raises reserved on each stock level, stores the allocations and makes the order reserved")
    void reserve_coveringPlan_reservesStockStoresAllocationsClaimsOrder() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 12), OrderLine.of(w.banana().id(), 5));
        clock().advance(Duration.ofMinutes(1));
        List<Allocation> plan = List.of(take(order, w.apple(), w.berlin(), 10), take(order, w.apple(), w.hamburg(), 2),
                take(order, w.banana(), w.berlin(), 5));

        ReserveOutcome outcome = reservations().reserve(order.id(), plan);

        assertThat(outcome).isInstanceOfSatisfying(ReserveOutcome.Reserved.class, r -> {
            assertThat(r.alreadyReserved()).isFalse();
            assertThat(r.allocations()).containsExactlyInAnyOrderElementsOf(plan);
        });
        assertThat(level(store(), w.berlin(), w.apple())).isEqualTo(new StockLevel(w.berlin().id(), w.apple().id(), 10, 10));
        assertThat(level(store(), w.hamburg(), w.apple())).isEqualTo(new StockLevel(w.hamburg().id(), w.apple().id(), 7, 2));
        assertThat(level(store(), w.berlin(), w.banana())).isEqualTo(new StockLevel(w.berlin().id(), w.banana().id(), 5, 5));
        Order stored = store().orders().require(order.id());
        assertThat(stored.state()).isEqualTo(OrderState.RESERVED);
        assertThat(stored.updatedAt()).isEqualTo(clock().instant());
        assertThat(stored.lines()).isEqualTo(order.lines());
        assertThat(reservations().ofOrder(order.id())).containsExactlyInAnyOrderElementsOf(plan)
                .isSortedAccordingTo(Comparator.comparingLong(Allocation::lineId).thenComparingLong(Allocation::storageId));
    }

    @Test
    @DisplayName("Reserving a reserved order returns its existing allocations and changes nothing, whatever plan is given")
    void reserve_reservedOrder_returnsExistingAllocationsChangesNothing() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 3));
        Allocation first = take(order, w.apple(), w.berlin(), 3);
        reserved(order, first);
        Map<String, Object> before = state();

        ReserveOutcome again = reservations().reserve(order.id(), List.of(take(order, w.apple(), w.hamburg(), 3)));

        assertThat(again).isEqualTo(new ReserveOutcome.Reserved(List.of(first), true));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    @DisplayName("A plan asking more than a stock level has available names every short level and changes nothing")
    void reserve_demandAboveAvailable_stockTakenNamesEveryShortLevel() {
        Warehouse w = Warehouse.create(store());
        Order first = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 8));
        reserved(first, take(first, w.apple(), w.berlin(), 8));
        Order second = Warehouse.order(store(), "Grace", OrderLine.of(w.apple().id(), 3), OrderLine.of(w.banana().id(), 2),
                OrderLine.of(w.cherry().id(), 1));
        Map<String, Object> before = state();

        ReserveOutcome outcome = reservations().reserve(second.id(), List.of(take(second, w.apple(), w.berlin(), 3),
                take(second, w.banana(), w.berlin(), 2), take(second, w.cherry(), w.hamburg(), 1)));

        assertThat(outcome).isEqualTo(new ReserveOutcome.StockTaken(List.of(
                new StockKey(w.berlin().id(), w.apple().id()), new StockKey(w.hamburg().id(), w.cherry().id()))));
        assertThat(state()).isEqualTo(before);
        assertThat(store().orders().require(second.id()).state()).isEqualTo(OrderState.OPEN);
    }

    @Test
    @DisplayName("A plan that does not give every line exactly its quantity reports the order changed and changes nothing")
    void reserve_planNotMatchingLines_orderChangedNothingChanged() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 4), OrderLine.of(w.banana().id(), 1));
        Order other = Warehouse.order(store(), "Grace", OrderLine.of(w.apple().id(), 1));
        List<List<Allocation>> wrongPlans = List.of(
                List.of(take(order, w.apple(), w.berlin(), 4)),
                List.of(take(order, w.apple(), w.berlin(), 3), take(order, w.banana(), w.berlin(), 1)),
                List.of(take(order, w.apple(), w.berlin(), 4), take(order, w.banana(), w.berlin(), 1),
                        new Allocation(order.id(), other.lines().get(0).id(), w.berlin().id(), w.apple().id(), 1)),
                List.of(take(order, w.apple(), w.berlin(), 4),
                        new Allocation(order.id(), order.lineForSku(w.banana().id()).id(), w.berlin().id(), w.apple().id(), 1)));
        Map<String, Object> before = state();

        for (List<Allocation> plan : wrongPlans) {
            assertThat(reservations().reserve(order.id(), plan)).as("plan %s", plan).isInstanceOf(ReserveOutcome.OrderChanged.class);
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    @DisplayName("An order without lines is reserved, released and shipped without touching stock")
    void reserve_orderWithoutLines_reservedWithNoAllocations() {
        Warehouse w = Warehouse.create(store());
        Order empty = Warehouse.order(store(), "Ada");
        List<StockLevel> stock = store().stock().findAll();

        assertThat(reservations().reserve(empty.id(), List.of())).isEqualTo(new ReserveOutcome.Reserved(List.of(), false));
        assertThat(reservations().release(empty.id()).state()).isEqualTo(OrderState.OPEN);
        reserved(empty);
        assertThat(reservations().ship(empty.id()).state()).isEqualTo(OrderState.SHIPPED);
        assertThat(store().stock().findAll()).isEqualTo(stock);
        assertThat(w.berlin()).isNotNull();
    }

    @Test
    @DisplayName("A malformed plan (null, a null allocation, another order's allocation, a (line, storage) twice) is a validation error naming each problem")
    void reserve_malformedPlan_validationErrorNothingChanged() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 2));
        Order other = Warehouse.order(store(), "Grace", OrderLine.of(w.apple().id(), 2));
        Allocation one = take(order, w.apple(), w.berlin(), 1);
        List<Allocation> withNull = new ArrayList<>();
        withNull.add(null);

        assertFailsUnchanged(ValidationException.class, () -> reservations().reserve(order.id(), null));
        ValidationException e = assertFailsUnchanged(ValidationException.class,
                () -> reservations().reserve(order.id(), List.of(one, take(other, w.apple(), w.berlin(), 1), one)));
        assertThat(e.fields()).containsExactly("allocations[1].order_id", "allocations[2]");
        assertThat(assertFailsUnchanged(ValidationException.class, () -> reservations().reserve(order.id(), withNull)).fields())
                .containsExactly("allocations[0]");
    }

    @Test
    @DisplayName("Every call on an unknown order is a not-found error")
    void calls_unknownOrder_notFound() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1));
        store().orders().delete(order.id());

        assertThat(assertFailsUnchanged(NotFoundException.class, () -> reservations().reserve(order.id(), List.of())).entity())
                .isEqualTo("order");
        assertFailsUnchanged(NotFoundException.class, () -> reservations().release(order.id()));
        assertFailsUnchanged(NotFoundException.class, () -> reservations().ship(order.id()));
        assertFailsUnchanged(NotFoundException.class, () -> reservations().ofOrder(order.id()));
    }

    @Test
    @DisplayName("Releasing a reserved order gives its stock back, deletes its allocations and makes it open again")
    void release_reservedOrder_givesStockBackReopens() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 12));
        List<StockLevel> stockBefore = store().stock().findAll();
        reserved(order, take(order, w.apple(), w.berlin(), 5), take(order, w.apple(), w.hamburg(), 7));
        clock().advance(Duration.ofMinutes(1));

        Order released = reservations().release(order.id());

        assertThat(released.state()).isEqualTo(OrderState.OPEN);
        assertThat(released.updatedAt()).isEqualTo(clock().instant());
        assertThat(store().orders().require(order.id())).isEqualTo(released);
        assertThat(store().stock().findAll()).isEqualTo(stockBefore);
        assertThat(reservations().ofOrder(order.id())).isEmpty();
        assertThat(reservations().atStock(w.berlin().id(), w.apple().id())).isEmpty();
        reserved(order, take(order, w.apple(), w.berlin(), 10), take(order, w.apple(), w.hamburg(), 2));
        assertThat(level(store(), w.berlin(), w.apple()).reserved()).isEqualTo(10);
    }

    @Test
    @DisplayName("Shipping a reserved order lowers on_hand and reserved by its allocations and makes it shipped; the allocations stay as its record")
    void ship_reservedOrder_lowersOnHandAndReservedShipped() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 12), OrderLine.of(w.banana().id(), 1));
        List<Allocation> plan = List.of(take(order, w.apple(), w.berlin(), 5), take(order, w.apple(), w.hamburg(), 7),
                take(order, w.banana(), w.berlin(), 1));
        reserved(order, plan.toArray(Allocation[]::new));

        Order shipped = reservations().ship(order.id());

        assertThat(shipped.state()).isEqualTo(OrderState.SHIPPED);
        assertThat(level(store(), w.berlin(), w.apple())).isEqualTo(new StockLevel(w.berlin().id(), w.apple().id(), 5, 0));
        assertThat(level(store(), w.hamburg(), w.apple())).isEqualTo(new StockLevel(w.hamburg().id(), w.apple().id(), 0, 0));
        assertThat(level(store(), w.berlin(), w.banana())).isEqualTo(new StockLevel(w.berlin().id(), w.banana().id(), 4, 0));
        assertThat(reservations().ofOrder(order.id())).containsExactlyInAnyOrderElementsOf(plan);
        assertThat(reservations().atStock(w.berlin().id(), w.apple().id())).isEmpty();
        assertThat(reservations().reconcile()).isEmpty();
    }

    @Test
    @DisplayName("Every invalid transition is a reference conflict naming the order's state and changes nothing")
    void transitions_invalid_referenceConflictNothingChanged() {
        Warehouse w = Warehouse.create(store());
        Order open = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1));
        Order shipped = Warehouse.order(store(), "Grace", OrderLine.of(w.apple().id(), 2));
        reserved(shipped, take(shipped, w.apple(), w.berlin(), 2));
        reservations().ship(shipped.id());

        assertThat(assertFailsUnchanged(ReferenceConflictException.class, () -> reservations().release(open.id())).blockers())
                .singleElement().asString().contains("open");
        assertFailsUnchanged(ReferenceConflictException.class, () -> reservations().ship(open.id()));
        assertThat(assertFailsUnchanged(ReferenceConflictException.class, () -> reservations().reserve(shipped.id(),
                List.of(take(shipped, w.apple(), w.berlin(), 2)))).blockers()).singleElement().asString().contains("shipped");
        assertFailsUnchanged(ReferenceConflictException.class, () -> reservations().release(shipped.id()));
        assertFailsUnchanged(ReferenceConflictException.class, () -> reservations().ship(shipped.id()));
    }

    @Test
    @DisplayName("Changing or deleting a reserved or shipped order is a reference conflict and changes nothing, also from a copy read while it was open")
    void updateAndDelete_notOpenOrder_referenceConflict() {
        Warehouse w = Warehouse.create(store());
        Order reserved = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1));
        reserved(reserved, take(reserved, w.apple(), w.berlin(), 1));
        Order shipped = Warehouse.order(store(), "Grace", OrderLine.of(w.apple().id(), 1));
        reserved(shipped, take(shipped, w.apple(), w.hamburg(), 1));
        shipped = reservations().ship(shipped.id());

        assertFailsUnchanged(ReferenceConflictException.class, () -> store().orders().update(reserved.withCustomerName("Stale copy")));
        for (Order order : List.of(store().orders().require(reserved.id()), shipped)) {
            assertFailsUnchanged(ReferenceConflictException.class,
                    () -> store().orders().update(order.withLines(List.of(order.lines().get(0).withQuantity(9)))));
            assertFailsUnchanged(ReferenceConflictException.class, () -> store().orders().update(order.withCustomerName("Bob")));
            assertFailsUnchanged(ReferenceConflictException.class, () -> store().orders().delete(order.id()));
        }
    }

    @Test
    @DisplayName("Stock that is reserved cannot be counted, adjusted or deleted away")
    void stockOperations_belowReserved_refused() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.banana().id(), 4));
        reserved(order, take(order, w.banana(), w.berlin(), 4));

        assertFailsUnchanged(ValidationException.class, () -> store().stock().adjust(w.berlin().id(), w.banana().id(), -2));
        assertFailsUnchanged(ValidationException.class,
                () -> store().stock().recount(new StockCount(w.berlin().id(), w.banana().id(), 3)));
        assertFailsUnchanged(ReferenceConflictException.class, () -> store().stock().delete(w.berlin().id(), w.banana().id()));
        assertThat(store().stock().adjust(w.berlin().id(), w.banana().id(), -1).available()).isZero();
    }

    @Test
    @DisplayName("The order state is filterable: reserved orders are found by state")
    void orders_filteredByState_findsReservedOnes() {
        Warehouse w = Warehouse.create(store());
        Order a = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1));
        Order b = Warehouse.order(store(), "Grace", OrderLine.of(w.apple().id(), 1));
        reserved(b, take(b, w.apple(), w.berlin(), 1));

        List<Order> found = store().orders().find(Query.of(EntityType.ORDER, Schema.Orders.STATE.eq(OrderState.RESERVED)));

        assertThat(found).extracting(Order::id).containsExactly(b.id());
        assertThat(store().orders().count(Query.of(EntityType.ORDER, Schema.Orders.STATE.eq(OrderState.OPEN)))).isEqualTo(1);
        assertThat(a.state()).isEqualTo(OrderState.OPEN);
    }

    @Test
    @DisplayName("The live allocations on a stock level sum to its reserved, by order id, and reconciliation finds no difference")
    void atStock_liveAllocations_sumToReservedAndReconcile() {
        Warehouse w = Warehouse.create(store());
        Order a = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 3));
        Order b = Warehouse.order(store(), "Grace", OrderLine.of(w.apple().id(), 9));
        Order c = Warehouse.order(store(), "Bob", OrderLine.of(w.apple().id(), 2));
        reserved(a, take(a, w.apple(), w.berlin(), 3));
        reserved(b, take(b, w.apple(), w.berlin(), 4), take(b, w.apple(), w.hamburg(), 5));
        reserved(c, take(c, w.apple(), w.berlin(), 2));
        reservations().ship(c.id());

        List<Allocation> atBerlin = reservations().atStock(w.berlin().id(), w.apple().id());

        assertThat(atBerlin).containsExactly(take(a, w.apple(), w.berlin(), 3), take(b, w.apple(), w.berlin(), 4));
        assertThat(atBerlin.stream().mapToLong(Allocation::quantity).sum()).isEqualTo(level(store(), w.berlin(), w.apple()).reserved());
        assertThat(reservations().atStock(w.hamburg().id(), w.banana().id())).isEmpty();
        assertThat(reservations().reconcile()).isEmpty();
    }

    @Test
    @DisplayName("A reservation inside a transaction that fails later is rolled back with it")
    void reserve_inFailedTransaction_rolledBack() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 2));
        Map<String, Object> before = state();

        assertThatThrownBy(() -> store().useTransaction(tx -> {
            assertThat(tx.reservations().reserve(order.id(), List.of(take(order, w.apple(), w.berlin(), 2))))
                    .isInstanceOf(ReserveOutcome.Reserved.class);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(state()).isEqualTo(before);
    }

    @Test
    @DisplayName("An attempt that plans hands the planner the open order with its lines and the stock of its SKUs, then commits the plan")
    void planAndReserve_openOrder_plannerSeesOrderAndStockPlanCommitted() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 12), OrderLine.of(w.banana().id(), 5));
        List<StockLevel> stock = store().stock().forSkus(List.of(w.apple().id(), w.banana().id()));
        List<Allocation> plan = List.of(take(order, w.apple(), w.berlin(), 10), take(order, w.apple(), w.hamburg(), 2),
                take(order, w.banana(), w.berlin(), 5));
        List<Order> planned = new ArrayList<>();
        List<List<StockLevel>> seen = new ArrayList<>();

        ReserveOutcome outcome = reservations().planAndReserve(order.id(), (o, levels) -> {
            planned.add(o);
            seen.add(levels);
            return plan;
        });

        assertThat(outcome).isEqualTo(new ReserveOutcome.Reserved(plan.stream().sorted(Comparator.comparingLong(Allocation::lineId)
                .thenComparingLong(Allocation::storageId)).toList(), false));
        assertThat(planned).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(order.id());
            assertThat(o.customerName()).isEqualTo("Ada");
            assertThat(o.createdAt()).isEqualTo(order.createdAt());
            assertThat(o.state()).isEqualTo(OrderState.OPEN);
            assertThat(o.lines()).isEqualTo(order.lines());
        });
        assertThat(seen).containsExactly(stock);
        assertThat(level(store(), w.hamburg(), w.apple())).isEqualTo(new StockLevel(w.hamburg().id(), w.apple().id(), 7, 2));
        assertThat(store().orders().require(order.id()).state()).isEqualTo(OrderState.RESERVED);
        assertThat(reservations().reconcile()).isEmpty();
    }

    @Test
    @DisplayName("An attempt whose planner throws or asks more than is available changes nothing, and a transaction around it can go on")
    void planAndReserve_plannerFailsOrStockShort_nothingChangedTransactionUsable() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 12));
        IllegalStateException boom = new IllegalStateException("no plan");
        List<Allocation> tooMuch = List.of(take(order, w.apple(), w.berlin(), 4), take(order, w.apple(), w.hamburg(), 8));
        List<StockKey> shortLevel = List.of(new StockKey(w.hamburg().id(), w.apple().id()));

        assertThat(assertFailsUnchanged(IllegalStateException.class,
                () -> reservations().planAndReserve(order.id(), (o, stock) -> {
                    throw boom;
                }))).isSameAs(boom);
        Map<String, Object> before = state();
        assertThat(reservations().planAndReserve(order.id(), (o, stock) -> tooMuch)).isEqualTo(new ReserveOutcome.StockTaken(shortLevel));
        assertThat(state()).isEqualTo(before);
        List<ReserveOutcome> inTransaction = store().inTransaction(tx -> {
            assertThatThrownBy(() -> tx.reservations().planAndReserve(order.id(), (o, stock) -> {
                throw boom;
            })).isSameAs(boom);
            ReserveOutcome taken = tx.reservations().planAndReserve(order.id(), (o, stock) -> tooMuch);
            assertThat(tx.orders().require(order.id()).state()).isEqualTo(OrderState.OPEN);
            return List.of(taken, tx.reservations().planAndReserve(order.id(), (o, stock) -> List.of(take(order, w.apple(), w.berlin(), 10), take(order, w.apple(), w.hamburg(), 2))));
        });

        assertThat(inTransaction.get(0)).isEqualTo(new ReserveOutcome.StockTaken(shortLevel));
        assertThat(inTransaction.get(1)).isInstanceOf(ReserveOutcome.Reserved.class);
        assertThat(level(store(), w.berlin(), w.apple())).isEqualTo(new StockLevel(w.berlin().id(), w.apple().id(), 10, 10));
        assertThat(level(store(), w.hamburg(), w.apple())).isEqualTo(new StockLevel(w.hamburg().id(), w.apple().id(), 7, 2));
        assertThat(reservations().reconcile()).isEmpty();
    }

    @Test
    @DisplayName("An attempt on a reserved order returns its allocations without planning; on a shipped or unknown order, or without a planner, it is a typed error")
    void planAndReserve_notOpenOrNoPlanner_noPlanningTypedErrors() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 2));
        Order shipped = Warehouse.order(store(), "Grace", OrderLine.of(w.banana().id(), 1));
        Allocation held = take(order, w.apple(), w.berlin(), 2);
        reserved(order, held);
        reserved(shipped, take(shipped, w.banana(), w.berlin(), 1));
        reservations().ship(shipped.id());
        ReservationRepository.Planner mustNotPlan = (o, stock) -> {
            throw new AssertionError("planned order " + o.id());
        };
        Map<String, Object> before = state();

        assertThat(reservations().planAndReserve(order.id(), mustNotPlan)).isEqualTo(new ReserveOutcome.Reserved(List.of(held), true));
        assertThat(state()).isEqualTo(before);
        assertFailsUnchanged(ReferenceConflictException.class, () -> reservations().planAndReserve(shipped.id(), mustNotPlan));
        assertFailsUnchanged(NotFoundException.class, () -> reservations().planAndReserve(shipped.id() + 1_000_000, mustNotPlan));
        assertFailsUnchanged(ValidationException.class, () -> reservations().planAndReserve(order.id(), null));
    }

    @Test
    @DisplayName("Concurrent reserves of one order reserve it once; the others return its allocations")
    void reserve_concurrentlySameOrder_reservedOnce() throws Exception {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 4));
        List<Allocation> plan = List.of(take(order, w.apple(), w.berlin(), 4));

        List<ReserveOutcome> outcomes = runTogether(8, () -> reservations().reserve(order.id(), plan));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(ReserveOutcome.Reserved.class,
                r -> assertThat(r.allocations()).isEqualTo(plan)));
        assertThat(outcomes.stream().filter(o -> !((ReserveOutcome.Reserved) o).alreadyReserved())).hasSize(1);
        assertThat(level(store(), w.berlin(), w.apple()).reserved()).isEqualTo(4);
    }

    @Test
    @DisplayName("Concurrent reserves of different orders for the same stock never promise more than is on hand")
    void reserve_concurrentlyCompetingOrders_neverOversell() throws Exception {
        Warehouse w = Warehouse.create(store());
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            orders.add(Warehouse.order(store(), "Customer " + i, OrderLine.of(w.apple().id(), 3)));
        }
        List<Callable<ReserveOutcome>> tasks = orders.stream()
                .map(o -> (Callable<ReserveOutcome>) () -> reservations().reserve(o.id(), List.of(take(o, w.apple(), w.berlin(), 3))))
                .toList();

        List<ReserveOutcome> outcomes = runAll(tasks);

        assertThat(outcomes.stream().filter(o -> o instanceof ReserveOutcome.Reserved)).hasSize(3);
        assertThat(outcomes.stream().filter(o -> o instanceof ReserveOutcome.StockTaken)).hasSize(5);
        assertThat(level(store(), w.berlin(), w.apple())).isEqualTo(new StockLevel(w.berlin().id(), w.apple().id(), 10, 9));
        assertThat(reservations().reconcile()).isEmpty();
    }

    @Test
    @DisplayName("The service reserves an order with the default strategy: one storage when one can ship it all")
    void service_reserve_plansAndCommits() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 8), OrderLine.of(w.banana().id(), 2));

        Reservation reservation = new ReservationService(store()).reserve(order.id());

        assertThat(reservation.alreadyReserved()).isFalse();
        assertThat(reservation.attempts()).isEqualTo(1);
        assertThat(reservation.allocations()).containsExactlyInAnyOrder(take(order, w.apple(), w.berlin(), 8),
                take(order, w.banana(), w.berlin(), 2));
        assertThat(reservation.units()).isEqualTo(10);
        assertThat(level(store(), w.berlin(), w.apple()).reserved()).isEqualTo(8);
        assertThat(store().orders().require(order.id()).state()).isEqualTo(OrderState.RESERVED);
        assertThat(new ReservationService(store()).reserve(order.id()))
                .isEqualTo(new Reservation(order.id(), reservation.allocations(), true, 0));
    }

    @Test
    @DisplayName("The service refuses an order stock cannot cover with every short line and changes nothing")
    void service_reserve_shortfallListsEveryLineNothingChanged() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 18), OrderLine.of(w.banana().id(), 5),
                OrderLine.of(w.cherry().id(), 1));

        InsufficientStockException e = assertFailsUnchanged(InsufficientStockException.class,
                () -> new ReservationService(store()).reserve(order.id()));

        assertThat(e.orderId()).isEqualTo(order.id());
        assertThat(e.lines()).extracting(InsufficientStockException.ShortLine::skuId, InsufficientStockException.ShortLine::requested,
                        InsufficientStockException.ShortLine::available)
                .containsExactly(tuple(w.apple().id(), 18L, 17L), tuple(w.cherry().id(), 1L, 0L));
    }

    @Test
    @DisplayName("The service refuses a shipped order, an unknown order, a partial policy and no options, changing nothing")
    void service_reserve_invalidRequests_typedErrors() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1));
        ReservationService service = new ReservationService(store());
        service.reserve(order.id());
        service.ship(order.id());

        assertFailsUnchanged(ReferenceConflictException.class, () -> service.reserve(order.id()));
        assertFailsUnchanged(NotFoundException.class, () -> service.reserve(order.id() + 1_000_000));
        assertThat(assertFailsUnchanged(ValidationException.class,
                () -> service.reserve(order.id(), PlanOptions.defaults().withPolicy(Policy.PARTIAL))).fields())
                .containsExactly("options.policy");
        assertFailsUnchanged(ValidationException.class, () -> service.reserve(order.id(), null));
        assertThatThrownBy(() -> new ReservationService(store(), 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("When another reservation takes planned stock before the commit, the service plans again on fresh stock")
    void service_reserve_stockTakenMeanwhile_replansOnFreshStock() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 7));
        Order rival = Warehouse.order(store(), "Grace", OrderLine.of(w.apple().id(), 4));
        AtomicInteger calls = new AtomicInteger();
        FulfilmentStrategy berlinFirst = FulfilmentStrategies.priority(List.of(w.berlin().id(), w.hamburg().id()));
        FulfilmentStrategy interfering = strategy(problem -> {
            if (calls.incrementAndGet() == 1) {
                reservations().reserve(rival.id(), List.of(take(rival, w.apple(), w.berlin(), 4)));
            }
            return berlinFirst.allocate(problem);
        });

        Reservation reservation = new ReservationService(store()).reserve(order.id(), PlanOptions.using(interfering));

        assertThat(reservation.attempts()).isEqualTo(2);
        assertThat(reservation.allocations()).containsExactly(take(order, w.apple(), w.berlin(), 6), take(order, w.apple(), w.hamburg(), 1));
        assertThat(level(store(), w.berlin(), w.apple())).isEqualTo(new StockLevel(w.berlin().id(), w.apple().id(), 10, 10));
        assertThat(reservations().reconcile()).isEmpty();
    }

    @Test
    @DisplayName("When planned stock is taken before every commit, the service gives a concurrency conflict after its bounded attempts and reserves nothing")
    void service_reserve_stockTakenEveryTime_concurrencyConflictAfterMaxAttempts() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 3));
        FulfilmentStrategy berlinFirst = FulfilmentStrategies.priority(List.of(w.berlin().id(), w.hamburg().id()));
        AtomicInteger calls = new AtomicInteger();
        FulfilmentStrategy interfering = strategy(problem -> {
            calls.incrementAndGet();
            int berlin = problem.storageIndex(w.berlin().id());
            long available = problem.available(berlin, 0);
            long planned = Math.min(available, problem.requested(0));
            store().stock().adjust(w.berlin().id(), w.apple().id(), -(available - planned + 1));
            return berlinFirst.allocate(problem);
        });

        assertThatThrownBy(() -> new ReservationService(store(), 3).reserve(order.id(), PlanOptions.using(interfering)))
                .isInstanceOf(ConcurrencyConflictException.class).hasMessageContaining("3 attempts");

        assertThat(calls).hasValue(3);
        assertThat(store().orders().require(order.id()).state()).isEqualTo(OrderState.OPEN);
        assertThat(reservations().ofOrder(order.id())).isEmpty();
        assertThat(store().stock().findAll()).extracting(StockLevel::reserved).containsOnly(0L);
        assertThat(level(store(), w.berlin(), w.apple()).onHand()).isZero();
    }

    @Test
    @DisplayName("Releasing and shipping through the service move the order and its stock like the SPI")
    void service_releaseAndShip_moveOrderAndStock() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.banana().id(), 3));
        ReservationService service = new ReservationService(store());

        service.reserve(order.id());
        assertThat(service.release(order.id()).state()).isEqualTo(OrderState.OPEN);
        assertThat(level(store(), w.berlin(), w.banana()).reserved()).isZero();
        List<Allocation> allocations = service.reserve(order.id()).allocations();
        assertThat(service.ship(order.id()).state()).isEqualTo(OrderState.SHIPPED);
        assertThat(service.allocations(order.id())).isEqualTo(allocations);
        assertThat(level(store(), w.berlin(), w.banana())).isEqualTo(new StockLevel(w.berlin().id(), w.banana().id(), 2, 0));
    }

    private static FulfilmentStrategy strategy(Function<PlanningProblem, StrategyOutcome> allocate) {
        return new FulfilmentStrategy() {
            @Override
            public String name() {
                return "interfering";
            }

            @Override
            public StrategyOutcome allocate(PlanningProblem problem) {
                return allocate.apply(problem);
            }
        };
    }

    private static <T> List<T> runTogether(int threads, Callable<T> task) throws Exception {
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            tasks.add(task);
        }
        return runAll(tasks);
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        return ConcurrencyContract.runTogether(tasks);
    }
}
