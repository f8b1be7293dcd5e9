package io.logistik.core.internal;

import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.ValidationException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.StockCount;
import io.logistik.core.model.StockKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Store-side rules on values handed to create and update, shared by every adapter so that each
 * refuses the same values with the same fields and words. Internal: not part of the API.
 */
public final class StoreChecks {

    private StoreChecks() {
    }

    /** {@code value}, or a validation error on {@code field} when it is null. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "must not be null");
        }
        return value;
    }

    /** A value to create: no id and no {@code updated_at}, both belong to the store. */
    public static void newRow(Violations v, Long id, Instant updatedAt) {
        if (id != null) {
            v.add("id", "must be null on create: the store assigns ids, was " + id);
        }
        if (updatedAt != null) {
            v.add("updated_at", "must be null on create: the store sets it on the first update");
        }
    }

    /** A value to update names its row. */
    public static long updatedId(Long id) {
        if (id == null) {
            throw new ValidationException("id", "must be given to update a row");
        }
        return id;
    }

    /** {@code created_at} never changes: null or the stored value keeps it. */
    public static void sameCreatedAt(Violations v, Instant given, Instant stored) {
        if (given != null && !given.equals(stored)) {
            v.add("created_at", "cannot change: stored " + stored + ", given " + given);
        }
    }

    /** {@code row}, or the not-found error for {@code entity} {@code id} when it is null. */
    public static <T> T found(T row, String entity, Object id) {
        if (row == null) {
            throw new NotFoundException(entity, id);
        }
        return row;
    }

    /** Checks an order to create: present, no store-owned fields, open, lines without ids. */
    public static Order newOrder(Order value) {
        present(value, "order");
        Violations v = new Violations();
        newRow(v, value.id(), value.updatedAt());
        if (value.state() != OrderState.OPEN) {
            v.add("state", "a new order must be open, was " + value.state().code());
        }
        for (int i = 0; i < value.lines().size(); i++) {
            OrderLine line = value.lines().get(i);
            if (line.id() != null) {
                v.add("order_lines[" + i + "].id", "must be null on create: the store assigns ids, was " + line.id());
            }
            if (line.orderId() != null) {
                v.add("order_lines[" + i + "].order_id", "must be null on create, was " + line.orderId());
            }
        }
        v.throwIfAny();
        return value;
    }

    /**
     * Checks an update of the stored order {@code id}: it must be open (a stale copy of an order reserved
     * meanwhile is a conflict, not a request to change the state), keep its state and {@code created_at},
     * and name only its own lines.
     */
    public static void orderUpdate(Order value, long id, OrderState storedState, Instant storedCreatedAt,
                                   Set<Long> storedLineIds) {
        requireState(id, storedState, OrderState.OPEN, "changed");
        Violations v = new Violations();
        sameCreatedAt(v, value.createdAt(), storedCreatedAt);
        if (value.state() != storedState) {
            v.add("state", "changes only through reservations: stored " + storedState.code() + ", given " + value.state().code());
        }
        for (int i = 0; i < value.lines().size(); i++) {
            Long lineId = value.lines().get(i).id();
            if (lineId != null && !storedLineIds.contains(lineId)) {
                v.add("order_lines[" + i + "].id", "is not a line of order " + id + ": " + lineId);
            }
        }
        v.throwIfAny();
    }

    /** Refuses {@code what} ("changed", "shipped", ...) on an order that is not in the {@code required} state. */
    public static void requireState(long orderId, OrderState actual, OrderState required, String what) {
        if (actual != required) {
            throw stateConflict(orderId, actual.code(), required, what);
        }
    }

    /** The conflict for {@code what} on an order in state {@code actual} (a code, as stored) rather than {@code required}. */
    public static ReferenceConflictException stateConflict(long orderId, String actual, OrderState required, String what) {
        return new ReferenceConflictException("order", orderId,
                "the order is " + actual + "; only " + required.code() + " orders can be " + what);
    }

    /** Refuses lines naming SKUs that do not exist, every such line named; {@code existing} holds the SKUs that do. */
    public static void requireSkus(Long orderId, List<OrderLine> lines, Set<Long> existing) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            long skuId = lines.get(i).skuId();
            if (!existing.contains(skuId)) {
                missing.add("order_lines[" + i + "].sku_id: no sku with id " + skuId);
            }
        }
        if (!missing.isEmpty()) {
            throw new ReferenceConflictException("order", orderId, missing);
        }
    }

    /** A received quantity: greater than 0. */
    public static void receivedQuantity(long quantity) {
        if (quantity <= 0) {
            throw new ValidationException("quantity", "must be greater than 0, was " + quantity);
        }
    }

    /** An adjustment: not 0. */
    public static void adjustment(long delta) {
        if (delta == 0) {
            throw new ValidationException("delta", "must not be 0");
        }
    }

    /** Refuses deleting a stock row that still holds units. */
    public static void emptyStock(StockKey key, long onHand, long reserved) {
        if (onHand > 0 || reserved > 0) {
            throw new ReferenceConflictException("stock", key, "still holds units: on_hand " + onHand + ", reserved " + reserved);
        }
    }

    /** on_hand after a change, refusing an overflow of {@code long} with the row named. */
    public static long onHandAfter(StockKey key, long onHand, long change) {
        try {
            return Math.addExact(onHand, change);
        } catch (ArithmeticException e) {
            throw new ValidationException("on_hand", "would overflow at " + key + ": " + onHand + " + " + change
                    + " exceeds " + Long.MAX_VALUE);
        }
    }

    /** Adds a violation on {@code field} when a new on_hand would drop below 0 or below what is reserved. */
    public static void coversReserved(Violations v, String field, StockKey key, long reserved, long onHand) {
        if (onHand < 0) {
            v.add(field, "would be " + onHand + " at " + key + ", below 0");
        } else if (onHand < reserved) {
            v.add(field, "would be " + onHand + " at " + key + ", below the reserved " + reserved);
        }
    }

    /** The counts of a bulk import by key, refusing null counts and keys counted twice (every one reported). */
    public static SortedMap<StockKey, StockCount> distinctCounts(List<StockCount> counts) {
        present(counts, "counts");
        Violations v = new Violations();
        SortedMap<StockKey, StockCount> byKey = new TreeMap<>();
        Map<StockKey, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            StockCount count = counts.get(i);
            if (count == null) {
                v.add("counts[" + i + "]", "must not be null");
                continue;
            }
            Integer first = firstIndex.putIfAbsent(count.key(), i);
            if (first != null) {
                v.add("counts[" + i + "]", "stock " + count.key() + " is already counted in counts[" + first + "]");
            }
            byKey.put(count.key(), count);
        }
        v.throwIfAny();
        return byKey;
    }
}
