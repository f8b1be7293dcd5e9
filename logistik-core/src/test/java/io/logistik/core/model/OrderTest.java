package io.logistik.core.model;

import io.logistik.core.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {

    @Test
    void constructor_duplicateSkuAndBlankCustomer_reportsEveryField() {
        List<OrderLine> lines = List.of(OrderLine.of(5, 1), OrderLine.of(6, 1), OrderLine.of(5, 2));

        assertThatThrownBy(() -> new Order(null, " ", null, null, null, lines))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.fields()).containsExactly("customer_name", "state", "order_lines[2].sku_id");
                    assertThat(e.violations().get(2).reason()).contains("order_lines[0]");
                });
    }

    @Test
    void constructor_nullLineAndNullList_reported() {
        assertThatThrownBy(() -> Order.of("Ada", Arrays.asList(OrderLine.of(1, 1), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("order_lines[1]"));
        assertThatThrownBy(() -> Order.of("Ada", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("order_lines"));
    }

    @Test
    void constructor_lineOfAnotherOrder_reportsOrderId() {
        assertThatThrownBy(() -> new Order(1L, "Ada", OrderState.OPEN, null, null, List.of(new OrderLine(9L, 2L, 3, 1))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("order_lines[0].order_id"));
    }

    @Test
    void constructor_copiesLines_laterChangesToTheListDoNotLeakIn() {
        List<OrderLine> lines = new ArrayList<>(List.of(OrderLine.of(1, 1)));
        Order order = Order.of("Ada", lines);

        lines.add(OrderLine.of(2, 1));

        assertThat(order.lines()).hasSize(1);
    }

    @Test
    void lineForSku_presentAndAbsent() {
        Order order = Order.of("Ada", List.of(OrderLine.of(1, 4), OrderLine.of(2, 5)));

        assertThat(order.lineForSku(2)).isEqualTo(OrderLine.of(2, 5));
        assertThat(order.lineForSku(3)).isNull();
    }

    @Test
    void orderLine_zeroQuantityAndZeroSku_reportsBoth() {
        assertThatThrownBy(() -> OrderLine.of(0, 0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("sku_id", "quantity"));
    }

    @Test
    void orderState_codesRoundTrip() {
        for (OrderState s : OrderState.values()) {
            assertThat(OrderState.fromCode(s.code())).isSameAs(s);
        }
        assertThat(OrderState.RESERVED.code()).isEqualTo("reserved");
        assertThat(OrderState.fromCode("OPEN")).isNull();
    }
}
