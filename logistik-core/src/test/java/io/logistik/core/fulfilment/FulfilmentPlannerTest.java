package io.logistik.core.fulfilment;

import io.logistik.core.InsufficientStockException;
import io.logistik.core.ValidationException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.StockLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FulfilmentPlannerTest {

    /** Order 7: line 71 wants 6 of SKU 1, line 72 wants 4 of SKU 2. */
    private static final Order ORDER = new Order(7L, "Ada", OrderState.OPEN, null, null,
            List.of(new OrderLine(71L, 7L, 1, 6), new OrderLine(72L, 7L, 2, 4)));

    private static StockLevel stock(long storage, long sku, long onHand, long reserved) {
        return new StockLevel(storage, sku, onHand, reserved);
    }

    @Test
    void plan_splitAcrossSmallStorages_fewestStoragesShipsFromOneThatHoldsAll() {
        StockSnapshot snapshot = StockSnapshot.of(List.of(
                stock(10, 1, 3, 0), stock(10, 2, 2, 0),
                stock(20, 1, 3, 0), stock(20, 2, 2, 0),
                stock(30, 1, 9, 0), stock(30, 2, 9, 0)));

        Plan plan = FulfilmentPlanner.plan(ORDER, snapshot).requirePlan();

        assertThat(plan.shipments()).extracting(Shipment::storageId).containsExactly(30L);
        assertThat(plan.allocations()).containsExactly(
                new Allocation(0, 71L, 1, 30, 6), new Allocation(1, 72L, 2, 30, 4));
        assertThat(plan.provenOptimal()).isTrue();
        assertThat(plan.isComplete()).isTrue();
        assertThat(plan.strategy()).isEqualTo("fewest-storages");
    }

    @Test
    void plan_reservedUnits_areNotAvailable() {
        StockSnapshot snapshot = StockSnapshot.of(List.of(
                stock(10, 1, 9, 5), stock(10, 2, 9, 0),
                stock(20, 1, 1, 0)));

        FulfilmentResult result = FulfilmentPlanner.plan(ORDER, snapshot);

        assertThat(result).isInstanceOfSatisfying(Shortfall.class, s -> assertThat(s.lines())
                .containsExactly(new Shortfall.Line(0, 71L, 1, 6, 5, Map.of(10L, 4L, 20L, 1L))));
    }

    @Test
    void plan_everyShortLine_isListedWithAvailabilityPerStorage() {
        StockSnapshot snapshot = StockSnapshot.of(List.of(
                stock(10, 1, 2, 0), stock(20, 1, 3, 1), stock(20, 2, 1, 0), stock(30, 2, 0, 0)));

        FulfilmentResult result = FulfilmentPlanner.plan(ORDER, snapshot);

        assertThat(result).isInstanceOfSatisfying(Shortfall.class, s -> assertThat(s.lines()).containsExactly(
                new Shortfall.Line(0, 71L, 1, 6, 4, Map.of(10L, 2L, 20L, 2L)),
                new Shortfall.Line(1, 72L, 2, 4, 1, Map.of(20L, 1L))));
        assertThatThrownBy(result::requirePlan).isInstanceOfSatisfying(InsufficientStockException.class, e -> {
            assertThat(e.orderId()).isEqualTo(7L);
            assertThat(e.lines()).containsExactly(new InsufficientStockException.ShortLine(71, 1, 6, 4),
                    new InsufficientStockException.ShortLine(72, 2, 4, 1));
        });
    }

    @Test
    void plan_partialPolicy_allocatesWhatExistsAndBackordersTheRest() {
        StockSnapshot snapshot = StockSnapshot.of(List.of(stock(10, 1, 2, 0), stock(20, 1, 3, 0), stock(20, 2, 9, 0)));

        Plan plan = FulfilmentPlanner.plan(ORDER, snapshot, PlanOptions.defaults().withPolicy(Policy.PARTIAL)).requirePlan();

        assertThat(plan.allocatedUnits()).isEqualTo(2 + 3 + 4);
        assertThat(plan.shipmentCount()).isEqualTo(2);
        assertThat(plan.backorders()).containsExactly(new Backorder(0, 71L, 1, 6, 5));
        assertThat(plan.backorders().get(0).remaining()).isEqualTo(1);
        assertThat(plan.isComplete()).isFalse();
    }

    @Test
    void plan_partialPolicyWithNothingAvailable_isAnEmptyPlanBackorderingEveryLine() {
        Plan plan = FulfilmentPlanner.plan(ORDER, StockSnapshot.empty(), PlanOptions.defaults().withPolicy(Policy.PARTIAL))
                .requirePlan();

        assertThat(plan.allocations()).isEmpty();
        assertThat(plan.backorders()).extracting(Backorder::remaining).containsExactly(6L, 4L);
    }

    @Test
    void plan_shipmentCapBelowTheLeastSplit_isARefusalNamingTheCap() {
        StockSnapshot snapshot = StockSnapshot.of(List.of(stock(10, 1, 6, 0), stock(20, 2, 4, 0)));

        FulfilmentResult result = FulfilmentPlanner.plan(ORDER, snapshot, PlanOptions.defaults().withMaxShipments(1));

        assertThat(result).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.constraint()).isEqualTo(Constraint.SHIPMENT_CAP);
            assertThat(r.orderId()).isEqualTo(7L);
        });
        assertThatThrownBy(result::requirePlan).isInstanceOfSatisfying(FulfilmentRefusedException.class,
                e -> assertThat(e.refusal().constraint()).isEqualTo(Constraint.SHIPMENT_CAP));
    }

    @Test
    void plan_partialPolicyWithCap_allocatesTheMostUnitsTheCapAllows() {
        StockSnapshot snapshot = StockSnapshot.of(List.of(stock(10, 1, 6, 0), stock(20, 2, 4, 0), stock(30, 1, 5, 0)));

        Plan plan = FulfilmentPlanner.plan(ORDER, snapshot,
                PlanOptions.defaults().withPolicy(Policy.PARTIAL).withMaxShipments(1)).requirePlan();

        assertThat(plan.allocations()).containsExactly(new Allocation(0, 71L, 1, 10, 6));
        assertThat(plan.backorders()).containsExactly(new Backorder(1, 72L, 2, 4, 0));
        assertThat(plan.provenOptimal()).isTrue();
    }

    @Test
    void plan_priorityStrategy_fillsFromTheCallersRankOrder() {
        StockSnapshot snapshot = StockSnapshot.of(List.of(
                stock(10, 1, 9, 0), stock(10, 2, 9, 0), stock(20, 1, 4, 0), stock(30, 2, 1, 0), stock(40, 1, 1, 0)));

        Plan plan = FulfilmentPlanner.plan(ORDER, snapshot,
                PlanOptions.using(FulfilmentStrategies.priority(List.of(30L, 20L)))).requirePlan();

        assertThat(plan.allocations()).containsExactly(
                new Allocation(0, 71L, 1, 20, 4), new Allocation(0, 71L, 1, 10, 2),
                new Allocation(1, 72L, 2, 30, 1), new Allocation(1, 72L, 2, 10, 3));
        assertThat(plan.optimality()).isEqualTo(Optimality.NOT_OPTIMISED);
        assertThat(plan.shipments()).extracting(Shipment::storageId, Shipment::units)
                .containsExactly(tuple(20L, 4L), tuple(10L, 5L),
                        tuple(30L, 1L));
    }

    @Test
    void plan_priorityOverTheCap_isARefusalNamingTheCap() {
        StockSnapshot snapshot = StockSnapshot.of(List.of(stock(10, 1, 9, 0), stock(10, 2, 9, 0), stock(20, 1, 9, 0)));

        FulfilmentResult result = FulfilmentPlanner.plan(ORDER, snapshot,
                PlanOptions.using(FulfilmentStrategies.priority(List.of(20L))).withMaxShipments(1));

        assertThat(result).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.constraint()).isEqualTo(Constraint.SHIPMENT_CAP));
    }

    @Test
    void plan_singleStorageWhenStockIsSplit_isARefusalNotAShortfall() {
        StockSnapshot snapshot = StockSnapshot.of(List.of(stock(10, 1, 6, 0), stock(20, 2, 4, 0)));

        FulfilmentResult result = FulfilmentPlanner.plan(ORDER, snapshot, PlanOptions.using(FulfilmentStrategies.singleStorage()));

        assertThat(result).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.constraint()).isEqualTo(Constraint.SINGLE_STORAGE);
            assertThat(r.strategy()).isEqualTo("single-storage");
        });
    }

    @Test
    void plan_singleStorage_takesTheLowestIdThatHoldsEverything() {
        StockSnapshot snapshot = StockSnapshot.of(List.of(
                stock(30, 1, 6, 0), stock(30, 2, 4, 0), stock(20, 1, 6, 0), stock(20, 2, 4, 0), stock(10, 1, 6, 0)));

        Plan plan = FulfilmentPlanner.plan(ORDER, snapshot, PlanOptions.using(FulfilmentStrategies.singleStorage())).requirePlan();

        assertThat(plan.shipments()).extracting(Shipment::storageId).containsExactly(20L);
    }

    @Test
    void plan_inputs_areLeftUnchanged() {
        List<StockLevel> levels = new ArrayList<>(List.of(stock(10, 1, 6, 0), stock(20, 2, 4, 0)));
        List<StockLevel> before = List.copyOf(levels);
        StockSnapshot snapshot = StockSnapshot.of(levels);

        FulfilmentPlanner.plan(ORDER, snapshot);
        FulfilmentPlanner.plan(ORDER, snapshot);

        assertThat(levels).isEqualTo(before);
        assertThat(snapshot.available(10, 1)).isEqualTo(6);
        assertThat(snapshot.available(20, 2)).isEqualTo(4);
    }

    @Test
    void plan_unstoredOrder_plansWithNullIds() {
        Order draft = Order.of("Draft", List.of(OrderLine.of(1, 2)));

        Plan plan = FulfilmentPlanner.plan(draft, StockSnapshot.of(List.of(stock(10, 1, 2, 0)))).requirePlan();

        assertThat(plan.orderId()).isNull();
        assertThat(plan.allocations()).containsExactly(new Allocation(0, null, 1, 10, 2));
    }

    @Test
    void plan_nullArguments_areAValidationErrorNamingEach() {
        assertThatThrownBy(() -> FulfilmentPlanner.plan(null, null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("order", "stock", "options"));
    }

    @Test
    void planOptions_invalidValues_areAValidationErrorNamingEveryField() {
        assertThatThrownBy(() -> new PlanOptions(null, null, 0, 0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("strategy", "policy", "max_shipments", "search_budget"));
    }

    @Test
    void stockSnapshot_sameKeyTwice_isAValidationError() {
        assertThatThrownBy(() -> StockSnapshot.of(List.of(stock(10, 1, 6, 0), stock(10, 1, 2, 0))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("stock[1]"));
    }

    @Test
    void priority_sameStorageRankedTwice_isAValidationError() {
        assertThatThrownBy(() -> FulfilmentStrategies.priority(List.of(1L, 2L, 1L)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("storage_rank[2]"));
    }

    @Test
    void plan_strategyPromisingMoreThanAvailable_isAValidationErrorOnTheStrategy() {
        FulfilmentStrategy greedy = new FulfilmentStrategy() {
            @Override
            public String name() {
                return "overpromising";
            }

            @Override
            public StrategyOutcome allocate(PlanningProblem problem) {
                return StrategyOutcome.allocated(List.of(problem.allocation(0, 0, problem.requested(0)),
                        problem.allocation(1, 0, problem.requested(1))), Optimality.NOT_OPTIMISED);
            }
        };
        StockSnapshot snapshot = StockSnapshot.of(List.of(stock(10, 1, 5, 0), stock(10, 2, 4, 0), stock(20, 1, 1, 0)));

        assertThatThrownBy(() -> FulfilmentPlanner.plan(ORDER, snapshot, PlanOptions.using(greedy)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.fields()).containsExactly("strategy");
                    assertThat(e.getMessage()).contains("overpromising promises 6 of sku 1 from storage 10, which has 5 available");
                });
    }

    @Test
    void plan_unitsTooLargeToCount_isAValidationErrorNamingTheLines() {
        Order huge = Order.of("Huge", List.of(OrderLine.of(1, Long.MAX_VALUE / 2), OrderLine.of(2, Long.MAX_VALUE / 2)));
        StockSnapshot snapshot = StockSnapshot.of(List.of(stock(10, 1, Long.MAX_VALUE, 0), stock(20, 1, Long.MAX_VALUE, 0),
                stock(10, 2, Long.MAX_VALUE, 0)));

        assertThatThrownBy(() -> FulfilmentPlanner.plan(huge, snapshot))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("order_lines"));
        assertThat(FulfilmentPlanner.plan(huge, snapshot, PlanOptions.using(FulfilmentStrategies.original())).isPlan()).isTrue();
    }
}
