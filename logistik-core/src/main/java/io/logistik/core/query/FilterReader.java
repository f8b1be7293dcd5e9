package io.logistik.core.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.logistik.core.InvalidQueryException;
import io.logistik.core.model.OrderState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads {@code filter[objects]} text in two steps: jackson-core's streaming parser builds a plain tree
 * (maps, lists, strings, numbers) within the depth and list limits, then the tree is interpreted for
 * an entity. Two steps because JSON keys come in any order and a {@code has}/{@code any} value can only
 * be read once its {@code name} says which entity it is about.
 */
final class FilterReader {

    static final String MALFORMED = "Unable to decode filter objects as JSON list";
    static final String UNABLE = "Unable to construct query";
    static final String MISSING_NAME = "invalid filter object: missing field name";
    static final String MISSING_OP = "invalid filter object: missing operator";
    static final String MISSING_ARGUMENT = "invalid filter object: expected an argument for this operator but none was given";
    static final String NULL_VALUE = "invalid filter object: To compare a value to NULL, use the unary is_null/is_not_null operators.";

    /** Longest numeric string accepted for a number, as jackson-core's limit for number tokens. */
    private static final int MAX_NUMBER_TEXT = 1000;

    private static final JsonFactory JSON = new JsonFactory();

    private FilterReader() {
    }

