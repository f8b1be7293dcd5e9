package io.logistik.core.query;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.query.Schema.OrderLines;
import io.logistik.core.query.Schema.Orders;
import io.logistik.core.query.Schema.Stock;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The clauses of the query model's javadoc that the fluent API enforces without the parser. */
class QueryModelTest {

    private static InvalidQueryException refused(ThrowingCallable call) {
        InvalidQueryException[] caught = new InvalidQueryException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidQueryException.class, e -> caught[0] = e);
        return caught[0];
    }

    @Test
    void sortKey_throughToManyOrWithForeignField_refused() {
        assertThat(refused(() -> Orders.ORDER_LINES.asc(OrderLines.QUANTITY)).why()).isEqualTo("cannot sort by a to-many relationship");
        assertThat(refused(() -> OrderLines.ORDER.desc(OrderLines.QUANTITY)).where()).isEqualTo("order_line.quantity");
        assertThat(OrderLines.ORDER.desc(Orders.CUSTOMER_NAME).entity()).isEqualTo(EntityType.ORDER_LINE);
    }

    @Test
    void query_sortKeyOfAnotherEntity_refusedAtSort() {
        InvalidQueryException e = refused(() -> Query.of(EntityType.ORDER).orderBy(OrderLines.QUANTITY.asc()));

        assertThat(e.where()).isEqualTo("sort");
        assertThat(e.why()).isEqualTo("sort key quantity does not belong to order");
    }

    @Test
    void query_fieldOutOfScopeAnywhereInTheTree_refusedNamingIt() {
        InvalidQueryException top = refused(() -> Query.of(EntityType.ORDER, OrderLines.QUANTITY.gt(1)));
        InvalidQueryException nested = refused(() -> Query.of(EntityType.ORDER,
                Filter.not(Orders.ORDER_LINES.any(Filter.or(OrderLines.QUANTITY.gt(1), Orders.ID.eq(1))))));

        assertThat(top.where()).isEqualTo("order_line.quantity");
        assertThat(nested.where()).isEqualTo("order.id");
        assertThat(nested.why()).isEqualTo("no such field \"id\" on order_line");
    }

    @Test
    void relationship_hasOnToManyAndAnyOnToOne_refused() {
        assertThat(refused(() -> Orders.ORDER_LINES.has(OrderLines.QUANTITY.gt(1))).why()).contains("use any");
        assertThat(refused(() -> OrderLines.ORDER.any(Orders.ID.eq(1))).why()).contains("use has");
    }

    @Test
    void filterNodes_valuesThatDoNotFit_refusedWithTheField() {
        assertThat(refused(() -> Orders.CUSTOMER_NAME.eq(null)).why())
                .isEqualTo("To compare a value to NULL, use the unary is_null/is_not_null operators.");
        assertThat(refused(() -> Orders.ID.eq("seven")).where()).isEqualTo("order.id");
        assertThat(refused(() -> Orders.ID.eq(Double.NaN)).why()).startsWith("not a finite number");
        assertThat(refused(() -> Orders.STATE.eq("lost")).why()).startsWith("wrong type");
        assertThat(refused(() -> OrderLines.QUANTITY.like("1%")).why()).isEqualTo("like needs a text field, quantity is INTEGER");
        assertThat(refused(() -> Orders.CUSTOMER_NAME.compare(ComparisonOp.EQ, Orders.ID)).why())
                .isEqualTo("cannot compare TEXT field customer_name with ID field id");
        assertThat(refused(() -> Orders.ID.compare(ComparisonOp.EQ, OrderLines.ORDER_ID)).why())
                .startsWith("can only compare fields of the same entity");
        assertThat(OrderLines.QUANTITY.compare(ComparisonOp.LT, OrderLines.SKU_ID)).isInstanceOf(Filter.CompareFields.class);
    }

    @Test
    void effectiveSort_appendsEachKeyFieldNotAlreadySorted() {
        assertThat(Query.of(EntityType.ORDER).effectiveSort()).containsExactly(Orders.ID.asc());
        assertThat(Query.of(EntityType.ORDER).orderBy(Orders.ID.desc()).effectiveSort()).containsExactly(Orders.ID.desc());
        assertThat(Query.of(EntityType.STOCK).orderBy(Stock.SKU_ID.desc()).effectiveSort())
                .containsExactly(Stock.SKU_ID.desc(), Stock.STORAGE_ID.asc());
        assertThat(Query.of(EntityType.ORDER_LINE).orderBy(List.of(OrderLines.ORDER.asc(Orders.ID))).effectiveSort())
                .containsExactly(OrderLines.ORDER.asc(Orders.ID), OrderLines.ID.asc());
    }
}
