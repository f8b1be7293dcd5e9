package io.logistik.core.kit;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.query.ComparisonOp;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Filter;
import io.logistik.core.query.FlaskRestless;
import io.logistik.core.query.Query;
import io.logistik.core.query.Schema.OrderLines;
import io.logistik.core.query.Schema.Orders;
import io.logistik.core.query.Schema.Skus;
import io.logistik.core.query.Schema.Stock;
import io.logistik.core.query.Schema.Storages;
import io.logistik.core.query.TimeKeyword;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kit group: Filters. Every operator and alias, through the Flask-Restless codec and through the
 * fluent API, with SQL's semantics: NULL is unknown and NOT keeps it unknown, {@code like} and
 * {@code ==} are case-sensitive, {@code ilike} folds case per code point, relationship filters are
 * EXISTS. Results are compared as sets of names, never by id values. Stock comes from {@link Warehouse}:
 * on hand 10 (Berlin, Apple), 5 (Berlin, Banana) and 7 (Hamburg, Apple); Cherry is held nowhere.
 */
public abstract class FilterContract extends KitContext {

    protected FilterContract(LogistikConformanceKit kit) {
        super(kit);
    }

    // ---- helpers ----

    private List<String> customers(Filter filter) {
        return store().orders().find(Query.of(EntityType.ORDER, filter)).stream().map(Order::customerName).toList();
    }

    private List<String> customers(String json) {
        return customers(FlaskRestless.parseFilter(EntityType.ORDER, json));
    }

    private List<String> storages(Filter filter) {
        return store().storages().find(Query.of(EntityType.STORAGE, filter)).stream().map(Storage::name).toList();
    }

    private List<String> storages(String json) {
        return storages(FlaskRestless.parseFilter(EntityType.STORAGE, json));
    }

    private List<String> products(String json) {
        return store().skus().find(Query.of(EntityType.SKU, FlaskRestless.parseFilter(EntityType.SKU, json)))
                .stream().map(Sku::productName).toList();
    }

    private List<Long> onHand(Filter filter) {
        return store().stock().find(Query.of(EntityType.STOCK, filter)).stream().map(StockLevel::onHand).sorted().toList();
    }

    private static String leaf(String name, String op, String val) {
        return "[{\"name\":\"" + name + "\",\"op\":\"" + op + "\",\"val\":" + val + "}]";
    }

    private void orders(String... customers) {
        for (String c : customers) {
            store().orders().create(Order.of(c, List.of()));
        }
    }

    private void storagesNamed(String... names) {
        for (String n : names) {
            store().storages().create(Storage.of(n));
        }
    }

    // ---- comparisons ----

    @Test
    @DisplayName("Every comparison operator and alias selects the rows its SQL operator selects, through JSON and the fluent API")
    void compare_everyAlias_selectsLikeItsOperator() {
        Warehouse.create(store());
        Map<ComparisonOp, LongPredicate> sql = Map.of(
                ComparisonOp.EQ, v -> v == 7, ComparisonOp.NE, v -> v != 7, ComparisonOp.GT, v -> v > 7,
                ComparisonOp.LT, v -> v < 7, ComparisonOp.GE, v -> v >= 7, ComparisonOp.LE, v -> v <= 7);
        Map<ComparisonOp, List<String>> aliases = Map.of(
                ComparisonOp.EQ, List.of("==", "eq", "equals", "equal_to"),
                ComparisonOp.NE, List.of("!=", "ne", "neq", "not_equal_to", "does_not_equal", "<>"),
                ComparisonOp.GT, List.of(">", "gt"),
                ComparisonOp.LT, List.of("<", "lt"),
                ComparisonOp.GE, List.of(">=", "ge", "gte", "geq"),
                ComparisonOp.LE, List.of("<=", "le", "lte", "leq"));
        List<Long> all = List.of(5L, 7L, 10L);
        for (ComparisonOp op : ComparisonOp.values()) {
            List<Long> expected = all.stream().filter(v -> sql.get(op).test(v)).toList();
            assertThat(onHand(Stock.ON_HAND.compare(op, 7L))).as("fluent %s", op).isEqualTo(expected);
            for (String alias : aliases.get(op)) {
                assertThat(onHand(FlaskRestless.parseFilter(EntityType.STOCK, leaf("on_hand", alias, "7"))))
                        .as("alias %s", alias).isEqualTo(expected);
            }
        }
    }

