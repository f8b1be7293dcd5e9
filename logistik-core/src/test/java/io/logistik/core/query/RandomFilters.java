package io.logistik.core.query;

import io.logistik.core.model.OrderState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded generator of random, valid filter trees over every entity, field type and node kind. */
final class RandomFilters {

    private static final String ALPHABET = "abcXYZ %_\\\"'/~{}[]:,ßıİΣσςÜüé\u0301\u00a0\t\n😀";

    private final Random random;

    RandomFilters(Random random) {
        this.random = random;
    }

    EntityType entity() {
        EntityType[] all = EntityType.values();
        return all[random.nextInt(all.length)];
    }

    Filter filter(EntityType entity, int depth) {
        int kinds = depth <= 0 ? 6 : 10;
        switch (random.nextInt(kinds)) {
            case 0: {
                Field f = anyField(entity);
                return f.compare(op(), value(f));
            }
            case 1:
                return fieldComparison(entity);
            case 2: {
                Field f = anyField(entity);
                List<Object> values = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    values.add(random.nextInt(6) == 0 ? null : value(f));
                }
                return random.nextBoolean() ? f.in(values) : f.notIn(values);
            }
            case 3:
                return random.nextBoolean() ? anyField(entity).isNull() : anyField(entity).isNotNull();
            case 4: {
                Field text = textField(entity);
                if (text == null) {
                    return anyField(entity).isNull();
                }
                LikeMode[] modes = LikeMode.values();
                LikeMode mode = modes[random.nextInt(modes.length)];
                String pattern = pattern();
                while (mode == LikeMode.UNACCENT_ILIKE && Filter.Values.escapedCombiningMark(pattern) >= 0) {
                    pattern = pattern();
                }
                return new Filter.Like(text, pattern, mode, random.nextBoolean());
            }
            case 5: {
                Relationship r = relationship(entity);
                return random.nextBoolean() ? r.isEmpty() : r.isNotEmpty();
            }
            case 6:
                return Filter.and(parts(entity, depth));
            case 7:
                return Filter.or(parts(entity, depth));
            case 8:
                return Filter.not(filter(entity, depth - 1));
            default: {
                Relationship r = relationship(entity);
                return r.matches(filter(r.target(), depth - 1));
            }
        }
    }

    private List<Filter> parts(EntityType entity, int depth) {
        List<Filter> parts = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            parts.add(filter(entity, depth - 1));
        }
        return parts;
    }

    private Field anyField(EntityType entity) {
        List<Field> fields = entity.fields();
        return fields.get(random.nextInt(fields.size()));
    }

    private Field textField(EntityType entity) {
        List<Field> text = entity.fields().stream()
                .filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.STATE).toList();
        return text.isEmpty() ? null : text.get(random.nextInt(text.size()));
    }

    private Relationship relationship(EntityType entity) {
        List<Relationship> rels = entity.relationships();
        return rels.get(random.nextInt(rels.size()));
    }

    private Filter fieldComparison(EntityType entity) {
        Field left = anyField(entity);
        List<Field> compatible = entity.fields().stream()
                .filter(f -> f.type() == left.type() || (f.type().isNumeric() && left.type().isNumeric())).toList();
        return left.compare(op(), compatible.get(random.nextInt(compatible.size())));
    }

    ComparisonOp op() {
        ComparisonOp[] ops = ComparisonOp.values();
        return ops[random.nextInt(ops.length)];
    }

    Object value(Field field) {
        switch (field.type()) {
            case ID:
            case INTEGER:
                switch (random.nextInt(4)) {
                    case 0:
                        return BigDecimal.valueOf(random.nextInt(100_000), 1 + random.nextInt(3));
                    case 1:
                        return new BigDecimal("9" + "0".repeat(random.nextInt(30)) + "1");
                    default:
                        return random.nextLong() >> random.nextInt(64);
                }
            case TEXT:
                return text(1 + random.nextInt(8));
            case TIMESTAMP:
                if (random.nextInt(5) == 0) {
                    TimeKeyword[] keywords = TimeKeyword.values();
                    return keywords[random.nextInt(keywords.length)];
                }
                return Instant.parse("1000-01-01T00:00:00Z").plus(random.nextLong() & ((1L << 57) - 1), ChronoUnit.MICROS);
            default:
                OrderState[] states = OrderState.values();
                return states[random.nextInt(states.length)];
        }
    }

    String text(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return s.toString();
    }

    private String pattern() {
        String p = text(random.nextInt(6));
        return Filter.Values.endsWithLoneEscape(p) ? p + "x" : p;
    }
}
