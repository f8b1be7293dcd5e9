package io.logistik.core.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data model as the filter language sees it, with the original app's snake_case names: every
 * field and relationship of every entity, as typed constants.
 *
 * <pre>
 * order      id, customer_name, state, created_at, updated_at        order_lines -&gt; order_line (many)
 * order_line id, order_id, sku_id, quantity                          order -&gt; order, sku -&gt; sku
 * sku        id, product_name, created_at, updated_at                storages -&gt; storage (many, through stock),
 *                                                                    stock -&gt; stock (many), order_lines -&gt; order_line (many)
 * storage    id, name, created_at, updated_at                        skus -&gt; sku (many, through stock), stock -&gt; stock (many)
 * stock      storage_id, sku_id, on_hand, reserved, available        storage -&gt; storage, sku -&gt; sku
 * </pre>
 *
 * {@code updated_at} is the only nullable field: it is NULL until a row's first update.
 */
public final class Schema {

    private static final Map<EntityType, List<Field>> FIELDS = new EnumMap<>(EntityType.class);
    private static final Map<EntityType, List<Relationship>> RELATIONSHIPS = new EnumMap<>(EntityType.class);

    private Schema() {
    }

    private static Field field(EntityType e, String name, FieldType type, boolean nullable) {
        Field f = new Field(e, name, type, nullable);
        synchronized (FIELDS) {
            FIELDS.computeIfAbsent(e, k -> new ArrayList<>()).add(f);
        }
        return f;
    }

    private static Relationship rel(EntityType e, String name, EntityType target, boolean toMany) {
        Relationship r = new Relationship(e, name, target, toMany);
        synchronized (FIELDS) {
            RELATIONSHIPS.computeIfAbsent(e, k -> new ArrayList<>()).add(r);
        }
        return r;
    }

    /** Fields and relationships of {@code order}. */
    public static final class Orders {
        public static final Field ID = field(EntityType.ORDER, "id", FieldType.ID, false);
        public static final Field CUSTOMER_NAME = field(EntityType.ORDER, "customer_name", FieldType.TEXT, false);
        public static final Field STATE = field(EntityType.ORDER, "state", FieldType.STATE, false);
        public static final Field CREATED_AT = field(EntityType.ORDER, "created_at", FieldType.TIMESTAMP, false);
        public static final Field UPDATED_AT = field(EntityType.ORDER, "updated_at", FieldType.TIMESTAMP, true);
        public static final Relationship ORDER_LINES = rel(EntityType.ORDER, "order_lines", EntityType.ORDER_LINE, true);

        private Orders() {
        }
    }

    /** Fields and relationships of {@code order_line}. */
    public static final class OrderLines {
        public static final Field ID = field(EntityType.ORDER_LINE, "id", FieldType.ID, false);
        public static final Field ORDER_ID = field(EntityType.ORDER_LINE, "order_id", FieldType.ID, false);
        public static final Field SKU_ID = field(EntityType.ORDER_LINE, "sku_id", FieldType.ID, false);
        public static final Field QUANTITY = field(EntityType.ORDER_LINE, "quantity", FieldType.INTEGER, false);
        public static final Relationship ORDER = rel(EntityType.ORDER_LINE, "order", EntityType.ORDER, false);
        public static final Relationship SKU = rel(EntityType.ORDER_LINE, "sku", EntityType.SKU, false);

        private OrderLines() {
        }
    }

    /** Fields and relationships of {@code sku}. */
    public static final class Skus {
        public static final Field ID = field(EntityType.SKU, "id", FieldType.ID, false);
        public static final Field PRODUCT_NAME = field(EntityType.SKU, "product_name", FieldType.TEXT, false);
        public static final Field CREATED_AT = field(EntityType.SKU, "created_at", FieldType.TIMESTAMP, false);
        public static final Field UPDATED_AT = field(EntityType.SKU, "updated_at", FieldType.TIMESTAMP, true);
        public static final Relationship STORAGES = rel(EntityType.SKU, "storages", EntityType.STORAGE, true);
        public static final Relationship STOCK = rel(EntityType.SKU, "stock", EntityType.STOCK, true);
        public static final Relationship ORDER_LINES = rel(EntityType.SKU, "order_lines", EntityType.ORDER_LINE, true);

        private Skus() {
        }
    }

    /** Fields and relationships of {@code storage}. */
    public static final class Storages {
        public static final Field ID = field(EntityType.STORAGE, "id", FieldType.ID, false);
        public static final Field NAME = field(EntityType.STORAGE, "name", FieldType.TEXT, false);
        public static final Field CREATED_AT = field(EntityType.STORAGE, "created_at", FieldType.TIMESTAMP, false);
        public static final Field UPDATED_AT = field(EntityType.STORAGE, "updated_at", FieldType.TIMESTAMP, true);
        public static final Relationship SKUS = rel(EntityType.STORAGE, "skus", EntityType.SKU, true);
        public static final Relationship STOCK = rel(EntityType.STORAGE, "stock", EntityType.STOCK, true);

        private Storages() {
        }
    }

    /** Fields and relationships of {@code stock} (a stock level). */
    public static final class Stock {
        public static final Field STORAGE_ID = field(EntityType.STOCK, "storage_id", FieldType.ID, false);
        public static final Field SKU_ID = field(EntityType.STOCK, "sku_id", FieldType.ID, false);
        public static final Field ON_HAND = field(EntityType.STOCK, "on_hand", FieldType.INTEGER, false);
        public static final Field RESERVED = field(EntityType.STOCK, "reserved", FieldType.INTEGER, false);
        public static final Field AVAILABLE = field(EntityType.STOCK, "available", FieldType.INTEGER, false);
        public static final Relationship STORAGE = rel(EntityType.STOCK, "storage", EntityType.STORAGE, false);
        public static final Relationship SKU = rel(EntityType.STOCK, "sku", EntityType.SKU, false);

        private Stock() {
        }
    }

    /**
     * Makes sure every holder class has registered its constants. Done in the lookups rather than in a
     * static initialiser, so two threads initialising a holder and this class cannot deadlock.
     */
    private static void loadAll() {
        if (Orders.ID == null || OrderLines.ID == null || Skus.ID == null || Storages.ID == null
                || Stock.STORAGE_ID == null) {
            throw new IllegalStateException("schema constants not initialised");
        }
    }

    /** Every field of {@code entity}, in declaration order. */
    public static List<Field> fields(EntityType entity) {
        loadAll();
        synchronized (FIELDS) {
            return List.copyOf(FIELDS.get(entity));
        }
    }

    /** Every relationship of {@code entity}, in declaration order. */
    public static List<Relationship> relationships(EntityType entity) {
        loadAll();
        synchronized (FIELDS) {
            return List.copyOf(RELATIONSHIPS.get(entity));
        }
    }

    /** The field of {@code entity} called {@code name}, if there is one. */
    public static Optional<Field> field(EntityType entity, String name) {
        return fields(entity).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The relationship of {@code entity} called {@code name}, if there is one. */
    public static Optional<Relationship> relationship(EntityType entity, String name) {
        return relationships(entity).stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The key fields of {@code entity}, the final ascending tie-break of every sort. */
    public static List<Field> key(EntityType entity) {
        return switch (entity) {
            case ORDER -> List.of(Orders.ID);
            case ORDER_LINE -> List.of(OrderLines.ID);
            case SKU -> List.of(Skus.ID);
            case STORAGE -> List.of(Storages.ID);
            case STOCK -> List.of(Stock.STORAGE_ID, Stock.SKU_ID);
        };
    }
}
