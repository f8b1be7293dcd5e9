package io.logistik.jpa.internal;

import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Field;
import io.logistik.core.query.FieldType;
import io.logistik.core.query.Relationship;
import io.logistik.core.query.Schema;

import java.util.List;
import java.util.Map;

/**
 * How the filter language's entities, fields and relationships map onto the entity classes, and the
 * mappers between entities and core records. Field names reach Criteria only through this table.
 */
final class Model {

    /** Ids per sequence round trip; equals the DDL's INCREMENT BY, as the pooled optimizer requires. */
    static final int ALLOCATION_SIZE = 50;

    static final List<Class<?>> ENTITY_CLASSES = List.of(
            LogistikStorage.class, LogistikSku.class, LogistikStock.class, LogistikOrder.class, LogistikOrderLine.class);

    /** The stock attribute pair behind the computed {@code available} field. */
    static final String ON_HAND = "onHand";
    static final String RESERVED = "reserved";

    private static final Map<Field, String> ATTRIBUTES = Map.ofEntries(
            Map.entry(Schema.Orders.ID, "id"),
            Map.entry(Schema.Orders.CUSTOMER_NAME, "name"),
            Map.entry(Schema.Orders.STATE, "state"),
            Map.entry(Schema.Orders.CREATED_AT, "createdAt"),
            Map.entry(Schema.Orders.UPDATED_AT, "updatedAt"),
            Map.entry(Schema.OrderLines.ID, "id"),
            Map.entry(Schema.OrderLines.ORDER_ID, "orderId"),
            Map.entry(Schema.OrderLines.SKU_ID, "skuId"),
            Map.entry(Schema.OrderLines.QUANTITY, "quantity"),
            Map.entry(Schema.Skus.ID, "id"),
            Map.entry(Schema.Skus.PRODUCT_NAME, "name"),
            Map.entry(Schema.Skus.CREATED_AT, "createdAt"),
            Map.entry(Schema.Skus.UPDATED_AT, "updatedAt"),
            Map.entry(Schema.Storages.ID, "id"),
            Map.entry(Schema.Storages.NAME, "name"),
            Map.entry(Schema.Storages.CREATED_AT, "createdAt"),
            Map.entry(Schema.Storages.UPDATED_AT, "updatedAt"),
            Map.entry(Schema.Stock.STORAGE_ID, "storageId"),
            Map.entry(Schema.Stock.SKU_ID, "skuId"),
            Map.entry(Schema.Stock.ON_HAND, ON_HAND),
            Map.entry(Schema.Stock.RESERVED, RESERVED));

    /**
     * A relationship as a correlation: target rows whose {@code targetKey} equals the source row's
     * {@code sourceKey}, or, for the many-to-many ones through stock, stock rows whose
     * {@code sourceKey}-named column equals the source id and target rows whose id equals the stock
     * row's {@code targetKey}-named column.
     */
    record Link(Class<?> target, String targetKey, String sourceKey, boolean throughStock) {
    }

    private static final Map<Relationship, Link> LINKS = Map.ofEntries(
            Map.entry(Schema.Orders.ORDER_LINES, new Link(LogistikOrderLine.class, "orderId", "id", false)),
            Map.entry(Schema.OrderLines.ORDER, new Link(LogistikOrder.class, "id", "orderId", false)),
            Map.entry(Schema.OrderLines.SKU, new Link(LogistikSku.class, "id", "skuId", false)),
            Map.entry(Schema.Skus.STOCK, new Link(LogistikStock.class, "skuId", "id", false)),
            Map.entry(Schema.Skus.ORDER_LINES, new Link(LogistikOrderLine.class, "skuId", "id", false)),
            Map.entry(Schema.Skus.STORAGES, new Link(LogistikStorage.class, "storageId", "skuId", true)),
            Map.entry(Schema.Storages.STOCK, new Link(LogistikStock.class, "storageId", "id", false)),
            Map.entry(Schema.Storages.SKUS, new Link(LogistikSku.class, "skuId", "storageId", true)),
            Map.entry(Schema.Stock.STORAGE, new Link(LogistikStorage.class, "id", "storageId", false)),
            Map.entry(Schema.Stock.SKU, new Link(LogistikSku.class, "id", "skuId", false)));

    private Model() {
    }

    static Class<?> entityClass(EntityType entity) {
        return switch (entity) {
            case ORDER -> LogistikOrder.class;
            case ORDER_LINE -> LogistikOrderLine.class;
            case SKU -> LogistikSku.class;
            case STORAGE -> LogistikStorage.class;
            case STOCK -> LogistikStock.class;
        };
    }

    /** The attribute holding {@code field}; {@code stock.available} has none (it is on_hand - reserved). */
    static String attribute(Field field) {
        String attribute = ATTRIBUTES.get(field);
        if (attribute == null) {
            throw new IllegalArgumentException("no column for " + field);
        }
        return attribute;
    }

    /**
     * The attribute holding {@code field}'s case-folded copy, for ilike. A state's code is lower-case
     * ASCII, already its own fold.
     */
    static String foldedAttribute(Field field) {
        return field.type() == FieldType.STATE ? attribute(field) : attribute(field) + "Folded";
    }

    /** The attribute holding {@code field}'s case- and accent-folded copy, for unaccent_ilike. */
    static String unaccentedAttribute(Field field) {
        return field.type() == FieldType.STATE ? attribute(field) : attribute(field) + "Unaccented";
    }

    static Link link(Relationship relationship) {
        return LINKS.get(relationship);
    }

    static Storage storage(LogistikStorage e) {
        return new Storage(e.id, e.name, e.createdAt, e.updatedAt);
    }

    static Sku sku(LogistikSku e) {
        return new Sku(e.id, e.name, e.createdAt, e.updatedAt);
    }

    static StockLevel stock(LogistikStock e) {
        return new StockLevel(e.storageId, e.skuId, e.onHand, e.reserved);
    }

    static OrderLine line(LogistikOrderLine e) {
        return new OrderLine(e.id, e.orderId, e.skuId, e.quantity);
    }

    static Order order(LogistikOrder e, List<OrderLine> lines) {
        return new Order(e.id, e.name, OrderState.fromCode(e.state), e.createdAt, e.updatedAt, lines);
    }
}