    @Test
    @DisplayName("Stock filters on on_hand, reserved and available; numeric strings and fractions compare numerically")
    void compare_stockQuantities_compareNumerically() {
        Warehouse.create(store());

        assertThat(onHand(Stock.AVAILABLE.gt(6L))).containsExactly(7L, 10L);
        assertThat(onHand(Stock.RESERVED.eq(0L))).containsExactly(5L, 7L, 10L);
        assertThat(onHand(FlaskRestless.parseFilter(EntityType.STOCK, leaf("available", "<", "\"7\"")))).containsExactly(5L);
        assertThat(onHand(FlaskRestless.parseFilter(EntityType.STOCK, leaf("on_hand", ">", "6.5")))).containsExactly(7L, 10L);
        assertThat(onHand(Stock.ON_HAND.lt(new BigDecimal("7.0001")))).containsExactly(5L, 7L);
        assertThat(onHand(FlaskRestless.parseFilter(EntityType.STOCK, leaf("on_hand", "==", "7.5")))).isEmpty();
        assertThat(onHand(Stock.ON_HAND.lt(new BigDecimal("99999999999999999999999")))).containsExactly(5L, 7L, 10L);
    }

    @Test
    @DisplayName("A field compares with another field of the same row, and field wins over val")
    void compareFields_sameRow_comparesAndFieldWinsOverVal() {
        Warehouse.create(store());

        assertThat(onHand(Stock.AVAILABLE.compare(ComparisonOp.EQ, Stock.ON_HAND))).containsExactly(5L, 7L, 10L);
        assertThat(onHand(Stock.RESERVED.compare(ComparisonOp.GE, Stock.ON_HAND))).isEmpty();
        assertThat(onHand(FlaskRestless.parseFilter(EntityType.STOCK,
                "[{\"name\":\"reserved\",\"op\":\"<\",\"field\":\"on_hand\",\"val\":-1}]"))).containsExactly(5L, 7L, 10L);
    }

    // ---- NULL ----

    @Test
    @DisplayName("A NULL updated_at matches no comparison and no IN, and NOT does not select it either")
    void not_nullField_staysUnknown() {
        Storage berlin = store().storages().create(Storage.of("Berlin"));
        storagesNamed("Hamburg");
        clock().advance(Duration.ofHours(1));
        store().storages().update(berlin.withName("Berlin"));
        Instant updated = clock().instant();
        Filter after = Storages.UPDATED_AT.gt(Instant.parse("2000-01-01T00:00:00Z"));
        Filter before = Storages.UPDATED_AT.lt(Instant.parse("2000-01-01T00:00:00Z"));

        assertThat(storages(after)).containsExactly("Berlin");
        assertThat(storages(Filter.not(after))).isEmpty();
        assertThat(storages(Filter.not(before))).containsExactly("Berlin");
        assertThat(storages(Storages.UPDATED_AT.ne(updated))).isEmpty();
        assertThat(storages(Filter.not(Storages.UPDATED_AT.eq(updated)))).isEmpty();
        assertThat(storages(Storages.UPDATED_AT.notIn(Instant.parse("2000-01-01T00:00:00Z")))).containsExactly("Berlin");
        assertThat(storages(Filter.not(Storages.UPDATED_AT.in(updated)))).isEmpty();
        assertThat(storages(Storages.UPDATED_AT.compare(ComparisonOp.GE, Storages.CREATED_AT))).containsExactly("Berlin");
        assertThat(storages(Filter.not(Storages.UPDATED_AT.compare(ComparisonOp.LT, Storages.CREATED_AT)))).containsExactly("Berlin");
        assertThat(storages(Filter.not(Filter.and(before, Storages.NAME.eq("Hamburg"))))).containsExactly("Berlin");
        assertThat(storages(Filter.not(Filter.or(after, Storages.NAME.eq("Hamburg"))))).isEmpty();
        assertThat(storages(Filter.or(after, Storages.NAME.eq("Hamburg")))).containsExactlyInAnyOrder("Berlin", "Hamburg");
        assertThat(storages("[{\"not\":{\"name\":\"updated_at\",\"op\":\">\",\"val\":\"2000-01-01\"}}]")).isEmpty();
    }

