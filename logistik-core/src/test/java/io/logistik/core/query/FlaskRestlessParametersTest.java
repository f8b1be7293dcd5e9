package io.logistik.core.query;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.query.Schema.OrderLines;
import io.logistik.core.query.Schema.Orders;
import io.logistik.core.query.Schema.Stock;
import io.logistik.core.query.Schema.Storages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlaskRestlessParametersTest {

    @Test
    void parseSort_fieldsAndToOnePaths_giveKeysInOrder() {
        assertThat(FlaskRestless.parseSort(EntityType.ORDER_LINE, "-quantity,order.customer_name,-sku.created_at"))
                .containsExactly(OrderLines.QUANTITY.desc(), OrderLines.ORDER.asc(Orders.CUSTOMER_NAME),
                        OrderLines.SKU.desc(Schema.Skus.CREATED_AT));
        assertThat(FlaskRestless.parseSort(EntityType.ORDER, "")).isEmpty();
        assertThat(FlaskRestless.parseSort(EntityType.ORDER, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "order_lines.quantity", "order.customer_name.x", "id,", "-", " id", "+id", "sku.nope", "nope.id"})
    void parseSort_badKeys_areRefusedAtSort(String sort) {
        EntityType entity = sort.startsWith("sku") ? EntityType.ORDER_LINE : EntityType.ORDER;
        assertThatThrownBy(() -> FlaskRestless.parseSort(entity, sort))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
                    assertThat(e.where()).isEqualTo("sort");
                    assertThat(e.why()).startsWith("Unable to construct query: ");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "id,,name | empty sort key at position 2 of \"id,,name\"",
        "id,      | empty sort key at position 2 of \"id,\"",
        "-        | empty sort key at position 1 of \"-\"",
        "-id,-    | empty sort key at position 2 of \"-id,-\""})
    void parseSort_emptyKey_saysWhichPosition(String sort, String why) {
        assertThatThrownBy(() -> FlaskRestless.parseSort(EntityType.ORDER, sort))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                        e -> assertThat(e.why()).isEqualTo("Unable to construct query: " + why));
    }

    @Test
    void parseSort_toManyPath_saysWhy() {
        assertThatThrownBy(() -> FlaskRestless.parseSort(EntityType.ORDER, "order_lines.quantity"))
                .hasMessageContaining("order_lines is a to-many relationship");
    }

    @Test
    void parseParameters_noParameters_givesFirstPageOfDefaultSize() {
        FlaskRestless.Request r = FlaskRestless.parseParameters(EntityType.ORDER, Map.of());
        assertThat(r.single()).isFalse();
        assertThat(r.query()).isEqualTo(new Query(EntityType.ORDER, Filter.all(), List.of(), PageRequest.of(1, 10)));
    }

    @Test
    void parseParameters_everyParameter_givesOneQuery() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("filter[objects]", new String[] {"[{\"name\":\"on_hand\",\"op\":\">\",\"val\":0}]", "ignored"});
        params.put("filter[storage]", List.of("3,4"));
        params.put("filter[reserved]", "0");
        params.put("sort", "-available,storage.name");
        params.put("page[number]", "2");
        params.put("page[size]", "0");
        params.put("include", "anything");
        FlaskRestless.Request r = FlaskRestless.parseParameters(EntityType.STOCK, params);
        assertThat(r.query()).isEqualTo(new Query(EntityType.STOCK,
                Filter.and(Stock.ON_HAND.gt(0L), Stock.STORAGE.has(Storages.ID.in(3L, 4L)), Stock.RESERVED.in(0L)),
                List.of(Stock.AVAILABLE.desc(), Stock.STORAGE.asc(Storages.NAME)), PageRequest.of(2, 0)));
    }

    @Test
    void parseParameters_single_dropsThePage() {
        FlaskRestless.Request r = FlaskRestless.parseParameters(EntityType.ORDER, Map.of("filter[single]", "1", "filter[id]", "5"));
        assertThat(r.single()).isTrue();
        assertThat(r.query().page()).isNull();
        assertThat(r.query().filter()).isEqualTo(Orders.ID.in(5L));
        assertThat(FlaskRestless.parseParameters(EntityType.ORDER, Map.of("filter[single]", "0")).single()).isFalse();
    }

    @Test
    void parseParameters_configuredPaging_appliesItsDefaultAndMaximum() {
        Paging paging = new Paging(25, 50);
        assertThat(FlaskRestless.parseParameters(EntityType.ORDER, Map.of(), paging).query().page()).isEqualTo(PageRequest.of(1, 25));
        assertThat(FlaskRestless.parseParameters(EntityType.ORDER, Map.of("page[size]", "50"), paging).query().page())
                .isEqualTo(PageRequest.of(1, 50));
        assertThatThrownBy(() -> FlaskRestless.parseParameters(EntityType.ORDER, Map.of("page[size]", "51"), paging))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                        e -> assertThat(e.why()).isEqualTo("Page size must not exceed the server's maximum: 50"));
    }

    @Test
    void parseParameters_errors_nameTheParameter() {
        record Case(Map<String, String> params, String where, String why) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("page[size]", "-1"), "page[size]", "Page size must be a positive integer"),
                new Case(Map.of("page[size]", "ten"), "page[size]", "Page size must be a positive integer"),
                new Case(Map.of("page[size]", "101"), "page[size]", "Page size must not exceed the server's maximum: 100"),
                new Case(Map.of("page[number]", "0"), "page[number]", "Page number must be a positive integer"),
                new Case(Map.of("page[number]", "-2"), "page[number]", "Page number must be a positive integer"),
                new Case(Map.of("page[number]", "1.5"), "page[number]", "Page number must be a positive integer"),
                new Case(Map.of("filter[single]", "yes"), "filter[single]", "Invalid format for filter[single] query parameter"),
                new Case(Map.of("filter[objects]", "bogus"), "character 5",
                        "Unable to decode filter objects as JSON list: Unrecognized token 'bogus': was expecting "
                                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
                new Case(Map.of("filter[nope]", "1"), "filter[nope]", "invalid filter object: no such field \"nope\""),
                new Case(Map.of("filter[id]", "1,x"), "filter[id]", "Unable to construct query: wrong type: id takes a number, not \"x\""),
                new Case(Map.of("filter[order_lines]", "1"), "filter[order_lines]",
                        "Unable to construct query: simple filters take fields and to-one relationships, and order_lines is a to-many relationship"),
                new Case(Map.of("sort", "nope"), "sort", "Unable to construct query: no such field \"nope\" on order"),
                new Case(Map.of("group", "customer_name"), "group", "Unable to construct query: the group parameter is not supported by logistik"),
                new Case(Map.of("ignorecase", "1"), "ignorecase",
                        "Unable to construct query: the ignorecase parameter is not supported by logistik"));
        for (Case c : cases) {
            assertThatThrownBy(() -> FlaskRestless.parseParameters(EntityType.ORDER, c.params()))
                    .as(c.params().toString())
                    .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
                        assertThat(e.where()).isEqualTo(c.where());
                        assertThat(e.why()).isEqualTo(c.why());
                    });
        }
    }
}
