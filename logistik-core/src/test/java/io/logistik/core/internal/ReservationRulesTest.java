package io.logistik.core.internal;

import io.logistik.core.ValidationException;
import io.logistik.core.model.Allocation;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.StockKey;
import io.logistik.core.spi.StockDifference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReservationRulesTest {

    private static final List<OrderLine> LINES = List.of(new OrderLine(10L, 1L, 100, 5), new OrderLine(11L, 1L, 101, 2));

    @Test
    void differences_reservedNotMatchingLiveAllocations_reportsEveryLevelByKey() {
        Map<StockKey, Long> reserved = Map.of(new StockKey(2, 100), 4L, new StockKey(1, 100), 3L,
                new StockKey(1, 101), 0L, new StockKey(3, 101), 2L);
        Map<StockKey, Long> allocated = Map.of(new StockKey(1, 100), 3L, new StockKey(2, 100), 3L,
                new StockKey(1, 101), 1L, new StockKey(4, 101), 6L);

        assertThat(ReservationRules.differences(reserved, allocated)).containsExactly(
                new StockDifference(new StockKey(1, 101), 0, 1),
                new StockDifference(new StockKey(2, 100), 4, 3),
                new StockDifference(new StockKey(3, 101), 2, 0),
                new StockDifference(new StockKey(4, 101), 0, 6));
    }

    @Test
    void differences_consistent_empty() {
        assertThat(ReservationRules.differences(Map.of(new StockKey(1, 100), 5L, new StockKey(1, 101), 0L),
                ReservationRules.demand(List.of(new Allocation(1, 10, 1, 100, 2), new Allocation(2, 20, 1, 100, 3))))).isEmpty();
    }

    @Test
    void demand_allocationsOnOneLevel_summedInKeyOrder() {
        Map<StockKey, Long> demand = ReservationRules.demand(List.of(new Allocation(1, 11, 2, 101, 2),
                new Allocation(1, 10, 2, 100, 1), new Allocation(2, 20, 2, 100, 4), new Allocation(1, 10, 1, 100, 3)));

        assertThat(demand).containsExactly(Map.entry(new StockKey(1, 100), 3L), Map.entry(new StockKey(2, 100), 5L),
                Map.entry(new StockKey(2, 101), 2L));
    }

    @Test
    void mismatch_exactCoverSplitOverStorages_null() {
        assertThat(ReservationRules.mismatch(1, LINES, List.of(new Allocation(1, 10, 1, 100, 2), new Allocation(1, 10, 2, 100, 3),
                new Allocation(1, 11, 2, 101, 2)))).isNull();
    }

    @Test
    void mismatch_shortOverOrForeign_saysWhichLine() {
        assertThat(ReservationRules.mismatch(1, LINES, List.of(new Allocation(1, 10, 1, 100, 5))))
                .isEqualTo("line 11 orders 2 of sku 101, the plan allocates 0");
        assertThat(ReservationRules.mismatch(1, LINES, List.of(new Allocation(1, 10, 1, 100, 6), new Allocation(1, 11, 1, 101, 2))))
                .isEqualTo("line 10 orders 5 of sku 100, the plan allocates 6");
        assertThat(ReservationRules.mismatch(1, LINES, List.of(new Allocation(1, 12, 1, 100, 5))))
                .isEqualTo("line 12 is not a line of order 1");
        assertThat(ReservationRules.mismatch(1, LINES, List.of(new Allocation(1, 10, 1, 101, 5))))
                .isEqualTo("line 10 orders sku 100, not 101");
    }

    @Test
    void allocation_invalidFields_everyOneReported() {
        assertThatThrownBy(() -> new Allocation(0, -1, 0, 0, 0)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fields()).containsExactly("order_id", "line_id", "storage_id", "sku_id", "quantity"));
    }
}
