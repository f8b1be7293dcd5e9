package io.logistik.jpa;

import io.logistik.core.model.OrderState;
import io.logistik.core.query.ComparisonOp;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Field;
import io.logistik.core.query.FieldType;
import io.logistik.core.query.Filter;
import io.logistik.core.query.Query;
import io.logistik.core.query.Relationship;
import io.logistik.core.query.Schema;
import io.logistik.core.query.SortKey;
import io.logistik.core.query.TimeKeyword;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Random queries over {@link RandomData}'s dataset. Ids differ between stores, so a query is generated
 * twice from the same seed, each time with the store's own ids for the same rows: the two queries then
 * ask the same question. Field-to-field comparisons of ids of different entities are left out for the
 * same reason.
 */
final class RandomFilters {

    /** Names and fragments that hit the traps: case, accents, trailing spaces, wildcards, escapes, non-BMP. */
    static final List<String> NAMES = List.of(
            "Depot", "depot", "Depot ", "DEPOT", "École", "ecole", "ÉCOLE", "Straße", "STRASSE", "100%", "100x", "a_b", "axb",
            "back\\slash", "bang!", "\uD83D\uDE00 grin", "\uFFFD mark", "\uE000 private", "Zürich", "zurich", "ǅemal", "Ωmega",
            "ωmega", "İstanbul", "istanbul", "z", "a\uD83D\uDE00b", "Depot\uD83D\uDE00");
    private static final List<String> FRAGMENTS = List.of(
            "%", "_", "\\%", "\\_", "\\\\", "!", "d", "D", "e", "É", "é", "ß", "ss", "\uD83D\uDE00", "\uFFFD", " ", "0", "x",
            "ω", "Ω", "ǅ", "ǆ", "i", "İ", "ü", "u", "epot", "cole", " grin", "%grin");

    private final Random random;
    private final BiFunction<EntityType, Integer, Long> ids;
    private final int[] counts;
    private final Instant start;

    /**
     * @param ids    the store's id of the {@code index}-th row created of an entity
     * @param counts rows created per entity, by {@link EntityType#ordinal()}
     */
    RandomFilters(long seed, BiFunction<EntityType, Integer, Long> ids, int[] counts, Instant start) {
        this.random = new Random(seed);
        this.ids = ids;
        this.counts = counts;
        this.start = start;
    }

    Query query() {
        EntityType entity = EntityType.values()[random.nextInt(EntityType.values().length)];
        Query query = Query.of(entity, filter(entity, 3)).orderBy(sort(entity));
        if (random.nextInt(3) == 0) {
            query = query.page(1 + random.nextInt(3), random.nextInt(6));
        }
        return query;
    }

    private List<SortKey> sort(EntityType entity) {
        List<SortKey> keys = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            List<Relationship> toOne = entity.relationships().stream().filter(r -> !r.toMany()).toList();
            if (!toOne.isEmpty() && random.nextInt(3) == 0) {
                Relationship via = pick(toOne);
                Field field = pick(via.target().fields());
                keys.add(random.nextBoolean() ? via.asc(field) : via.desc(field));
            } else {
                Field field = pick(entity.fields());
                keys.add(random.nextBoolean() ? field.asc() : field.desc());
            }
        }
        return keys;
    }

    Filter filter(EntityType entity, int depth) {
        int kind = random.nextInt(depth > 0 ? 12 : 6);
        switch (kind) {
            case 0, 1:
                return comparison(entity);
            case 2:
                return in(entity);
            case 3:
                return like(entity);
            case 4:
                return nullTest(entity);
            case 5:
                return fieldComparison(entity);
            case 6, 7: {
                List<Filter> parts = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    parts.add(filter(entity, depth - 1));
                }
                return kind == 6 ? Filter.and(parts) : Filter.or(parts);
            }
            case 8, 9:
                return Filter.not(filter(entity, depth - 1));
            default: {
                Relationship relationship = pick(entity.relationships());
                if (random.nextInt(5) == 0) {
                    return random.nextBoolean() ? relationship.isEmpty() : relationship.isNotEmpty();
                }
                return relationship.matches(filter(relationship.target(), depth - 1));
            }
        }
    }

    private Filter comparison(EntityType entity) {
        Field field = pick(entity.fields());
        return field.compare(pick(List.of(ComparisonOp.values())), value(field));
    }

    private Filter in(EntityType entity) {
        Field field = pick(entity.fields());
        List<Object> values = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            values.add(random.nextInt(8) == 0 ? null : value(field));
        }
        return random.nextBoolean() ? field.in(values) : field.notIn(values);
    }

    private Filter like(EntityType entity) {
        List<Field> text = entity.fields().stream().filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.STATE).toList();
        if (text.isEmpty()) {
            return comparison(entity);
        }
        Field field = pick(text);
        StringBuilder pattern = new StringBuilder();
        if (random.nextInt(3) == 0) {
            pattern.append(pick(NAMES));
        } else {
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                pattern.append(pick(FRAGMENTS));
            }
        }
        String p = pattern.toString();
        return switch (random.nextInt(4)) {
            case 0 -> field.like(p);
            case 1 -> field.notLike(p);
            case 2 -> field.ilike(p);
            default -> field.unaccentIlike(p);
        };
    }

    private Filter nullTest(EntityType entity) {
        Field field = pick(entity.fields());
        return random.nextBoolean() ? field.isNull() : field.isNotNull();
    }

    private Filter fieldComparison(EntityType entity) {
        Field left = pick(entity.fields());
        List<Field> partners = entity.fields().stream()
                .filter(f -> left.type() == FieldType.ID ? f.equals(left)
                        : f.type() == left.type() || (left.type() == FieldType.INTEGER && f.type() == FieldType.INTEGER))
                .toList();
        return left.compare(pick(List.of(ComparisonOp.values())), pick(partners));
    }

    private Object value(Field field) {
        return switch (field.type()) {
            case ID -> id(field);
            case INTEGER -> random.nextInt(6) == 0 ? new BigDecimal(random.nextInt(20) - 5).add(new BigDecimal("0.5"))
                    : (long) (random.nextInt(14) - 2);
            case TEXT -> random.nextInt(5) == 0 ? pick(FRAGMENTS) : pick(NAMES);
            case TIMESTAMP -> random.nextInt(5) == 0 ? pick(List.of(TimeKeyword.values()))
                    : start.plus(Duration.ofMinutes(random.nextInt(120) - 10));
            case STATE -> pick(List.of(OrderState.values()));
        };
    }

    /** An id of an existing row of the entity {@code field} points to, or one past them all. */
    private Object id(Field field) {
        EntityType target = targetOf(field);
        int count = counts[target.ordinal()];
        int index = random.nextInt(count + 1);
        if (index == count) {
            return ids.apply(target, count - 1) + 1000;
        }
        return ids.apply(target, index);
    }

    private static EntityType targetOf(Field field) {
        if (field.equals(Schema.OrderLines.ORDER_ID)) {
            return EntityType.ORDER;
        }
        if (field.equals(Schema.OrderLines.SKU_ID) || field.equals(Schema.Stock.SKU_ID)) {
            return EntityType.SKU;
        }
        if (field.equals(Schema.Stock.STORAGE_ID)) {
            return EntityType.STORAGE;
        }
        return field.entity();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
