package io.logistik.inmemory.internal;

import io.logistik.core.internal.Text;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.query.Field;
import io.logistik.core.query.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import static java.util.Map.entry;

/** Reads a field of a row and compares field values the way every store does. */
public final class Rows {

    private static final Map<Field, Function<Object, Object>> GETTERS = Map.ofEntries(
            entry(Schema.Orders.ID, r -> ((Order) r).id()),
            entry(Schema.Orders.CUSTOMER_NAME, r -> ((Order) r).customerName()),
            entry(Schema.Orders.STATE, r -> ((Order) r).state()),
            entry(Schema.Orders.CREATED_AT, r -> ((Order) r).createdAt()),
            entry(Schema.Orders.UPDATED_AT, r -> ((Order) r).updatedAt()),
            entry(Schema.OrderLines.ID, r -> ((OrderLine) r).id()),
            entry(Schema.OrderLines.ORDER_ID, r -> ((OrderLine) r).orderId()),
            entry(Schema.OrderLines.SKU_ID, r -> ((OrderLine) r).skuId()),
            entry(Schema.OrderLines.QUANTITY, r -> ((OrderLine) r).quantity()),
            entry(Schema.Skus.ID, r -> ((Sku) r).id()),
            entry(Schema.Skus.PRODUCT_NAME, r -> ((Sku) r).productName()),
            entry(Schema.Skus.CREATED_AT, r -> ((Sku) r).createdAt()),
            entry(Schema.Skus.UPDATED_AT, r -> ((Sku) r).updatedAt()),
            entry(Schema.Storages.ID, r -> ((Storage) r).id()),
            entry(Schema.Storages.NAME, r -> ((Storage) r).name()),
            entry(Schema.Storages.CREATED_AT, r -> ((Storage) r).createdAt()),
            entry(Schema.Storages.UPDATED_AT, r -> ((Storage) r).updatedAt()),
            entry(Schema.Stock.STORAGE_ID, r -> ((StockLevel) r).storageId()),
            entry(Schema.Stock.SKU_ID, r -> ((StockLevel) r).skuId()),
            entry(Schema.Stock.ON_HAND, r -> ((StockLevel) r).onHand()),
            entry(Schema.Stock.RESERVED, r -> ((StockLevel) r).reserved()),
            entry(Schema.Stock.AVAILABLE, r -> ((StockLevel) r).available()));

    private Rows() {
    }

    /** The value of {@code field} in {@code row}, {@code null} for SQL NULL. */
    public static Object value(Field field, Object row) {
        return GETTERS.get(field).apply(row);
    }

    /**
     * Compares two non-null values of one field type: numbers numerically (an integer column against
     * a non-integral {@link BigDecimal} too), text and order states by code point (states are their
     * codes, as in the database), instants by time.
     */
    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y));
        }
        if (a instanceof String x && b instanceof String y) {
            return Text.compareCodePoints(x, y);
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.compareTo(y);
        }
        if (a instanceof OrderState x && b instanceof OrderState y) {
            return Text.compareCodePoints(x.code(), y.code());
        }
        throw new IllegalArgumentException("cannot compare " + a.getClass().getSimpleName() + " with " + b.getClass().getSimpleName());
    }

    /** The text LIKE sees: a state is its code. */
    static String text(Object value) {
        return value instanceof OrderState s ? s.code() : (String) value;
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }
}
