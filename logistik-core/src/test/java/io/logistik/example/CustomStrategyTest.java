package io.logistik.example;

import io.logistik.core.fulfilment.Allocation;
import io.logistik.core.fulfilment.FulfilmentPlanner;
import io.logistik.core.fulfilment.FulfilmentStrategy;
import io.logistik.core.fulfilment.Optimality;
import io.logistik.core.fulfilment.Plan;
import io.logistik.core.fulfilment.PlanOptions;
import io.logistik.core.fulfilment.PlanningProblem;
import io.logistik.core.fulfilment.Policy;
import io.logistik.core.fulfilment.StockSnapshot;
import io.logistik.core.fulfilment.StrategyOutcome;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.StockLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A strategy written outside core's package, as a user would, plugs in with no change to core. */
class CustomStrategyTest {

    /** Nearest storage first, by a caller's distance table; unknown storages are farthest. */
    static final class NearestFirst implements FulfilmentStrategy {
        private final Map<Long, Integer> kilometres;

        NearestFirst(Map<Long, Integer> kilometres) {
            this.kilometres = Map.copyOf(kilometres);
        }

        @Override
        public String name() {
            return "nearest-first";
        }

        @Override
        public StrategyOutcome allocate(PlanningProblem problem) {
            List<Integer> storages = new ArrayList<>();
            for (int s = 0; s < problem.storageCount(); s++) {
                storages.add(s);
            }
            storages.sort((a, b) -> Integer.compare(
                    kilometres.getOrDefault(problem.storageId(a), Integer.MAX_VALUE),
                    kilometres.getOrDefault(problem.storageId(b), Integer.MAX_VALUE)));
            List<Allocation> out = new ArrayList<>();
            for (int l = 0; l < problem.lineCount(); l++) {
                long remaining = problem.target(l);
                for (int s : storages) {
                    long take = Math.min(remaining, problem.available(s, l));
                    if (take > 0) {
                        out.add(problem.allocation(l, s, take));
                        remaining -= take;
                    }
                }
            }
            return StrategyOutcome.allocated(out, Optimality.NOT_OPTIMISED);
        }
    }

    @Test
    void customStrategy_fromAnotherPackage_plansThroughThePlanner() {
        Order order = Order.of("Grace", List.of(OrderLine.of(1, 5), OrderLine.of(2, 2)));
        StockSnapshot stock = StockSnapshot.of(List.of(new StockLevel(1, 1, 9, 0), new StockLevel(1, 2, 9, 0),
                new StockLevel(2, 1, 3, 0), new StockLevel(2, 2, 1, 0)));
        PlanOptions options = PlanOptions.using(new NearestFirst(Map.of(2L, 5, 1L, 80))).withPolicy(Policy.PARTIAL);

        Plan plan = FulfilmentPlanner.plan(order, stock, options).requirePlan();

        assertThat(plan.strategy()).isEqualTo("nearest-first");
        assertThat(plan.allocations()).containsExactly(
                new Allocation(0, null, 1, 2, 3), new Allocation(0, null, 1, 1, 2),
                new Allocation(1, null, 2, 2, 1), new Allocation(1, null, 2, 1, 1));
        assertThat(plan.shipmentCount()).isEqualTo(2);
    }
}
