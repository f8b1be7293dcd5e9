package io.logistik.core.kit;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.MultipleResultsException;
import io.logistik.core.NotFoundException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.FlaskRestless;
import io.logistik.core.query.Page;
import io.logistik.core.query.Paging;
import io.logistik.core.query.Query;
import io.logistik.core.query.Schema.OrderLines;
import io.logistik.core.query.Schema.Orders;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kit group: Query parameters and single results. Whole Flask-Restless parameter maps
 * ({@code filter[objects]}, {@code sort}, {@code page[number]}, {@code page[size]},
 * {@code filter[single]}, simple {@code filter[field]}) run against the store.
 */
public abstract class QueryParametersContract extends KitContext {

    protected QueryParametersContract(LogistikConformanceKit kit) {
        super(kit);
    }

    private FlaskRestless.Request orders(Map<String, String> parameters) {
        return FlaskRestless.parseParameters(EntityType.ORDER, parameters);
    }

    private Page<Order> orderPage(Map<String, String> parameters) {
        return store().orders().findPage(orders(parameters).query());
    }

    private static List<String> names(Page<Order> page) {
        return page.items().stream().map(Order::customerName).toList();
    }

    private void customers(String... names) {
        for (String n : names) {
            store().orders().create(Order.of(n, List.of()));
        }
    }

    @Test
    @DisplayName("Without parameters a query returns the first page of 10 rows by key, with the total and the links")
    void parseParameters_none_firstPageOfTenByKey() {
        for (int i = 0; i < 25; i++) {
            customers("Customer " + (char) ('A' + i));
        }

        Page<Order> page = orderPage(Map.of());

        assertThat(page.items()).hasSize(10);
        assertThat(page.items()).isSortedAccordingTo(Comparator.comparing(Order::id));
        assertThat(page.total()).isEqualTo(25);
        assertThat(page.first()).isEqualTo(1);
        assertThat(page.last()).isEqualTo(3);
        assertThat(page.prev()).isNull();
        assertThat(page.next()).isEqualTo(2);
    }

    @Test
    @DisplayName("Pages follow Flask-Restless's arithmetic: a short last page, an empty page past the end, size 0 for every row")
    void parseParameters_pages_followUpstreamArithmetic() {
        for (int i = 0; i < 25; i++) {
            customers("Customer " + (char) ('A' + i));
        }

        Page<Order> last = orderPage(Map.of("page[number]", "3", "page[size]", "10", "sort", "customer_name"));
        assertThat(names(last)).containsExactly("Customer U", "Customer V", "Customer W", "Customer X", "Customer Y");
        assertThat(last.prev()).isEqualTo(2);
        assertThat(last.next()).isNull();

        Page<Order> past = orderPage(Map.of("page[number]", "4", "page[size]", "10"));
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(25);
        assertThat(past.next()).isNull();
        assertThat(past.prev()).isEqualTo(3);

        Page<Order> all = orderPage(Map.of("page[size]", "0"));
        assertThat(all.items()).hasSize(25);
        assertThat(all.last()).isEqualTo(1);
        assertThat(all.next()).isNull();
    }

