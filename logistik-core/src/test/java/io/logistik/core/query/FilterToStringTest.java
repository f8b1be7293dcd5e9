package io.logistik.core.query;

import io.logistik.core.query.Schema.OrderLines;
import io.logistik.core.query.Schema.Orders;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class FilterToStringTest {

    @Test
    void toString_leaves_readLikeSql() {
        assertThat(Orders.CUSTOMER_NAME.notIlike("O'Brien%")).hasToString("customer_name not ilike 'O''Brien%'");
        assertThat(Orders.ID.notIn(Arrays.asList(1L, null))).hasToString("id not in (1, null)");
        assertThat(Orders.ID.in()).hasToString("id in ()");
        assertThat(OrderLines.QUANTITY.ge(new BigDecimal("2.50"))).hasToString("quantity >= 2.5");
        assertThat(Orders.CREATED_AT.lt(Instant.parse("2024-01-20T08:30:00Z"))).hasToString("created_at < 2024-01-20T08:30:00Z");
        assertThat(Orders.CREATED_AT.lt(TimeKeyword.CURRENT_DATE)).hasToString("created_at < CURRENT_DATE");
        assertThat(Orders.STATE.eq("open")).hasToString("state == 'open'");
        assertThat(OrderLines.QUANTITY.compare(ComparisonOp.GT, OrderLines.SKU_ID)).hasToString("quantity > sku_id");
        assertThat(Orders.ORDER_LINES.isEmpty()).hasToString("order_lines is null");
        assertThat(Filter.all()).hasToString("true");
    }

    @Test
    void toString_not_alwaysParenthesisesWhatItNegates() {
        // Without the parentheses "not updated_at is null" reads as "(not updated_at) is null".
        assertThat(Filter.not(Orders.UPDATED_AT.isNull())).hasToString("not (updated_at is null)");
        assertThat(Filter.not(Filter.and(Orders.ID.eq(1), Orders.ID.eq(2)))).hasToString("not (id == 1 and id == 2)");
        assertThat(Filter.not(Filter.not(Orders.ID.eq(1)))).hasToString("not (not (id == 1))");
    }

    @Test
    void toString_nestedConnectivesAndRelationships_groupedUnambiguously() {
        Filter f = Filter.and(
                Filter.or(Orders.ID.eq(1), Orders.UPDATED_AT.isNotNull()),
                Orders.ORDER_LINES.any(Filter.and(OrderLines.QUANTITY.gt(2), OrderLines.SKU.has(Schema.Skus.PRODUCT_NAME.like("A%")))));

        assertThat(f).hasToString("(id == 1 or updated_at is not null) and order_lines any (quantity > 2 and sku has (product_name like 'A%'))");
    }
}
