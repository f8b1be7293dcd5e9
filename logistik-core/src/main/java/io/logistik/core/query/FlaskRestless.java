package io.logistik.core.query;

import io.logistik.core.InvalidQueryException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Flask-Restless query language (master, the 1.0 JSON API form): parses the query parameters
 * services receive from their clients into a {@link Query}, and renders filters back to JSON.
 *
 * <pre>{@code
 * FlaskRestless.Request request = FlaskRestless.parseParameters(EntityType.ORDER, Map.of(
 *         "filter[objects]", "[{\"name\":\"customer_name\",\"op\":\"like\",\"val\":\"Thomas%\"}]",
 *         "sort", "-created_at",
 *         "page[size]", "20"));
 * Page<Order> page = store.orders().findPage(request.query());
 * }</pre>
 *
 * <p>Upstream quirks that clients may rely on are kept: a top-level list means AND; {@code field}
 * wins over {@code val}; keys a filter object does not use are ignored; an object with both
 * {@code or} and {@code and} is an {@code or}; an empty {@code and} or {@code or} matches every row.
 * Where upstream depended on the database, PostgreSQL's behaviour is the rule: {@code like} and
 * {@code ==} are case-sensitive, values of the wrong type are errors, {@code in} needs a list.
 *
 * <p>Differences from upstream: dates must be ISO-8601 ({@code 2024-01-20},
 * {@code 2024-01-20T08:30:00}, with an optional offset; no offset means UTC; a date alone means
 * midnight UTC) or one of {@code CURRENT_TIMESTAMP}, {@code CURRENT_DATE}, {@code LOCALTIMESTAMP};
 * free-text dates such as {@code "2nd Jan 1900"} are refused. Numeric strings are numbers even with a
 * fraction or an exponent ({@code "7.5"}, {@code "1e3"}) and compare numerically with integer fields,
 * where upstream on PostgreSQL refused all but integral ones. PostgreSQL's network operators
 * ({@code <<}, {@code <<=}, {@code >>}, {@code >>=}, {@code &&}) are refused ({@code <>} is
 * {@code !=}). Nesting is limited to {@link #MAX_DEPTH} levels and lists to
 * {@link Filter#MAX_LIST_SIZE} values, so deep input is an error rather than a crash. Timestamps
 * outside the years 1000 to 9999 (UTC) are refused, as stores keep no others. {@code filter[objects]}
 * must be a JSON list (upstream also took {@code {}} and {@code ""} as "no filters"), and every filter
 * must be a JSON object (upstream read {@code "not": [...]} as a filter without a name). The
 * {@code group} and {@code ignorecase} parameters are out of scope and refused. {@code unaccent_ilike},
 * {@code not_ilike} and {@code not_unaccent_ilike} are logistik extensions.
 *
 * <p>Every refusal is an {@link InvalidQueryException}: for the filter text its {@code where()} is a
 * JSON pointer ({@code /0/val/1}; {@code ""} is the whole text), for malformed JSON the pointer and
 * the character offset ({@code /0 at character 17}), otherwise the parameter's name
 * ({@code sort}, {@code page[size]}); its {@code why()} starts with Flask-Restless's wording.
 */
public final class FlaskRestless {

    /** The deepest nesting of JSON lists and objects that {@link #parseFilter} accepts. */
    public static final int MAX_DEPTH = 256;

    private static final String OBJECTS = "filter[objects]";
    private static final String SINGLE = "filter[single]";

    private FlaskRestless() {
    }

    /**
     * The outcome of {@link #parseParameters}: the query, and whether the client asked for exactly
     * one row ({@code filter[single]=1}, then the query has no page: pass it to
     * {@link io.logistik.core.spi.QueryableRepository#single}; otherwise to
     * {@link io.logistik.core.spi.QueryableRepository#findPage}).
     *
     * @param query  the query
     * @param single whether one row is expected
     */
    public record Request(Query query, boolean single) {
        public Request {
            Objects.requireNonNull(query, "query");
        }
    }

    /**
     * Parses {@code filter[objects]} text: a JSON list of filter objects, read for {@code entity}.
     *
     * @param entity the entity the filter is about
     * @param json   the JSON text, such as {@code [{"name":"quantity","op":">","val":5}]}
     * @return the filter: {@link Filter#all()} for {@code []}, the one filter of a one-element list,
     *         else the AND of the list
     * @throws InvalidQueryException when the text is not JSON, not a list of valid filter objects
     *                               for {@code entity}, nests deeper than {@link #MAX_DEPTH}, or holds
     *                               a list longer than {@link Filter#MAX_LIST_SIZE}
     */
    public static Filter parseFilter(EntityType entity, String json) {
        Objects.requireNonNull(entity, "entity");
        return FilterReader.read(entity, json);
    }

    /**
     * Parses {@code sort} text: comma-separated keys, each a field of {@code entity} or
     * {@code relationship.field} through a to-one relationship, with a leading {@code -} for
     * descending ({@code -created_at,order.customer_name}).
     *
     * @param entity the entity the sort is about
     * @param sort   the sort text, or null or empty for none
     * @return the keys in order; empty for empty text
     * @throws InvalidQueryException (where {@code sort}) for an unknown field, a to-many relationship,
     *                               a path with more than one dot, or an empty key
     */
    public static List<SortKey> parseSort(EntityType entity, String sort) {
        Objects.requireNonNull(entity, "entity");
        if (sort == null || sort.isEmpty()) {
            return List.of();
        }
        List<SortKey> keys = new ArrayList<>();
        String[] items = sort.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            if (items[i].isEmpty() || items[i].equals("-")) {
                throw sortError("empty sort key at position " + (i + 1) + " of \"" + sort + "\"");
            }
            keys.add(sortKey(entity, items[i]));
        }
        return List.copyOf(keys);
    }

    private static SortKey sortKey(EntityType entity, String item) {
        boolean descending = item.startsWith("-");
        String path = descending ? item.substring(1) : item;
        Direction direction = descending ? Direction.DESC : Direction.ASC;
        String[] parts = path.split("\\.", -1);
        if (parts.length == 1) {
            Field field = Schema.field(entity, path).orElseThrow(() -> sortError("no such field \"" + path + "\" on " + entity.code()));
            return new SortKey(null, field, direction);
        }
        if (parts.length > 2) {
            throw sortError("\"" + path + "\" is not a field or relationship.field");
        }
        Relationship via = Schema.relationship(entity, parts[0])
                .orElseThrow(() -> sortError("no such relationship \"" + parts[0] + "\" on " + entity.code()));
        if (via.toMany()) {
            throw sortError("cannot sort by \"" + path + "\": " + parts[0] + " is a to-many relationship");
        }
        Field field = Schema.field(via.target(), parts[1])
                .orElseThrow(() -> sortError("no such field \"" + parts[1] + "\" on " + via.target().code()));
        return new SortKey(via, field, direction);
    }

    private static InvalidQueryException sortError(String detail) {
        return new InvalidQueryException("sort", FilterReader.UNABLE + ": " + detail);
    }

    /**
     * {@link #parseParameters(EntityType, Map, Paging)} with Flask-Restless's page sizes ({@link Paging#DEFAULT}).
     *
     * @param entity     the entity queried
     * @param parameters the query parameters, by name
     * @return the query and the single flag
     * @throws InvalidQueryException naming the parameter (or the JSON pointer inside {@code filter[objects]}) and the reason
     */
    public static Request parseParameters(EntityType entity, Map<String, ?> parameters) {
        return parseParameters(entity, parameters, Paging.DEFAULT);
    }

    /**
     * Parses a whole query-parameter map, as a web framework hands it over: {@code filter[objects]},
     * {@code sort}, {@code page[number]} (default 1), {@code page[size]} (default and maximum from
     * {@code paging}; 0 means every row), {@code filter[single]} ({@code 1} or {@code 0}) and simple
     * filters {@code filter[field]=v1,v2} (a field in the values, or for a to-one relationship the
     * related row's id in them), which are ANDed with {@code filter[objects]}. A value may be a
     * {@code String}, a {@code String[]} or a collection; of several values the first counts, as in
     * Flask. Other parameters are ignored, except {@code group} and {@code ignorecase}, which are out
     * of scope and refused.
     *
     * @param entity     the entity queried
     * @param parameters the query parameters, by name
     * @param paging     the default and maximum page size
     * @return the query (without a page in single mode) and the single flag
     * @throws InvalidQueryException naming the parameter (or the JSON pointer inside
     *                               {@code filter[objects]}) and the reason
     */
    public static Request parseParameters(EntityType entity, Map<String, ?> parameters, Paging paging) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(paging, "paging");
        for (String refused : List.of("group", "ignorecase")) {
            if (parameters.containsKey(refused)) {
                throw new InvalidQueryException(refused, FilterReader.UNABLE + ": the " + refused + " parameter is not supported by logistik");
            }
        }
        List<Filter> filters = new ArrayList<>();
        first(parameters, OBJECTS).ifPresent(text -> filters.add(parseFilter(entity, text)));
        for (Map.Entry<String, ?> e : parameters.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("filter[") && key.endsWith("]") && !key.equals(OBJECTS) && !key.equals(SINGLE)) {
                filters.add(simpleFilter(entity, key, first(parameters, key).orElse("")));
            }
        }
        Filter filter = filters.size() == 1 ? filters.get(0) : Filter.and(filters);
        List<SortKey> sort = parseSort(entity, first(parameters, "sort").orElse(""));
        boolean single = first(parameters, SINGLE).map(FlaskRestless::single).orElse(false);
        PageRequest page = paging.check(PageRequest.of(
                integer(parameters, "page[number]", 1, "Page number must be a positive integer"),
                integer(parameters, "page[size]", paging.defaultSize(), "Page size must be a positive integer")));
        return new Request(new Query(entity, filter, sort, single ? null : page), single);
    }

    private static Filter simpleFilter(EntityType entity, String key, String text) {
        String name = key.substring("filter[".length(), key.length() - 1);
        List<String> texts = List.of(text.split(",", -1));
        Optional<Field> field = Schema.field(entity, name);
        if (field.isPresent()) {
            return field.get().in(simpleValues(field.get(), texts, key));
        }
        Relationship relationship = Schema.relationship(entity, name).orElseThrow(() ->
                new InvalidQueryException(key, "invalid filter object: no such field \"" + name + "\""));
        if (relationship.toMany()) {
            throw new InvalidQueryException(key, FilterReader.UNABLE + ": simple filters take fields and to-one relationships, and "
                    + name + " is a to-many relationship");
        }
        Field id = Schema.key(relationship.target()).get(0);
        return relationship.matches(id.in(simpleValues(id, texts, key)));
    }

    private static List<Object> simpleValues(Field field, List<String> texts, String key) {
        if (texts.size() > Filter.MAX_LIST_SIZE) {
            throw new InvalidQueryException(key, FilterReader.UNABLE + ": list longer than " + Filter.MAX_LIST_SIZE + " values");
        }
        List<Object> values = new ArrayList<>(texts.size());
        for (String t : texts) {
            values.add(FilterReader.value(field, t, key));
        }
        return values;
    }

    private static boolean single(String text) {
        try {
            return Integer.parseInt(text.strip()) != 0;
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(SINGLE, "Invalid format for filter[single] query parameter", e);
        }
    }

    private static int integer(Map<String, ?> parameters, String name, int absent, String why) {
        Optional<String> text = first(parameters, name);
        if (text.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.get().strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name, why, e);
        }
    }

    private static Optional<String> first(Map<String, ?> parameters, String name) {
        Object value = parameters.get(name);
        if (value instanceof String[] array) {
            value = array.length == 0 ? null : array[0];
        } else if (value instanceof Collection<?> values) {
            value = values.isEmpty() ? null : values.iterator().next();
        }
        return Optional.ofNullable(value).map(String::valueOf);
    }

    /**
     * Renders {@code filter} as {@code filter[objects]} JSON, so that {@code parseFilter(entity,
     * render(f))} equals {@code f}: {@link Filter#all()} becomes {@code []}, an AND of two or more parts
     * a list of them, any other filter a one-element list.
     *
     * @param filter the filter to render
     * @return the JSON text
     * @throws NullPointerException when {@code filter} is null
     */
    public static String render(Filter filter) {
        return FilterWriter.write(Objects.requireNonNull(filter, "filter"));
    }
}
