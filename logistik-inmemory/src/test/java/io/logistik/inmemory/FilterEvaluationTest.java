package io.logistik.inmemory;

import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockCount;
import io.logistik.core.model.Storage;
import io.logistik.core.query.ComparisonOp;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Filter;
import io.logistik.core.query.Query;
import io.logistik.core.query.Schema.OrderLines;
import io.logistik.core.query.Schema.Orders;
import io.logistik.core.query.Schema.Skus;
import io.logistik.core.query.Schema.Stock;
import io.logistik.core.query.Schema.Storages;
import io.logistik.core.query.TimeKeyword;
import io.logistik.core.spi.LogistikStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory filter evaluation against SQL's answers, on a fixed data set: three storages
 * (one updated, so two have a NULL {@code updated_at}), SKUs with awkward names, stock and orders.
 */
class FilterEvaluationTest {

    private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");

    private LogistikStore store;
    private Storage berlin;
    private Storage hamburg;
    private Storage muenchen;
    private Sku apple;
    private Sku jose;
    private Sku percent;
    private Order ada;
    private Order empty;

    @BeforeEach
    void fill() {
        store = InMemoryLogistik.builder().clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
        berlin = store.storages().create(Storage.of("Berlin"));
        hamburg = store.storages().create(new Storage(null, "Hamburg", T0.minus(Duration.ofDays(3)), null));
        muenchen = store.storages().create(Storage.of("M\u00fcnchen"));
        berlin = store.storages().update(berlin.withName("Berlin"));
        apple = store.skus().create(Sku.of("Apple"));
        jose = store.skus().create(Sku.of("Jos\u00e9 \u00c1lvarez"));
        percent = store.skus().create(Sku.of("100% a_b\\c"));
        store.stock().importCounts(List.of(new StockCount(berlin.id(), apple.id(), 10),
                new StockCount(hamburg.id(), apple.id(), 0), new StockCount(hamburg.id(), jose.id(), 3)));
        ada = store.orders().create(Order.of("Ada", List.of(OrderLine.of(apple.id(), 2), OrderLine.of(jose.id(), 5))));
        empty = store.orders().create(Order.of("\u00fcber", List.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> storageNames(Filter f) {
        return store.storages().find(Query.of(EntityType.STORAGE, f)).stream().map(Storage::name).toList();
    }

    private List<String> skuNames(Filter f) {
        return store.skus().find(Query.of(EntityType.SKU, f)).stream().map(Sku::productName).toList();
    }

    @Test
    void compare_nullField_neitherComparisonNorItsNegationSelects() {
        Filter updatedLately = Storages.UPDATED_AT.ge(T0.minusSeconds(1));

        assertThat(storageNames(updatedLately)).containsExactly("Berlin");
        assertThat(storageNames(Filter.not(updatedLately))).isEmpty();
        assertThat(storageNames(Storages.UPDATED_AT.ne(T0))).isEmpty();
    }

    @Test
    void orAndAnd_withUnknown_followSqlTruthTables() {
        Filter unknownForNulls = Storages.UPDATED_AT.eq(T0);
        Filter hamburgOnly = Storages.NAME.eq("Hamburg");

        assertThat(storageNames(Filter.or(unknownForNulls, hamburgOnly))).containsExactly("Berlin", "Hamburg");
        assertThat(storageNames(Filter.not(Filter.or(unknownForNulls, hamburgOnly)))).isEmpty();
        assertThat(storageNames(Filter.not(Filter.and(unknownForNulls, hamburgOnly)))).containsExactly("Berlin", "M\u00fcnchen");
    }

    @Test
    void isNull_neverUnknown() {
        assertThat(storageNames(Storages.UPDATED_AT.isNull())).containsExactly("Hamburg", "M\u00fcnchen");
        assertThat(storageNames(Filter.not(Storages.UPDATED_AT.isNull()))).containsExactly("Berlin");
        assertThat(storageNames(Storages.UPDATED_AT.isNotNull())).containsExactly("Berlin");
    }

    @Test
    void in_emptyListsAndNullMembers_followSql() {
        assertThat(storageNames(Storages.NAME.in(List.of()))).isEmpty();
        assertThat(storageNames(Storages.UPDATED_AT.notIn(List.of()))).hasSize(3);
        assertThat(storageNames(Storages.NAME.in(Arrays.asList("Berlin", null)))).containsExactly("Berlin");
        assertThat(storageNames(Storages.NAME.notIn(Arrays.asList("Berlin", null)))).isEmpty();
        assertThat(storageNames(Storages.NAME.notIn("Berlin"))).containsExactly("Hamburg", "M\u00fcnchen");
        assertThat(storageNames(Storages.UPDATED_AT.notIn(T0.minusSeconds(5)))).containsExactly("Berlin");
        assertThat(storageNames(Filter.not(Storages.NAME.in(Arrays.asList("Berlin", null))))).isEmpty();
    }

    @Test
    void like_wildcardsEscapesAndCase() {
        assertThat(skuNames(Skus.PRODUCT_NAME.like("A%"))).containsExactly("Apple");
        assertThat(skuNames(Skus.PRODUCT_NAME.like("a%"))).isEmpty();
        assertThat(skuNames(Skus.PRODUCT_NAME.like("_pple"))).containsExactly("Apple");
        assertThat(skuNames(Skus.PRODUCT_NAME.like("100\\% a\\_b\\\\c"))).containsExactly("100% a_b\\c");
        assertThat(skuNames(Skus.PRODUCT_NAME.like("1_0\\%%"))).containsExactly("100% a_b\\c");
        assertThat(skuNames(Skus.PRODUCT_NAME.like("%\\_%"))).containsExactly("100% a_b\\c");
        assertThat(skuNames(Skus.PRODUCT_NAME.notLike("%p%"))).containsExactly("Jos\u00e9 \u00c1lvarez", "100% a_b\\c");
        assertThat(skuNames(Skus.PRODUCT_NAME.like("%"))).hasSize(3);
    }

    @Test
    void ilike_foldsCaseNotAccents_unaccentIlikeFoldsBoth() {
        assertThat(skuNames(Skus.PRODUCT_NAME.ilike("aPPLE"))).containsExactly("Apple");
        assertThat(skuNames(Skus.PRODUCT_NAME.ilike("%jose%"))).isEmpty();
        assertThat(skuNames(Skus.PRODUCT_NAME.ilike("%JOS\u00c9%"))).containsExactly("Jos\u00e9 \u00c1lvarez");
        assertThat(skuNames(Skus.PRODUCT_NAME.unaccentIlike("%jose alvarez"))).containsExactly("Jos\u00e9 \u00c1lvarez");
        assertThat(storageNames(Storages.NAME.ilike("M\u00dcNCHEN"))).containsExactly("M\u00fcnchen");
    }

    @Test
    void like_onState_matchesTheCode() {
        List<Order> open = store.orders().find(Query.of(EntityType.ORDER, Orders.STATE.like("op%")));

        assertThat(open).containsExactly(ada, empty);
        assertThat(store.orders().count(Query.of(EntityType.ORDER, Orders.STATE.like("OP%")))).isZero();
    }

    @Test
    void compare_decimalAgainstIntegerField_numeric() {
        Query q = Query.of(EntityType.ORDER_LINE, OrderLines.QUANTITY.gt(new BigDecimal("2.5")));

        assertThat(store.orderLines().find(q)).extracting(OrderLine::quantity).containsExactly(5L);
        assertThat(store.orderLines().count(Query.of(EntityType.ORDER_LINE, OrderLines.QUANTITY.eq(new BigDecimal("2.0"))))).isEqualTo(1);
        assertThat(store.orderLines().count(Query.of(EntityType.ORDER_LINE, OrderLines.QUANTITY.eq(new BigDecimal("2.5"))))).isZero();
    }

    @Test
    void timeKeywords_resolvedFromTheStoreClock() {
        assertThat(storageNames(Storages.CREATED_AT.lt(TimeKeyword.CURRENT_DATE))).containsExactly("Hamburg");
        assertThat(storageNames(Storages.CREATED_AT.eq(TimeKeyword.CURRENT_TIMESTAMP))).containsExactly("Berlin", "M\u00fcnchen");
        assertThat(storageNames(Storages.UPDATED_AT.le(TimeKeyword.LOCALTIMESTAMP))).containsExactly("Berlin");
    }

    @Test
    void compareFields_nullOnEitherSideIsUnknown() {
        Filter updatedAfterCreated = Storages.UPDATED_AT.compare(ComparisonOp.GE, Storages.CREATED_AT);

        assertThat(storageNames(updatedAfterCreated)).containsExactly("Berlin");
        assertThat(storageNames(Filter.not(updatedAfterCreated))).isEmpty();
        assertThat(store.stock().count(Query.of(EntityType.STOCK, Stock.AVAILABLE.compare(ComparisonOp.EQ, Stock.ON_HAND)))).isEqualTo(3);
    }

    @Test
    void anyAndHas_existsSemanticsNeverUnknown() {
        Filter holdsApple = Storages.SKUS.any(Skus.PRODUCT_NAME.eq("Apple"));
        Filter anyStockUpdatedNull = Orders.ORDER_LINES.any(OrderLines.SKU.has(Skus.UPDATED_AT.eq(T0)));

        assertThat(storageNames(holdsApple)).containsExactly("Berlin", "Hamburg");
        assertThat(storageNames(Filter.not(holdsApple))).containsExactly("M\u00fcnchen");
        assertThat(store.orders().find(Query.of(EntityType.ORDER, anyStockUpdatedNull))).isEmpty();
        assertThat(store.orders().find(Query.of(EntityType.ORDER, Filter.not(anyStockUpdatedNull)))).containsExactly(ada, empty);
    }

    @Test
    void nestedRelationships_resolveOnEachTarget() {
        Filter orderedSomewhereHeld = Orders.ORDER_LINES.any(OrderLines.SKU.has(
                Skus.STOCK.any(Filter.and(Stock.ON_HAND.gt(0L), Stock.STORAGE.has(Storages.NAME.eq("Hamburg"))))));

        assertThat(store.orders().find(Query.of(EntityType.ORDER, orderedSomewhereHeld))).containsExactly(ada);
        assertThat(store.skus().find(Query.of(EntityType.SKU, Skus.ORDER_LINES.any(OrderLines.ORDER.has(Orders.CUSTOMER_NAME.eq("Ada"))))))
                .containsExactly(apple, jose);
    }

    @Test
    void relationshipNull_noneOrSomeRelatedRows() {
        assertThat(store.orders().find(Query.of(EntityType.ORDER, Orders.ORDER_LINES.isEmpty()))).containsExactly(empty);
        assertThat(store.orders().find(Query.of(EntityType.ORDER, Orders.ORDER_LINES.isNotEmpty()))).containsExactly(ada);
        assertThat(skuNames(Skus.STORAGES.isEmpty())).containsExactly("100% a_b\\c");
        assertThat(storageNames(Storages.STOCK.isNotEmpty())).containsExactly("Berlin", "Hamburg");
    }

    @Test
    void emptyOr_matchesEveryRowAsUpstream() {
        assertThat(storageNames(Filter.or(List.of()))).hasSize(3);
        assertThat(storageNames(Filter.not(Filter.and(List.of())))).isEmpty();
    }

    @Test
    void sort_codePointsBeyondTheBmp_orderedByCodePointNotUtf16() {
        store.skus().create(Sku.of("\uff21"));
        store.skus().create(Sku.of("\ud83d\ude00"));

        List<String> names = store.skus().find(Query.of(EntityType.SKU).orderBy(Skus.PRODUCT_NAME.desc()))
                .stream().map(Sku::productName).toList();

        assertThat(names).startsWith("\ud83d\ude00", "\uff21");
    }

    @Test
    void related_deeplyNestedHasAndAny_evaluatesEachRelatedRowOncePerLevel() {
        // order -> order_lines -> order -> ... revisits the same rows: 8 lines and 60 round trips are 8^60
        // walks unless each level remembers its answer per row. The innermost test is false for every
        // line, so nothing can stop the walk early.
        List<OrderLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(OrderLine.of(store.skus().create(Sku.of("Part " + i)).id(), 1 + i));
        }
        Order wide = store.orders().create(Order.of("Wide", lines));
        Filter onLine = OrderLines.QUANTITY.gt(100L);
        for (int i = 0; i < 60; i++) {
            onLine = OrderLines.ORDER.has(Orders.ORDER_LINES.any(onLine));
        }
        Query deep = Query.of(EntityType.ORDER, Orders.ORDER_LINES.any(onLine));
        Query deepNegated = Query.of(EntityType.ORDER, Filter.not(Orders.ORDER_LINES.any(onLine)));

        // A guard against a walk that never ends, not a speed target: remembered answers take milliseconds.
        List<List<Order>> found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> List.of(store.orders().find(deep), store.orders().find(deepNegated)),
                "8^60 walks: the nested levels did not remember their answers");

        assertThat(found.get(0)).isEmpty();
        assertThat(found.get(1)).containsExactly(ada, empty, wide);
    }
}