    @Test
    @DisplayName("is_null and is_not_null select NULL and non-NULL fields, and NOT of them is never unknown")
    void isNull_nullableField_selectsByPresence() {
        Storage berlin = store().storages().create(Storage.of("Berlin"));
        storagesNamed("Hamburg");
        store().storages().update(berlin.withName("Berlin"));

        assertThat(storages("[{\"name\":\"updated_at\",\"op\":\"is_null\",\"val\":\"ignored\"}]")).containsExactly("Hamburg");
        assertThat(storages("[{\"name\":\"updated_at\",\"op\":\"is_not_null\"}]")).containsExactly("Berlin");
        assertThat(storages(Filter.not(Storages.UPDATED_AT.isNull()))).containsExactly("Berlin");
        assertThat(storages(Storages.NAME.isNull())).isEmpty();
    }

    // ---- IN ----

    @Test
    @DisplayName("An empty in matches nothing, an empty not_in everything (NULL rows too), and a NULL member follows SQL")
    void in_emptyAndNullMembers_followSql() {
        Storage berlin = store().storages().create(Storage.of("Berlin"));
        storagesNamed("Hamburg", "Bremen");
        store().storages().update(berlin.withName("Berlin"));

        assertThat(storages(leaf("name", "in", "[]"))).isEmpty();
        assertThat(storages(leaf("name", "not_in", "[]"))).containsExactlyInAnyOrder("Berlin", "Hamburg", "Bremen");
        assertThat(storages(leaf("updated_at", "not_in", "[]"))).containsExactlyInAnyOrder("Berlin", "Hamburg", "Bremen");
        assertThat(storages(leaf("name", "in", "[\"Berlin\",\"Bremen\",\"Paris\"]"))).containsExactlyInAnyOrder("Berlin", "Bremen");
        assertThat(storages(leaf("name", "not_in", "[\"Berlin\",\"Paris\"]"))).containsExactlyInAnyOrder("Hamburg", "Bremen");
        assertThat(storages(leaf("name", "in", "[\"Berlin\",null]"))).containsExactly("Berlin");
        assertThat(storages(leaf("name", "not_in", "[\"Berlin\",null]"))).isEmpty();
        assertThat(storages(Filter.not(Storages.NAME.notIn("Berlin", null)))).containsExactly("Berlin");
        assertThat(storages(Storages.NAME.in(List.of()))).isEmpty();
    }

    // ---- LIKE ----

    @Test
    @DisplayName("like and not_like are case-sensitive; _ matches one character and % any run")
    void like_wildcards_caseSensitive() {
        orders("Thomas", "thomas", "Tomas", "Thomas Müller", "Zoë Ünal");

        assertThat(customers(leaf("customer_name", "like", "\"Thomas%\""))).containsExactlyInAnyOrder("Thomas", "Thomas Müller");
        assertThat(customers(Orders.CUSTOMER_NAME.like("thomas"))).containsExactly("thomas");
        assertThat(customers(leaf("customer_name", "like", "\"_homas\""))).containsExactlyInAnyOrder("Thomas", "thomas");
        assertThat(customers(leaf("customer_name", "like", "\"Zo_ %\""))).containsExactly("Zoë Ünal");
        assertThat(customers(leaf("customer_name", "not_like", "\"%homas%\""))).containsExactlyInAnyOrder("Tomas", "Zoë Ünal");
        assertThat(customers(Orders.CUSTOMER_NAME.notLike("T%"))).containsExactlyInAnyOrder("thomas", "Zoë Ünal");
        assertThat(customers(leaf("customer_name", "like", "\"%\""))).hasSize(5);
    }

