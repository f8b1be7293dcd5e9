package io.logistik.core.query;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.model.OrderState;
import io.logistik.core.query.Schema.OrderLines;
import io.logistik.core.query.Schema.Orders;
import io.logistik.core.query.Schema.Skus;
import io.logistik.core.query.Schema.Stock;
import io.logistik.core.query.Schema.Storages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlaskRestlessFilterTest {

    private static Filter order(String json) {
        return FlaskRestless.parseFilter(EntityType.ORDER, json);
    }

    private static String leaf(String name, String op, String val) {
        return "[{\"name\":\"" + name + "\",\"op\":\"" + op + "\",\"val\":" + val + "}]";
    }

    private static InvalidQueryException refusal(EntityType entity, String json) {
        try {
            FlaskRestless.parseFilter(entity, json);
        } catch (InvalidQueryException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "==, EQ", "eq, EQ", "equals, EQ", "equal_to, EQ",
        "!=, NE", "ne, NE", "neq, NE", "not_equal_to, NE", "does_not_equal, NE", "<>, NE",
        ">, GT", "gt, GT", "<, LT", "lt, LT",
        ">=, GE", "ge, GE", "gte, GE", "geq, GE",
        "<=, LE", "le, LE", "lte, LE", "leq, LE",
    })
    void parseFilter_comparisonAlias_givesCanonicalOperator(String alias, ComparisonOp op) {
        assertThat(FlaskRestless.parseFilter(EntityType.ORDER_LINE, leaf("quantity", alias, "5")))
                .isEqualTo(OrderLines.QUANTITY.compare(op, 5L));
    }

    @Test
    void operatorTable_everyName_isDocumentedAndOnlyThose() {
        assertThat(Operator.names()).containsExactlyInAnyOrder(
                "==", "eq", "equals", "equal_to", "!=", "ne", "neq", "not_equal_to", "does_not_equal", "<>",
                ">", "gt", "<", "lt", ">=", "ge", "gte", "geq", "<=", "le", "lte", "leq",
                "like", "not_like", "ilike", "not_ilike", "unaccent_ilike", "not_unaccent_ilike",
                "in", "not_in", "is_null", "is_not_null", "has", "any");
    }

    @Test
    void parseFilter_likeFamily_givesLikeNodes() {
        assertThat(order(leaf("customer_name", "like", "\"Th_mas%\""))).isEqualTo(Orders.CUSTOMER_NAME.like("Th_mas%"));
        assertThat(order(leaf("customer_name", "not_like", "\"T%\""))).isEqualTo(Orders.CUSTOMER_NAME.notLike("T%"));
        assertThat(order(leaf("customer_name", "ilike", "\"%ü%\""))).isEqualTo(Orders.CUSTOMER_NAME.ilike("%ü%"));
        assertThat(order(leaf("customer_name", "not_ilike", "\"%ü%\""))).isEqualTo(Orders.CUSTOMER_NAME.notIlike("%ü%"));
        assertThat(order(leaf("customer_name", "unaccent_ilike", "\"%jose%\"")))
                .isEqualTo(Orders.CUSTOMER_NAME.unaccentIlike("%jose%"));
        assertThat(order(leaf("customer_name", "not_unaccent_ilike", "\"%jose%\"")))
                .isEqualTo(Orders.CUSTOMER_NAME.notUnaccentIlike("%jose%"));
        assertThat(order(leaf("state", "like", "\"o%\""))).isEqualTo(Orders.STATE.like("o%"));
    }

    @Test
    void parseFilter_inLists_keepValuesNullsAndEmptiness() {
        assertThat(order(leaf("id", "in", "[1, 2, null]"))).isEqualTo(Orders.ID.in(1L, 2L, null));
        assertThat(order(leaf("id", "not_in", "[]"))).isEqualTo(Orders.ID.notIn(List.of()));
        assertThat(order(leaf("state", "in", "[\"open\",\"shipped\"]"))).isEqualTo(Orders.STATE.in(OrderState.OPEN, OrderState.SHIPPED));
    }

    @Test
    void parseFilter_unaryOperators_applyToFieldsAndRelationshipsAndIgnoreVal() {
        assertThat(order("[{\"name\":\"updated_at\",\"op\":\"is_null\",\"val\":{\"x\":1}}]")).isEqualTo(Orders.UPDATED_AT.isNull());
        assertThat(order("[{\"name\":\"updated_at\",\"op\":\"is_not_null\"}]")).isEqualTo(Orders.UPDATED_AT.isNotNull());
        assertThat(order("[{\"name\":\"order_lines\",\"op\":\"is_null\"}]")).isEqualTo(Orders.ORDER_LINES.isEmpty());
        assertThat(FlaskRestless.parseFilter(EntityType.ORDER_LINE, "[{\"name\":\"order\",\"op\":\"is_not_null\"}]"))
                .isEqualTo(OrderLines.ORDER.isNotEmpty());
    }

    @Test
    void parseFilter_fieldAndVal_fieldWins() {
        assertThat(FlaskRestless.parseFilter(EntityType.STOCK, "[{\"name\":\"reserved\",\"op\":\"<\",\"val\":3,\"field\":\"on_hand\"}]"))
                .isEqualTo(Stock.RESERVED.compare(ComparisonOp.LT, Stock.ON_HAND));
    }

    @Test
    void parseFilter_booleanFormulas_followUpstreamQuirks() {
        String a = "{\"name\":\"id\",\"op\":\"==\",\"val\":1}";
        String b = "{\"name\":\"id\",\"op\":\"==\",\"val\":2}";
        Filter fa = Orders.ID.eq(1L);
        Filter fb = Orders.ID.eq(2L);
        assertThat(order("[" + a + "," + b + "]")).isEqualTo(Filter.and(fa, fb));
        assertThat(order("[{\"and\":[" + a + "],\"or\":[" + b + "]}]")).isEqualTo(Filter.or(fb));
        assertThat(order("[{\"not\":" + a + ",\"comment\":\"ignored\"}]")).isEqualTo(Filter.not(fa));
        assertThat(order("[{\"name\":\"id\",\"op\":\"==\",\"val\":1,\"extra\":[1,2]}]")).isEqualTo(fa);
        assertThat(order("[{\"and\":[]}]")).isEqualTo(Filter.and());
        assertThat(order("[{\"or\":[]}]")).isEqualTo(Filter.or());
        assertThat(order("[]")).isEqualTo(Filter.all());
    }

    @Test
    void parseFilter_hasAndAny_resolveNamesOnTheRelatedEntityToAnyDepth() {
        String json = "[{\"name\":\"order_lines\",\"op\":\"any\",\"val\":{\"and\":[{\"name\":\"quantity\",\"op\":\">\",\"val\":2},"
                + "{\"name\":\"sku\",\"op\":\"has\",\"val\":{\"name\":\"storages\",\"op\":\"any\",\"val\":"
                + "{\"name\":\"name\",\"op\":\"==\",\"val\":\"North\"}}}]}}]";
        assertThat(order(json)).isEqualTo(Orders.ORDER_LINES.any(Filter.and(OrderLines.QUANTITY.gt(2L),
                OrderLines.SKU.has(Skus.STORAGES.any(Storages.NAME.eq("North"))))));
        InvalidQueryException e = refusal(EntityType.ORDER,
                "[{\"name\":\"order_lines\",\"op\":\"any\",\"val\":{\"name\":\"customer_name\",\"op\":\"==\",\"val\":\"x\"}}]");
        assertThat(e.where()).isEqualTo("/0/val/name");
        assertThat(e.why()).isEqualTo("invalid filter object: no such field \"customer_name\"");
    }

    @Test
    void parseFilter_timestamps_readIsoAndKeywordsInUtc() {
        assertThat(order(leaf("created_at", ">", "\"2024-01-20\""))).isEqualTo(Orders.CREATED_AT.gt(Instant.parse("2024-01-20T00:00:00Z")));
        assertThat(order(leaf("created_at", ">", "\"2024-01-20T08:30\""))).isEqualTo(Orders.CREATED_AT.gt(Instant.parse("2024-01-20T08:30:00Z")));
        assertThat(order(leaf("created_at", ">", "\"2024-01-20 08:30:00.1234567\"")))
                .isEqualTo(Orders.CREATED_AT.gt(Instant.parse("2024-01-20T08:30:00.123456Z")));
        assertThat(order(leaf("created_at", ">", "\"2024-01-20T08:30:00+02:00\"")))
                .isEqualTo(Orders.CREATED_AT.gt(Instant.parse("2024-01-20T06:30:00Z")));
        assertThat(order(leaf("created_at", "in", "[\"CURRENT_TIMESTAMP\",\"CURRENT_DATE\",\"LOCALTIMESTAMP\"]")))
                .isEqualTo(Orders.CREATED_AT.in(TimeKeyword.CURRENT_TIMESTAMP, TimeKeyword.CURRENT_DATE, TimeKeyword.LOCALTIMESTAMP));
    }

    @Test
    void parseFilter_numbers_acceptNumericStringsAndKeepFractions() {
        Filter line = FlaskRestless.parseFilter(EntityType.ORDER_LINE, leaf("quantity", "<", "\" 7 \""));
        assertThat(line).isEqualTo(OrderLines.QUANTITY.lt(7L));
        Filter fraction = FlaskRestless.parseFilter(EntityType.ORDER_LINE, leaf("quantity", "<", "2.50"));
        assertThat(((Filter.Compare) fraction).value()).isEqualTo(new BigDecimal("2.5"));
        Filter big = FlaskRestless.parseFilter(EntityType.ORDER_LINE, leaf("quantity", "<", "123456789012345678901234567890"));
        assertThat((BigDecimal) ((Filter.Compare) big).value()).isEqualByComparingTo("123456789012345678901234567890");
        assertThat(FlaskRestless.parseFilter(EntityType.ORDER_LINE, leaf("quantity", "==", "3.0"))).isEqualTo(OrderLines.QUANTITY.eq(3L));
    }

    // ---- every error of the reference's section 11, with where and why ----

    @ParameterizedTest
    @ValueSource(strings = {"bogus", "[{\"name\":\"id\"", "", "[1,]", "[] []", "{'a':1}", "[NaN]"})
    void parseFilter_malformedJson_isDecodeErrorWithOffset(String json) {
        InvalidQueryException e = refusal(EntityType.ORDER, json);
        assertThat(e.why()).startsWith("Unable to decode filter objects as JSON list");
        assertThat(e.where()).matches("(/\\S* at )?character \\d+");
    }

    @Test
    void parseFilter_malformedInsideAList_givesPointerAndOffset() {
        InvalidQueryException e = refusal(EntityType.ORDER, "[{\"name\":\"id\",\"op\":\"==\",\"val\":tru}]");
        assertThat(e.where()).isEqualTo("/0/val at character 33");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "null", "{\"name\":\"id\",\"op\":\"is_null\"}", "\"abc\"", "{}"})
    void parseFilter_jsonThatIsNotAList_isRefused(String json) {
        InvalidQueryException e = refusal(EntityType.ORDER, json);
        assertThat(e.where()).isEmpty();
        assertThat(e.why()).isEqualTo("Unable to construct query: filter[objects] must be a JSON list of filter objects");
    }

    @Test
    void parseFilter_errorTable_givesPointerAndUpstreamWording() {
        record Case(String json, String where, String why) {
        }
        List<Case> cases = List.of(
                new Case("[{\"op\":\"==\",\"val\":1}]", "/0", "invalid filter object: missing field name"),
                new Case("[{\"name\":\"nope\",\"op\":\"==\",\"val\":1}]", "/0/name", "invalid filter object: no such field \"nope\""),
                new Case("[{\"name\":\"order.customer_name\",\"op\":\"==\",\"val\":1}]", "/0/name",
                        "invalid filter object: no such field \"order.customer_name\""),
                new Case("[{\"name\":\"id\",\"op\":\"==\",\"field\":\"nope\"}]", "/0/field", "invalid filter object: no such field \"nope\""),
                new Case("[{\"name\":\"id\",\"val\":1}]", "/0", "invalid filter object: missing operator"),
                new Case("[{\"name\":\"id\",\"op\":\"LIKE\",\"val\":1}]", "/0/op", "invalid filter object: unknown operator \"LIKE\""),
                new Case("[{\"name\":\"id\",\"op\":\"equals_to\",\"val\":1}]", "/0/op", "invalid filter object: unknown operator \"equals_to\""),
                new Case("[{\"name\":\"id\",\"op\":\"==\"}]", "/0",
                        "invalid filter object: expected an argument for this operator but none was given"),
                new Case("[{\"name\":\"id\",\"op\":\"==\",\"val\":null}]", "/0/val",
                        "invalid filter object: To compare a value to NULL, use the unary is_null/is_not_null operators."),
                new Case("[{\"name\":\"created_at\",\"op\":\"<\",\"val\":\" \"}]", "/0/val",
                        "invalid filter object: To compare a value to NULL, use the unary is_null/is_not_null operators."),
                new Case("[{\"or\":[{\"not\":{\"name\":\"id\",\"op\":\"in\",\"val\":5}}]}]", "/0/or/0/not/val",
                        "Unable to construct query: not a list: in takes a JSON list as val, not 5"),
                new Case("[{\"name\":\"id\",\"op\":\"not_in\",\"val\":\"Thomas\"}]", "/0/val",
                        "Unable to construct query: not a list: not_in takes a JSON list as val, not \"Thomas\""),
                new Case("[{\"and\":{\"name\":\"id\",\"op\":\"is_null\"}}]", "/0/and",
                        "Unable to construct query: and takes a JSON list of filters, not a JSON object"),
                new Case("[{\"not\":[]}]", "/0/not", "Unable to construct query: a filter must be a JSON object, not a JSON list"),
                new Case("[5]", "/0", "Unable to construct query: a filter must be a JSON object, not 5"),
                new Case("[{\"name\":\"order_lines\",\"op\":\"any\"}]", "/0", "Unable to construct query: any needs a filter object as val"),
                new Case("[{\"name\":\"order_lines\",\"op\":\"any\",\"val\":{}}]", "/0/val", "invalid filter object: missing field name"),
                new Case("[{\"name\":\"order_lines\",\"op\":\"has\",\"val\":{\"name\":\"id\",\"op\":\"is_null\"}}]", "/0/op",
                        "Unable to construct query: order_lines is a to-many relationship; use any"),
                new Case("[{\"name\":\"id\",\"op\":\"any\",\"val\":{}}]", "/0/op",
                        "Unable to construct query: any applies to relationships, and id is a field"),
                new Case("[{\"name\":\"order_lines\",\"op\":\"==\",\"val\":1}]", "/0/op",
                        "Unable to construct query: operator \"==\" applies to fields, and order_lines is a relationship; "
                                + "use has, any, is_null or is_not_null"),
                new Case("[{\"name\":\"id\",\"op\":\"<<\",\"val\":1}]", "/0/op",
                        "Unable to construct query: operator \"<<\" is one of PostgreSQL's network operators, which logistik does not support"),
                new Case("[{\"name\":\"created_at\",\"op\":\">\",\"val\":\"2nd Jan 1900\"}]", "/0/val",
                        "Unable to construct query: wrong type: created_at takes an ISO-8601 date or date-time (such as 2024-01-20 or "
                                + "2024-01-20T08:30:00Z) or CURRENT_TIMESTAMP, CURRENT_DATE or LOCALTIMESTAMP, not \"2nd Jan 1900\""),
                new Case("[{\"name\":\"created_at\",\"op\":\">\",\"val\":\"0999-12-31\"}]", "/0/val",
                        "Unable to construct query: timestamp out of range: created_at takes the years 1000 to 9999 (UTC), not 0999-12-31T00:00:00Z"),
                new Case("[{\"name\":\"id\",\"op\":\">\",\"val\":\"seven\"}]", "/0/val",
                        "Unable to construct query: wrong type: id takes a number, not \"seven\""),
                new Case("[{\"name\":\"customer_name\",\"op\":\"==\",\"val\":5}]", "/0/val",
                        "Unable to construct query: wrong type: customer_name takes a string, not 5"),
                new Case("[{\"name\":\"state\",\"op\":\"in\",\"val\":[\"open\",\"OPEN\"]}]", "/0/val/1",
                        "Unable to construct query: wrong type: state takes one of \"open\", \"reserved\", \"shipped\", not \"OPEN\""),
                new Case("[{\"name\":\"id\",\"op\":\"like\",\"val\":\"1%\"}]", "/0/val",
                        "Unable to construct query: like needs a text field, id is ID"),
                new Case("[{\"name\":\"customer_name\",\"op\":\"like\",\"val\":5}]", "/0/val",
                        "Unable to construct query: wrong type: like takes a string pattern, not 5"),
                new Case("[{\"name\":\"customer_name\",\"op\":\"like\",\"val\":\"abc\\\\\"}]", "/0/val",
                        "Unable to construct query: LIKE pattern must not end with the escape character \\"),
                new Case("[{\"name\":\"customer_name\",\"op\":\"in\",\"field\":\"customer_name\"}]", "/0/op",
                        "Unable to construct query: operator \"in\" cannot compare two fields; use a comparison operator"),
                new Case("[{\"name\":\"customer_name\",\"op\":\"==\",\"field\":\"created_at\"}]", "/0/field",
                        "Unable to construct query: cannot compare TEXT field customer_name with TIMESTAMP field created_at"),
                new Case("[{\"name\":\"id\",\"op\":\"==\",\"val\":1e999999}]", "/0/val",
                        "Unable to construct query: number out of range: id takes numbers with at most 1000 digits before or after the point"),
                new Case("[{\"name\":\"id\",\"op\":\"==\",\"val\":true}]", "/0/val",
                        "Unable to construct query: wrong type: id takes a number, not true"));
        for (Case c : cases) {
            InvalidQueryException e = refusal(EntityType.ORDER, c.json());
            assertThat(e.where()).as(c.json()).isEqualTo(c.where());
            assertThat(e.why()).as(c.json()).isEqualTo(c.why());
        }
    }

    @Test
    void parseFilter_nestingAtTheLimit_isAccepted() {
        // The list, 254 nots and the innermost object: 256 levels.
        String json = "[" + "{\"not\":".repeat(FlaskRestless.MAX_DEPTH - 2) + "{\"name\":\"id\",\"op\":\"is_null\"}"
                + "}".repeat(FlaskRestless.MAX_DEPTH - 2) + "]";
        Filter f = order(json);
        int depth = 0;
        while (f instanceof Filter.Not not) {
            f = not.filter();
            depth++;
        }
        assertThat(depth).isEqualTo(FlaskRestless.MAX_DEPTH - 2);
    }

    @Test
    void parseFilter_nestingBeyondTheLimit_isRefusedWithoutStackOverflow() {
        String notNotNot = "[" + "{\"not\":".repeat(FlaskRestless.MAX_DEPTH - 1) + "{\"name\":\"id\",\"op\":\"is_null\"}"
                + "}".repeat(FlaskRestless.MAX_DEPTH - 1) + "]";
        assertThat(refusal(EntityType.ORDER, notNotNot).why()).isEqualTo("Unable to construct query: nesting deeper than 256 levels");
        InvalidQueryException deep = refusal(EntityType.ORDER, "[".repeat(1_000_000));
        assertThat(deep.why()).isEqualTo("Unable to construct query: nesting deeper than 256 levels");
        assertThat(deep.where()).startsWith("/0/0/0/");
    }

    @Test
    void parseFilter_unpairedSurrogateInTextOrPattern_refusedAtTheValue() {
        // JSON escapes can spell half a character; no stored text can equal or match it, and SQL drivers refuse it.
        InvalidQueryException eq = refusal(EntityType.ORDER, leaf("customer_name", "==", "\"a\\udc00\""));
        assertThat(eq.where()).isEqualTo("/0/val");
        assertThat(eq.why()).isEqualTo("Unable to construct query: not valid Unicode: unpaired surrogate U+DC00 at character 1");
        InvalidQueryException like = refusal(EntityType.ORDER, leaf("customer_name", "ilike", "\"%\\ud800\""));
        assertThat(like.where()).isEqualTo("/0/val");
        assertThat(like.why()).isEqualTo("Unable to construct query: not valid Unicode: unpaired surrogate U+D800 at character 1");
        InvalidQueryException in = refusal(EntityType.ORDER, leaf("customer_name", "in", "[\"ok\", \"\\ud800\"]"));
        assertThat(in.where()).isEqualTo("/0/val/1");
        assertThat(order(leaf("customer_name", "==", "\"\\ud83d\\udce6\""))).isEqualTo(Schema.Orders.CUSTOMER_NAME.eq("\uD83D\uDCE6"));
    }

    @Test
    void unaccentIlike_escapedCombiningMark_refusedBecauseTheFoldWouldMoveTheEscape() {
        // Removing accents drops an escaped combining mark, which would leave its backslash escaping the
        // next character (a wildcard turned literal) or ending the pattern.
        for (String pattern : List.of("ab\\\u0301", "a\\\u0301%")) {
            assertThatThrownBy(() -> Schema.Orders.CUSTOMER_NAME.unaccentIlike(pattern))
                    .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.why())
                            .isEqualTo("unaccent_ilike ignores accents, so its pattern cannot escape the combining mark U+0301"));
            assertThatThrownBy(() -> Schema.Orders.CUSTOMER_NAME.notUnaccentIlike(pattern)).isInstanceOf(InvalidQueryException.class);
        }
        InvalidQueryException parsed = refusal(EntityType.ORDER, leaf("customer_name", "unaccent_ilike", "\"a\\\\\\u0301%\""));
        assertThat(parsed.where()).isEqualTo("/0/val");
        assertThat(Schema.Orders.CUSTOMER_NAME.ilike("a\\\u0301%")).isInstanceOf(Filter.Like.class);
        assertThat(Schema.Orders.CUSTOMER_NAME.unaccentIlike("Jos\\\u00e9%")).isInstanceOf(Filter.Like.class);
    }

    @Test
    void parseFilter_longValueInAnError_shortenedWithoutSplittingACharacter() {
        // The quote and 55 letters put the emoji's two UTF-16 units where a 57-unit cut falls.
        String value = "a".repeat(55) + "\uD83D\uDE00" + "b".repeat(20);
        InvalidQueryException e = refusal(EntityType.ORDER, leaf("id", "==", "\"" + value + "\""));

        assertThat(io.logistik.core.internal.Text.unpairedSurrogate(e.why())).isEqualTo(-1);
        assertThat(e.why()).endsWith("\"" + "a".repeat(55) + "\uD83D\uDE00...");
    }

    @Test
    void query_programmaticFilterBeyondTheDepthLimit_refusedWithoutStackOverflow() {
        Filter atLimit = Schema.Orders.ID.eq(1);
        for (int i = 1; i < FlaskRestless.MAX_DEPTH; i++) {
            atLimit = Filter.not(atLimit);
        }
        assertThat(Query.of(EntityType.ORDER, atLimit).filter()).isEqualTo(atLimit);

        Filter deep = atLimit;
        for (int i = 0; i < 100_000; i++) {
            deep = Filter.not(deep);
        }
        Filter tooDeep = deep;
        assertThatThrownBy(() -> Query.of(EntityType.ORDER, tooDeep))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
                    assertThat(e.where()).isEqualTo("filter");
                    assertThat(e.why()).isEqualTo("Unable to construct query: nesting deeper than 256 levels");
                });
    }

    @Test
    void parseFilter_listsAtAndBeyondTheLimit_acceptedThenRefused() {
        List<String> ids = new ArrayList<>(Arrays.asList(new String[Filter.MAX_LIST_SIZE]));
        ids.replaceAll(x -> "1");
        assertThat(((Filter.In) order(leaf("id", "in", "[" + String.join(",", ids) + "]"))).values()).hasSize(Filter.MAX_LIST_SIZE);
        ids.add("1");
        InvalidQueryException e = refusal(EntityType.ORDER, leaf("id", "in", "[" + String.join(",", ids) + "]"));
        assertThat(e.where()).isEqualTo("/0/val/10000");
        assertThat(e.why()).isEqualTo("Unable to construct query: list longer than 10000 values");
    }

    @Test
    void render_examples_giveFlaskRestlessJson() {
        assertThat(FlaskRestless.render(Filter.all())).isEqualTo("[]");
        assertThat(FlaskRestless.render(Orders.CUSTOMER_NAME.like("Thomas%")))
                .isEqualTo("[{\"name\":\"customer_name\",\"op\":\"like\",\"val\":\"Thomas%\"}]");
        assertThat(FlaskRestless.render(Filter.and(Orders.ID.in(1L, null), Orders.ORDER_LINES.isEmpty())))
                .isEqualTo("[{\"name\":\"id\",\"op\":\"in\",\"val\":[1,null]},{\"name\":\"order_lines\",\"op\":\"is_null\"}]");
        assertThat(FlaskRestless.render(Filter.and(Orders.ORDER_LINES.any(OrderLines.QUANTITY.gt(new BigDecimal("2.5"))))))
                .isEqualTo("[{\"and\":[{\"name\":\"order_lines\",\"op\":\"any\",\"val\":{\"name\":\"quantity\",\"op\":\">\",\"val\":2.5}}]}]");
        assertThat(FlaskRestless.render(Filter.not(Orders.UPDATED_AT.compare(ComparisonOp.GE, Orders.CREATED_AT))))
                .isEqualTo("[{\"not\":{\"name\":\"updated_at\",\"op\":\">=\",\"field\":\"created_at\"}}]");
    }

    @Test
    void parseFilter_everyFieldOfEveryEntity_isKnownByItsSnakeCaseName() {
        Map<EntityType, Set<String>> names = Map.of(
                EntityType.ORDER, Set.of("id", "customer_name", "state", "created_at", "updated_at"),
                EntityType.ORDER_LINE, Set.of("id", "order_id", "sku_id", "quantity"),
                EntityType.SKU, Set.of("id", "product_name", "created_at", "updated_at"),
                EntityType.STORAGE, Set.of("id", "name", "created_at", "updated_at"),
                EntityType.STOCK, Set.of("storage_id", "sku_id", "on_hand", "reserved", "available"));
        names.forEach((entity, fields) -> fields.forEach(name -> assertThat(FlaskRestless.parseFilter(entity,
                "[{\"name\":\"" + name + "\",\"op\":\"is_not_null\"}]")).isEqualTo(Schema.field(entity, name).orElseThrow().isNotNull())));
    }
}