    static Filter read(EntityType entity, String text) {
        Object root = parseJson(text);
        if (!(root instanceof List<?> items)) {
            throw new InvalidQueryException("", UNABLE + ": filter[objects] must be a JSON list of filter objects");
        }
        List<Filter> filters = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            filters.add(filter(entity, items.get(i), "/" + i));
        }
        return filters.size() == 1 ? filters.get(0) : Filter.and(filters);
    }

    // ---- step 1: JSON text to a plain tree ----

    private static Object parseJson(String text) {
        if (text == null) {
            throw new InvalidQueryException("", MALFORMED + ": no text");
        }
        JsonParser p;
        try {
            p = JSON.createParser(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (p) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw malformed(p, p.currentLocation(), "no JSON value", null);
            }
            Object root = readValue(p, first, 1);
            if (p.nextToken() != null) {
                throw malformed(p, p.currentTokenLocation(), "text after the JSON value", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            throw malformed(p, at, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidQueryException malformed(JsonParser p, JsonLocation at, String detail, Throwable cause) {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        long offset = Math.max(0, at.getCharOffset());
        String where = pointer.isEmpty() ? "character " + offset : pointer + " at character " + offset;
        return new InvalidQueryException(where, MALFORMED + ": " + detail, cause);
    }

    private static Object readValue(JsonParser p, JsonToken token, int depth) throws IOException {
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                if (depth > FlaskRestless.MAX_DEPTH) {
                    throw new InvalidQueryException(p.getParsingContext().pathAsPointer().toString(),
                            UNABLE + ": nesting deeper than " + FlaskRestless.MAX_DEPTH + " levels");
                }
                return token == JsonToken.START_OBJECT ? readObject(p, depth) : readArray(p, depth);
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                try {
                    return token == JsonToken.VALUE_NUMBER_INT ? p.getNumberValue() : p.getDecimalValue();
                } catch (NumberFormatException e) {
                    throw new InvalidQueryException(p.getParsingContext().pathAsPointer().toString(),
                            UNABLE + ": number out of range: " + describe(p.getText()), e);
                }
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private static Map<String, Object> readObject(JsonParser p, int depth) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            // A repeated key keeps its last value, as Python's json module does upstream.
            map.put(key, readValue(p, p.nextToken(), depth + 1));
        }
        return map;
    }

    private static List<Object> readArray(JsonParser p, int depth) throws IOException {
        List<Object> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (list.size() == Filter.MAX_LIST_SIZE) {
                throw new InvalidQueryException(p.getParsingContext().pathAsPointer().toString(),
                        UNABLE + ": list longer than " + Filter.MAX_LIST_SIZE + " values");
            }
            list.add(readValue(p, t, depth + 1));
        }
        return list;
    }

    // ---- step 2: the tree to a filter ----

    private static Filter filter(EntityType entity, Object node, String at) {
        if (!(node instanceof Map<?, ?> object)) {
            throw new InvalidQueryException(at, UNABLE + ": a filter must be a JSON object, not " + describe(node));
        }
        // Upstream reads "or" first, then "and", then "not"; any other key beside them is ignored.
        if (object.containsKey("or")) {
            return Filter.or(filters(entity, object.get("or"), at + "/or", "or"));
        }
        if (object.containsKey("and")) {
            return Filter.and(filters(entity, object.get("and"), at + "/and", "and"));
        }
        if (object.containsKey("not")) {
            return Filter.not(filter(entity, object.get("not"), at + "/not"));
        }
        return leaf(entity, object, at);
    }

    private static List<Filter> filters(EntityType entity, Object node, String at, String connective) {
        if (!(node instanceof List<?> items)) {
            throw new InvalidQueryException(at, UNABLE + ": " + connective + " takes a JSON list of filters, not " + describe(node));
        }
        List<Filter> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(filter(entity, items.get(i), at + "/" + i));
        }
        return out;
    }

    private static Filter leaf(EntityType entity, Map<?, ?> object, String at) {
        Object name = object.get("name");
        if (name == null) {
            throw new InvalidQueryException(at, MISSING_NAME);
        }
        if (!(name instanceof String fieldName)) {
            throw new InvalidQueryException(at + "/name", noSuchField(describe(name)));
        }
        Optional<Field> field = Schema.field(entity, fieldName);
        Optional<Relationship> relationship = Schema.relationship(entity, fieldName);
        if (field.isEmpty() && relationship.isEmpty()) {
            throw new InvalidQueryException(at + "/name", noSuchField(fieldName));
        }
        Object opNode = object.get("op");
        if (opNode == null) {
            throw new InvalidQueryException(at, MISSING_OP);
        }
        String opName = opNode instanceof String s ? s : describe(opNode);
        if (Operator.NETWORK.contains(opName)) {
            throw new InvalidQueryException(at + "/op", UNABLE + ": operator \"" + opName
                    + "\" is one of PostgreSQL's network operators, which logistik does not support");
        }
        Operator op = opNode instanceof String ? Operator.named(opName) : null;
        if (op == null) {
            throw new InvalidQueryException(at + "/op", "invalid filter object: unknown operator \"" + opName + "\"");
        }
        if (op.kind() == Operator.Kind.IS_NULL) {
            return field.isPresent() ? new Filter.IsNull(field.get(), op.negated())
                    : new Filter.RelationshipNull(relationship.get(), op.negated());
        }
        if (op.kind() == Operator.Kind.HAS || op.kind() == Operator.Kind.ANY) {
            return related(relationship.orElse(null), fieldName, op, object, at);
        }
        if (field.isEmpty()) {
            throw new InvalidQueryException(at + "/op", UNABLE + ": operator \"" + opName + "\" applies to fields, and "
                    + fieldName + " is a relationship; use has, any, is_null or is_not_null");
        }
        return binary(field.get(), op, opName, object, at);
    }

    private static Filter related(Relationship relationship, String name, Operator op, Map<?, ?> object, String at) {
        String opName = op.kind() == Operator.Kind.HAS ? "has" : "any";
        if (relationship == null) {
            throw new InvalidQueryException(at + "/op", UNABLE + ": " + opName + " applies to relationships, and " + name + " is a field");
        }
        if (relationship.toMany() != (op.kind() == Operator.Kind.ANY)) {
            throw new InvalidQueryException(at + "/op", UNABLE + ": " + name + " is a to-" + (relationship.toMany() ? "many" : "one")
                    + " relationship; use " + (relationship.toMany() ? "any" : "has"));
        }
        if (!object.containsKey("val") || object.get("val") == null) {
            throw new InvalidQueryException(at, UNABLE + ": " + opName + " needs a filter object as val");
        }
        return new Filter.Related(relationship, filter(relationship.target(), object.get("val"), at + "/val"));
    }

    private static Filter binary(Field field, Operator op, String opName, Map<?, ?> object, String at) {
        // "field" wins over "val" when both are given, as upstream.
        if (object.containsKey("field")) {
            Object other = object.get("field");
            Optional<Field> right = other instanceof String s ? Schema.field(field.entity(), s) : Optional.empty();
            if (right.isEmpty()) {
                throw new InvalidQueryException(at + "/field", noSuchField(other instanceof String s ? s : describe(other)));
            }
            if (op.kind() != Operator.Kind.COMPARE) {
                throw new InvalidQueryException(at + "/op", UNABLE + ": operator \"" + opName
                        + "\" cannot compare two fields; use a comparison operator");
            }
            return build(at + "/field", () -> new Filter.CompareFields(field, op.comparison(), right.get()));
        }
        if (!object.containsKey("val")) {
            throw new InvalidQueryException(at, MISSING_ARGUMENT);
        }
        Object val = object.get("val");
        String valAt = at + "/val";
        if (val == null) {
            throw new InvalidQueryException(valAt, NULL_VALUE);
        }
        return switch (op.kind()) {
            case COMPARE -> {
                Object value = value(field, val, valAt);
                yield build(valAt, () -> new Filter.Compare(field, op.comparison(), value));
            }
            case LIKE -> {
                if (!(val instanceof String pattern)) {
                    throw new InvalidQueryException(valAt, UNABLE + ": wrong type: " + opName + " takes a string pattern, not " + describe(val));
                }
                yield build(valAt, () -> new Filter.Like(field, pattern, op.likeMode(), op.negated()));
            }
            case IN -> {
                if (!(val instanceof List<?> items)) {
                    throw new InvalidQueryException(valAt, UNABLE + ": not a list: " + opName + " takes a JSON list as val, not " + describe(val));
                }
                List<Object> values = new ArrayList<>(items.size());
                for (int i = 0; i < items.size(); i++) {
                    Object item = items.get(i);
                    values.add(item == null ? null : value(field, item, valAt + "/" + i));
                }
                yield build(valAt, () -> new Filter.In(field, values, op.negated()));
            }
            default -> throw new IllegalStateException(op.kind().toString());
        };
    }

    /** Builds a node, moving a model error to the JSON pointer of the value that caused it. */
    private static Filter build(String at, Supplier<Filter> node) {
        try {
            return node.get();
        } catch (InvalidQueryException e) {
            throw new InvalidQueryException(at, UNABLE + ": " + e.why(), e);
        }
    }

    /**
     * A JSON value (or the text of a simple filter) as a value of {@code field}'s type: numbers and
     * numeric strings for numeric fields, ISO-8601 text or a time keyword for timestamps, a state's code
     * for {@code state}, strings for text.
     *
     * @throws InvalidQueryException at {@code at} when the value does not fit
     */
    static Object value(Field field, Object json, String at) {
        Object typed = switch (field.type()) {
            case ID, INTEGER -> number(field, json, at);
            case TEXT -> json instanceof String ? json : null;
            case TIMESTAMP -> timestamp(field, json, at);
            case STATE -> json instanceof String s ? OrderState.fromCode(s) : null;
        };
        if (typed == null) {
            throw wrongType(field, json, at);
        }
        try {
            return Filter.Values.normalise(field, typed);
        } catch (InvalidQueryException e) {
            throw new InvalidQueryException(at, UNABLE + ": " + e.why(), e);
        }
    }

    private static Object number(Field field, Object json, String at) {
        if (json instanceof Number) {
            return json;
        }
        if (json instanceof String s && s.length() <= MAX_NUMBER_TEXT) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                throw wrongType(field, json, at);
            }
        }
        return null;
    }

    private static Object timestamp(Field field, Object json, String at) {
        if (!(json instanceof String s)) {
            return null;
        }
        if (s.isBlank()) {
            // Upstream turns a blank date into None, which is the NULL-comparison error.
            throw new InvalidQueryException(at, NULL_VALUE);
        }
        for (TimeKeyword keyword : TimeKeyword.values()) {
            if (keyword.name().equals(s)) {
                return keyword;
            }
        }
        String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            if (iso.length() <= 10) {
                return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            try {
                return OffsetDateTime.parse(iso).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(at, UNABLE + ": wrong type: " + field.name()
                    + " takes an ISO-8601 date or date-time (such as 2024-01-20 or 2024-01-20T08:30:00Z) or "
                    + "CURRENT_TIMESTAMP, CURRENT_DATE or LOCALTIMESTAMP, not " + describe(json), e);
        }
    }

    private static InvalidQueryException wrongType(Field field, Object json, String at) {
        String expected = switch (field.type()) {
            case ID, INTEGER -> "a number";
            case TEXT -> "a string";
            case TIMESTAMP -> "an ISO-8601 date or date-time";
            case STATE -> "one of \"open\", \"reserved\", \"shipped\"";
        };
        return new InvalidQueryException(at, UNABLE + ": wrong type: " + field.name() + " takes " + expected + ", not " + describe(json));
    }

    private static String noSuchField(String name) {
        return "invalid filter object: no such field \"" + name + "\"";
    }

    /** A short description of a JSON value for error messages, never longer than about 60 characters (code points). */
    static String describe(Object json) {
        if (json == null) {
            return "null";
        }
        if (json instanceof Map<?, ?>) {
            return "a JSON object";
        }
        if (json instanceof List<?>) {
            return "a JSON list";
        }
        String text = json instanceof String s ? "\"" + s + "\"" : String.valueOf(json);
        // Cut by code points: a cut by UTF-16 units could split a character and leave half of it in the message.
        return text.codePointCount(0, text.length()) > 60 ? text.substring(0, text.offsetByCodePoints(0, 57)) + "..." : text;
    }
}