    @Test
    @DisplayName("_ matches one character, also one outside the Basic Multilingual Plane")
    void like_underscore_matchesOneCodePoint() {
        orders("\uD83D\uDE00", "ab", "x", "a\uD83D\uDE00b");

        assertThat(customers(Orders.CUSTOMER_NAME.like("_"))).containsExactlyInAnyOrder("\uD83D\uDE00", "x");
        assertThat(customers(Orders.CUSTOMER_NAME.like("__"))).containsExactly("ab");
        assertThat(customers(leaf("customer_name", "like", "\"a_b\""))).containsExactly("a\uD83D\uDE00b");
        assertThat(customers(leaf("state", "ilike", "\"OPEN\""))).hasSize(4);
    }

    @Test
    @DisplayName("A backslash escapes _, % and itself in LIKE patterns, and a trailing backslash is refused")
    void like_escapes_matchLiterally() {
        orders("ACME_Corp", "ACMEXCorp", "100% Bio", "100 Bio", "back\\slash");

        assertThat(customers(leaf("customer_name", "like", "\"ACME\\\\_Corp\""))).containsExactly("ACME_Corp");
        assertThat(customers(Orders.CUSTOMER_NAME.like("ACME_Corp"))).containsExactlyInAnyOrder("ACME_Corp", "ACMEXCorp");
        assertThat(customers(Orders.CUSTOMER_NAME.like("100\\%%"))).containsExactly("100% Bio");
        assertThat(customers(Orders.CUSTOMER_NAME.ilike("%\\\\%"))).containsExactly("back\\slash");
        assertThat(customers(Orders.CUSTOMER_NAME.like("\\A\\C\\M\\E%"))).containsExactlyInAnyOrder("ACME_Corp", "ACMEXCorp");
        assertThatThrownBy(() -> customers(leaf("customer_name", "like", "\"ACME\\\\\""))).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    @DisplayName("ilike folds case per code point (ß stays ß, dotless and dotted i fold to i, every sigma to σ) and keeps accents")
    void ilike_unicodeCase_foldsPerCodePoint() {
        orders("Thomas Müller", "THOMAS MÜLLER", "Thomas Muller", "Straße", "STRASSE", "ılık", "ILIK", "İlik",
                "ΟΔΟΣ", "οδος", "οδοσ", "Zoë Ünal", "Zoe unal");

        assertThat(customers(leaf("customer_name", "ilike", "\"%müller\""))).containsExactlyInAnyOrder("Thomas Müller", "THOMAS MÜLLER");
        assertThat(customers(Orders.CUSTOMER_NAME.ilike("straße"))).containsExactly("Straße");
        assertThat(customers(Orders.CUSTOMER_NAME.ilike("strasse"))).containsExactly("STRASSE");
        assertThat(customers(Orders.CUSTOMER_NAME.ilike("ilik"))).containsExactlyInAnyOrder("ılık", "ILIK", "İlik");
        assertThat(customers(Orders.CUSTOMER_NAME.like("ilik"))).isEmpty();
        assertThat(customers(Orders.CUSTOMER_NAME.ilike("οδοσ"))).containsExactlyInAnyOrder("ΟΔΟΣ", "οδος", "οδοσ");
        assertThat(customers(Orders.CUSTOMER_NAME.like("οδος"))).containsExactly("οδος");
        assertThat(customers(leaf("customer_name", "ilike", "\"%ÜNAL\""))).containsExactly("Zoë Ünal");
        assertThat(customers(leaf("customer_name", "not_ilike", "\"%ünal\""))).doesNotContain("Zoë Ünal").contains("Zoe unal");
        assertThat(customers(Orders.CUSTOMER_NAME.ilike("%zoë%"))).containsExactly("Zoë Ünal");
    }

    @Test
    @DisplayName("unaccent_ilike ignores case and accents on both sides: %jose% finds José Álvarez")
    void unaccentIlike_accentsAndCase_ignored() {
        orders("José Álvarez", "JOSE ALVAREZ", "Josef", "Zoë Ünal", "Jörg");

        assertThat(customers(leaf("customer_name", "unaccent_ilike", "\"%jose%\"")))
                .containsExactlyInAnyOrder("José Álvarez", "JOSE ALVAREZ", "Josef");
        assertThat(customers(Orders.CUSTOMER_NAME.unaccentIlike("JOSÉ ALVAREZ"))).containsExactlyInAnyOrder("José Álvarez", "JOSE ALVAREZ");
        assertThat(customers(Orders.CUSTOMER_NAME.ilike("jose alvarez"))).containsExactly("JOSE ALVAREZ");
        assertThat(customers(leaf("customer_name", "unaccent_ilike", "\"zoe u_al\""))).containsExactly("Zoë Ünal");
        assertThat(customers(Orders.CUSTOMER_NAME.notUnaccentIlike("%o%"))).isEmpty();
        assertThat(customers(leaf("customer_name", "not_unaccent_ilike", "\"jo%\""))).containsExactly("Zoë Ünal");
    }

    @Test
    @DisplayName("Trailing spaces are significant to ==, <, in and like")
    void compare_trailingSpaces_areSignificant() {
        storagesNamed("Berlin", "Berlin ", "Berlin  ");

        assertThat(storages(Storages.NAME.eq("Berlin"))).containsExactly("Berlin");
        assertThat(storages(leaf("name", "==", "\"Berlin \""))).containsExactly("Berlin ");
        assertThat(storages(Storages.NAME.lt("Berlin "))).containsExactly("Berlin");
        assertThat(storages(Storages.NAME.in("Berlin  "))).containsExactly("Berlin  ");
        assertThat(storages(Storages.NAME.like("Berlin"))).containsExactly("Berlin");
        assertThat(storages(Storages.NAME.like("Berlin_"))).containsExactly("Berlin ");
        assertThat(storages(Storages.NAME.ilike("berlin%"))).hasSize(3);
    }

    @Test
    @DisplayName("state compares by its code and takes LIKE")
    void compare_state_byCode() {
        orders("A", "B");

        assertThat(customers(leaf("state", "==", "\"open\""))).containsExactlyInAnyOrder("A", "B");
        assertThat(customers(leaf("state", "in", "[\"reserved\",\"shipped\"]"))).isEmpty();
        assertThat(customers(leaf("state", "like", "\"o%\""))).containsExactlyInAnyOrder("A", "B");
        assertThat(customers(leaf("state", ">", "\"reserved\""))).isEmpty();
        assertThat(customers(leaf("state", "<", "\"reserved\""))).containsExactlyInAnyOrder("A", "B");
    }

    // ---- boolean formulas ----

    @Test
    @DisplayName("A top-level list is AND; or is read before and; empty and/or match every row; extra keys are ignored")
    void booleanFormulas_upstreamQuirks_followed() {
        orders("Anna", "Bert", "Carl");
        String anna = "{\"name\":\"customer_name\",\"op\":\"==\",\"val\":\"Anna\"}";
        String notBert = "{\"name\":\"customer_name\",\"op\":\"!=\",\"val\":\"Bert\"}";

        assertThat(customers("[" + anna + "," + notBert + "]")).containsExactly("Anna");
        assertThat(customers("[{\"or\":[" + anna + ",{\"name\":\"customer_name\",\"op\":\"==\",\"val\":\"Carl\"}]}]"))
                .containsExactlyInAnyOrder("Anna", "Carl");
        assertThat(customers("[{\"and\":[" + anna + "],\"or\":[" + notBert + "]}]")).containsExactlyInAnyOrder("Anna", "Carl");
        assertThat(customers("[{\"not\":" + anna + ",\"why\":\"extra keys are ignored\"}]")).containsExactlyInAnyOrder("Bert", "Carl");
        assertThat(customers("[{\"and\":[]}]")).hasSize(3);
        assertThat(customers("[{\"or\":[]}]")).hasSize(3);
        assertThat(customers(Filter.not(Filter.or()))).isEmpty();
        assertThat(customers("[]")).hasSize(3);
    }

    // ---- relationships ----

    @Test
    @DisplayName("Counting and paging over any never multiply rows, however many related rows match")
    void any_manyMatchingRelatedRows_countedAndPagedOnce() {
        Warehouse w = Warehouse.create(store());
        store().orders().create(Order.of("Three lines", List.of(
                OrderLine.of(w.apple().id(), 2), OrderLine.of(w.banana().id(), 3), OrderLine.of(w.cherry().id(), 4))));
        store().orders().create(Order.of("Two lines", List.of(OrderLine.of(w.apple().id(), 5), OrderLine.of(w.banana().id(), 6))));
        orders("No lines");
        store().stock().receive(w.berlin().id(), w.apple().id(), 1);
        store().stock().receive(w.hamburg().id(), w.apple().id(), 1);
        Query withLines = Query.of(EntityType.ORDER, Orders.ORDER_LINES.any(OrderLines.QUANTITY.gt(0L)));
        Query inAnyStorage = Query.of(EntityType.SKU, Filter.and(Skus.ID.eq(w.apple().id()), Skus.STORAGES.any(Storages.NAME.like("%"))));

        assertThat(store().orders().count(withLines)).isEqualTo(2);
        assertThat(store().orders().find(withLines)).hasSize(2);
        assertThat(store().orders().findPage(withLines.page(1, 1)))
                .satisfies(p -> assertThat(p.total()).isEqualTo(2))
                .satisfies(p -> assertThat(p.last()).isEqualTo(2))
                .satisfies(p -> assertThat(p.items()).hasSize(1));
        assertThat(store().orders().findPage(withLines.page(2, 1)).items()).hasSize(1);
        assertThat(store().skus().count(inAnyStorage)).isEqualTo(1);
        assertThat(store().skus().single(inAnyStorage).id()).isEqualTo(w.apple().id());
    }

    @Test
    @DisplayName("any needs one related row to satisfy the whole inner filter; NOT any selects rows with no related rows")
    void any_toMany_existsSemantics() {
        Warehouse w = Warehouse.create(store());
        store().orders().create(Order.of("Two apples", List.of(OrderLine.of(w.apple().id(), 2), OrderLine.of(w.banana().id(), 9))));
        store().orders().create(Order.of("Nine cherries", List.of(OrderLine.of(w.cherry().id(), 9))));
        orders("Nothing");
        Filter bigAppleLine = Orders.ORDER_LINES.any(Filter.and(OrderLines.QUANTITY.gt(5L), OrderLines.SKU_ID.eq(w.apple().id())));

        assertThat(customers(bigAppleLine)).isEmpty();
        assertThat(customers(Filter.and(Orders.ORDER_LINES.any(OrderLines.QUANTITY.gt(5L)),
                Orders.ORDER_LINES.any(OrderLines.SKU_ID.eq(w.apple().id()))))).containsExactly("Two apples");
        assertThat(customers(Filter.not(bigAppleLine))).containsExactlyInAnyOrder("Two apples", "Nine cherries", "Nothing");
        assertThat(customers(leaf("order_lines", "any", "{\"name\":\"quantity\",\"op\":\">=\",\"val\":9}")))
                .containsExactlyInAnyOrder("Two apples", "Nine cherries");
        assertThat(customers("[{\"not\":{\"name\":\"order_lines\",\"op\":\"any\",\"val\":{\"name\":\"quantity\",\"op\":\"<\",\"val\":5}}}]"))
                .containsExactlyInAnyOrder("Nine cherries", "Nothing");
    }

    @Test
    @DisplayName("has and any nest to any depth, each level resolving names on its related entity")
    void hasAndAny_nested_resolveOnRelatedEntity() {
        Warehouse w = Warehouse.create(store());
        store().orders().create(Order.of("Banana buyer", List.of(OrderLine.of(w.banana().id(), 1))));
        store().orders().create(Order.of("Cherry buyer", List.of(OrderLine.of(w.cherry().id(), 1))));
        store().orders().create(Order.of("Apple buyer", List.of(OrderLine.of(w.apple().id(), 1))));
        String inHamburg = "[{\"name\":\"order_lines\",\"op\":\"any\",\"val\":{\"name\":\"sku\",\"op\":\"has\",\"val\":"
                + "{\"name\":\"storages\",\"op\":\"any\",\"val\":{\"name\":\"name\",\"op\":\"==\",\"val\":\"Hamburg\"}}}}]";
        String inBerlinWithFive = "[{\"name\":\"order_lines\",\"op\":\"any\",\"val\":{\"name\":\"sku\",\"op\":\"has\",\"val\":"
                + "{\"name\":\"stock\",\"op\":\"any\",\"val\":{\"and\":[{\"name\":\"on_hand\",\"op\":\"==\",\"val\":5},"
                + "{\"name\":\"storage\",\"op\":\"has\",\"val\":{\"name\":\"name\",\"op\":\"==\",\"val\":\"Berlin\"}}]}}}}]";

        assertThat(customers(inHamburg)).containsExactly("Apple buyer");
        assertThat(customers(inBerlinWithFive)).containsExactly("Banana buyer");
        assertThat(customers(Orders.ORDER_LINES.any(OrderLines.SKU.has(Skus.STORAGES.isEmpty())))).containsExactly("Cherry buyer");
        assertThat(store().orderLines().find(Query.of(EntityType.ORDER_LINE,
                OrderLines.ORDER.has(Orders.CUSTOMER_NAME.like("Apple%"))))).hasSize(1);
        assertThat(store().stock().find(Query.of(EntityType.STOCK, FlaskRestless.parseFilter(EntityType.STOCK,
                leaf("sku", "has", "{\"name\":\"product_name\",\"op\":\"==\",\"val\":\"Apple\"}"))))).hasSize(2);
        assertThat(storages(leaf("skus", "any", "{\"name\":\"product_name\",\"op\":\"==\",\"val\":\"Banana\"}"))).containsExactly("Berlin");
    }

    @Test
    @DisplayName("is_null and is_not_null on a relationship select rows with no and with some related rows")
    void relationshipNull_noRelatedRows_selected() {
        Warehouse w = Warehouse.create(store());
        store().orders().create(Order.of("With lines", List.of(OrderLine.of(w.apple().id(), 1))));
        orders("Without lines");

        assertThat(customers(leaf("order_lines", "is_null", "null"))).containsExactly("Without lines");
        assertThat(customers(Orders.ORDER_LINES.isNotEmpty())).containsExactly("With lines");
        assertThat(products("[{\"name\":\"storages\",\"op\":\"is_null\"}]")).containsExactly("Cherry");
        assertThat(products("[{\"name\":\"stock\",\"op\":\"is_not_null\"}]")).containsExactlyInAnyOrder("Apple", "Banana");
        assertThat(products("[{\"name\":\"order_lines\",\"op\":\"is_not_null\"}]")).containsExactly("Apple");
        assertThat(store().orderLines().find(Query.of(EntityType.ORDER_LINE, OrderLines.ORDER.isNotEmpty()))).hasSize(1);
        assertThat(store().orderLines().find(Query.of(EntityType.ORDER_LINE, OrderLines.SKU.isEmpty()))).isEmpty();
    }

    // ---- time ----

    @Test
    @DisplayName("CURRENT_TIMESTAMP, LOCALTIMESTAMP and CURRENT_DATE are read from the store's clock when the query runs")
    void timeKeywords_resolvedFromStoreClock() {
        orders("Early");
        clock().advance(Duration.ofHours(1));
        orders("Late");

        assertThat(customers(leaf("created_at", "<", "\"CURRENT_TIMESTAMP\""))).containsExactly("Early");
        assertThat(customers(leaf("created_at", "<=", "\"LOCALTIMESTAMP\""))).containsExactlyInAnyOrder("Early", "Late");
        assertThat(customers(leaf("created_at", ">=", "\"CURRENT_DATE\""))).containsExactlyInAnyOrder("Early", "Late");
        assertThat(customers(Orders.CREATED_AT.eq(TimeKeyword.CURRENT_TIMESTAMP))).containsExactly("Late");

        clock().advance(Duration.ofMinutes(1));
        assertThat(customers(leaf("created_at", "<", "\"CURRENT_TIMESTAMP\""))).containsExactlyInAnyOrder("Early", "Late");
        clock().advance(Duration.ofDays(1));
        assertThat(customers(leaf("created_at", ">=", "\"CURRENT_DATE\""))).isEmpty();
    }

    @Test
    @DisplayName("ISO dates compare in UTC: a date alone is midnight, a date-time without offset is UTC")
    void timestamps_isoText_comparedInUtc() {
        orders("Early");
        clock().advance(Duration.ofHours(1));
        orders("Late");
        Instant early = LogistikConformanceKit.START;

        assertThat(customers(leaf("created_at", "==", "\"" + early + "\""))).containsExactly("Early");
        assertThat(customers(leaf("created_at", ">", "\"2026-01-05\""))).containsExactlyInAnyOrder("Early", "Late");
        assertThat(customers(leaf("created_at", ">", "\"2026-01-05T09:00:00\""))).containsExactly("Late");
        assertThat(customers(leaf("created_at", ">", "\"2026-01-05T10:00:00+02:00\""))).containsExactlyInAnyOrder("Early", "Late");
        assertThat(customers(leaf("created_at", "in", "[\"2026-01-05T09:30:00.123456Z\"]"))).containsExactly("Late");
    }

    // ---- errors ----

    @Test
    @DisplayName("A filter about another entity is refused by the repository and changes nothing")
    void find_filterOfAnotherEntity_refused() {
        Warehouse.create(store());
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThatThrownBy(() -> store().storages().find(Query.of(EntityType.ORDER, Orders.ID.gt(0L))))
                .isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> Query.of(EntityType.STORAGE, Orders.ID.gt(0L))).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> store().skus().count(Query.of(EntityType.STOCK))).isInstanceOf(InvalidQueryException.class);
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("A missing query is refused by every read with the same typed error")
    void find_nullQuery_invalidQueryAtQuery() {
        Warehouse.create(store());

        java.util.List<org.junit.jupiter.api.function.Executable> reads = java.util.List.of(
                () -> store().orders().find(null),
                () -> store().orders().findPage(null),
                () -> store().stock().count(null),
                () -> store().skus().single(null),
                () -> store().orderLines().find(null));
        for (org.junit.jupiter.api.function.Executable read : reads) {
            assertThatThrownBy(read::execute)
                    .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.where()).isEqualTo("query"));
        }
    }

    @Test
    @DisplayName("Refused filters name where and why, and the store is unchanged")
    void parseFilter_badFilters_refusedWithWhereAndWhy() {
        orders("Anna");
        StoreSnapshot before = StoreSnapshot.of(store());
        Map<String, String> refusals = Map.of(
                "[{\"name\":\"nope\",\"op\":\"==\",\"val\":1}]", "/0/name",
                "[{\"name\":\"id\",\"op\":\"<<\",\"val\":1}]", "/0/op",
                "[{\"name\":\"id\",\"op\":\"==\"}]", "/0",
                "[{\"name\":\"id\",\"op\":\"in\",\"val\":1}]", "/0/val",
                "[{\"name\":\"created_at\",\"op\":\">\",\"val\":\"yesterday\"}]", "/0/val",
                "[{\"name\":\"order_lines\",\"op\":\"any\",\"val\":{\"name\":\"customer_name\",\"op\":\"is_null\"}}]", "/0/val/name",
                "[{\"name\":\"id\",\"op\":\"==\",\"val\":1", "/0/val at character 31");
        refusals.forEach((json, where) -> assertThatThrownBy(() -> customers(json))
                .as(json)
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.where()).isEqualTo(where)));
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }
}