    @Test
    @DisplayName("An empty result is one page with no rows, last 1 and no next")
    void parseParameters_noRows_onePageWithoutNext() {
        Page<Order> page = orderPage(Map.of("filter[customer_name]", "Nobody"));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.last()).isEqualTo(1);
        assertThat(page.next()).isNull();
    }

    @Test
    @DisplayName("Ties in the sort are broken by the key ascending, so consecutive pages never overlap")
    void parseParameters_sortWithTies_pagesNeverOverlap() {
        customers("Bert", "Anna", "Bert", "Anna", "Carl", "Bert", "Anna");
        Map<String, String> params = new HashMap<>(Map.of("sort", "-customer_name", "page[size]", "2"));
        List<Order> seen = new ArrayList<>();
        for (int number = 1; number <= 4; number++) {
            params.put("page[number]", String.valueOf(number));
            seen.addAll(orderPage(params).items());
        }

        assertThat(seen.stream().map(Order::customerName).toList())
                .containsExactly("Carl", "Bert", "Bert", "Bert", "Anna", "Anna", "Anna");
        assertThat(seen.stream().map(Order::id).distinct()).hasSize(7);
        for (String name : List.of("Anna", "Bert")) {
            assertThat(seen.stream().filter(o -> o.customerName().equals(name)).map(Order::id).toList())
                    .as("ties among %s", name).isSorted();
        }
    }

    @Test
    @DisplayName("Sorting by a to-one related field orders the rows by the related row's field")
    void parseParameters_sortByRelatedField_ordersByIt() {
        Sku sku = store().skus().create(Sku.of("Apple"));
        store().orders().create(Order.of("Zed", List.of(OrderLine.of(sku.id(), 1))));
        store().orders().create(Order.of("Amy", List.of(OrderLine.of(sku.id(), 2))));
        store().orders().create(Order.of("Max", List.of(OrderLine.of(sku.id(), 3))));

        FlaskRestless.Request request = FlaskRestless.parseParameters(EntityType.ORDER_LINE,
                Map.of("sort", "-order.customer_name", "page[size]", "0"));

        assertThat(store().orderLines().find(request.query()).stream().map(OrderLine::quantity).toList()).containsExactly(1L, 3L, 2L);
    }

    @Test
    @DisplayName("filter[objects], simple filters and sort combine into one query with the fluent API's rows")
    void parseParameters_allParameters_matchFluentQuery() {
        customers("Anna", "Bert", "Carl", "Dora", "Anna");
        Map<String, String> params = Map.of(
                "filter[objects]", "[{\"name\":\"customer_name\",\"op\":\"<\",\"val\":\"D\"}]",
                "filter[customer_name]", "Anna,Carl,Dora",
                "sort", "-customer_name");

        List<Order> viaParameters = store().orders().find(orders(params).query());
        List<Order> viaFluent = store().orders().find(Query.of(EntityType.ORDER)
                .where(io.logistik.core.query.Filter.and(Orders.CUSTOMER_NAME.lt("D"), Orders.CUSTOMER_NAME.in("Anna", "Carl", "Dora")))
                .orderBy(Orders.CUSTOMER_NAME.desc()));

        assertThat(viaParameters).isEqualTo(viaFluent);
        assertThat(viaParameters.stream().map(Order::customerName)).containsExactly("Carl", "Anna", "Anna");
    }

    @Test
    @DisplayName("A simple filter on a to-one relationship matches the related row's id")
    void parseParameters_simpleFilterOnRelationship_matchesRelatedId() {
        Sku sku = store().skus().create(Sku.of("Apple"));
        Order wanted = store().orders().create(Order.of("Wanted", List.of(OrderLine.of(sku.id(), 1))));
        store().orders().create(Order.of("Other", List.of(OrderLine.of(sku.id(), 2))));

        FlaskRestless.Request request = FlaskRestless.parseParameters(EntityType.ORDER_LINE,
                Map.of("filter[order]", String.valueOf(wanted.id())));

        assertThat(store().orderLines().find(request.query())).extracting(OrderLine::orderId).containsExactly(wanted.id());
        assertThat(store().orderLines().find(Query.of(EntityType.ORDER_LINE, OrderLines.ORDER_ID.eq(wanted.id()))))
                .isEqualTo(store().orderLines().find(request.query().unpaged()));
    }

    @Test
    @DisplayName("filter[single]=1 returns the one matching row")
    void single_oneMatch_returnsIt() {
        customers("Anna", "Bert");

        FlaskRestless.Request request = orders(Map.of("filter[single]", "1", "filter[customer_name]", "Bert"));

        assertThat(request.single()).isTrue();
        assertThat(store().orders().single(request.query()).customerName()).isEqualTo("Bert");
    }

    @Test
    @DisplayName("filter[single]=1 with no match is not found, with several matches a distinct error, and the store is unchanged")
    void single_noneOrSeveral_typedErrors() {
        customers("Anna", "Anna");
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThatThrownBy(() -> store().orders().single(
                orders(Map.of("filter[single]", "1", "filter[customer_name]", "Bert")).query()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No result found");
        assertThatThrownBy(() -> store().orders().single(
                orders(Map.of("filter[single]", "1", "filter[objects]", "[{\"name\":\"customer_name\",\"op\":\"==\",\"val\":\"Anna\"}]")).query()))
                .isInstanceOf(MultipleResultsException.class).hasMessageContaining("Multiple results found");
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("filter[single]=0 is an ordinary paged query")
    void single_zero_ordinaryQuery() {
        customers("Anna", "Anna");

        FlaskRestless.Request request = orders(Map.of("filter[single]", "0"));

        assertThat(request.single()).isFalse();
        assertThat(store().orders().findPage(request.query()).items()).hasSize(2);
    }

    @Test
    @DisplayName("Bad page, single and sort parameters are refused, naming the parameter")
    void parseParameters_badValues_refusedNamingParameter() {
        customers("Anna");
        StoreSnapshot before = StoreSnapshot.of(store());
        Map<String, String> where = Map.of(
                "page[size]", "101", "page[number]", "0", "filter[single]", "maybe", "sort", "order_lines.quantity");

        where.forEach((name, value) -> assertThatThrownBy(() -> orderPage(Map.of(name, value)))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.where()).isEqualTo(name)));
        assertThatThrownBy(() -> orderPage(Map.of("page[size]", "-1")))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                        e -> assertThat(e.why()).isEqualTo("Page size must be a positive integer"));
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("A configured page size and maximum apply to parameter maps")
    void parseParameters_configuredPaging_applies() {
        for (int i = 0; i < 7; i++) {
            customers("Customer " + i);
        }
        Paging paging = new Paging(3, 5);

        Page<Order> page = store().orders().findPage(FlaskRestless.parseParameters(EntityType.ORDER, Map.of(), paging).query());

        assertThat(page.items()).hasSize(3);
        assertThat(page.last()).isEqualTo(3);
        assertThatThrownBy(() -> FlaskRestless.parseParameters(EntityType.ORDER, Map.of("page[size]", "6"), paging))
                .isInstanceOf(InvalidQueryException.class);
        assertThat(store().storages().findPage(FlaskRestless.parseParameters(EntityType.STORAGE,
                Map.of("filter[name]", "x"), paging).query()).items()).extracting(Storage::name).isEmpty();
    }
}
