package io.logistik.core.model;

import io.logistik.core.ValidationException;
import io.logistik.core.internal.Violations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's order with its lines.
 *
 * <p>Immutable and validated on construction: {@code customerName} NFC-normalised and not blank,
 * {@code state} present, lines present with each SKU at most once, timestamps truncated to
 * microseconds within the years 1000 to 9999. Every violated field is reported, lines by index
 * ({@code order_lines[2].quantity}). Stores return lines in ascending id order.
 *
 * @param id           store-assigned id, or {@code null} before create
 * @param customerName the customer (filter field {@code customer_name})
 * @param state        the order's state (filter field {@code state}); a new order is {@link OrderState#OPEN}
 * @param createdAt    creation time, or {@code null} for "now"
 * @param updatedAt    last update time, {@code null} until updated
 * @param lines        the lines (relationship {@code order_lines}); may be empty
 */
public record Order(Long id, String customerName, OrderState state, Instant createdAt, Instant updatedAt,
                    List<OrderLine> lines) {

    public Order {
        Violations v = new Violations();
        v.optionalId("id", id);
        customerName = v.name("customer_name", customerName);
        if (state == null) {
            v.add("state", "must not be null");
        }
        createdAt = v.timestamp("created_at", createdAt);
        updatedAt = v.timestamp("updated_at", updatedAt);
        if (lines == null) {
            v.add("order_lines", "must not be null");
        } else {
            List<OrderLine> copy = new ArrayList<>(lines.size());
            Map<Long, Integer> firstIndexBySku = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                OrderLine line = lines.get(i);
                if (line == null) {
                    v.add("order_lines[" + i + "]", "must not be null");
                    continue;
                }
                Integer first = firstIndexBySku.putIfAbsent(line.skuId(), i);
                if (first != null) {
                    v.add("order_lines[" + i + "].sku_id",
                            "sku " + line.skuId() + " is already ordered in order_lines[" + first + "]; SKUs are unique within an order");
                }
                if (id != null && line.orderId() != null && !line.orderId().equals(id)) {
                    v.add("order_lines[" + i + "].order_id", "belongs to order " + line.orderId() + ", not " + id);
                }
                copy.add(line);
            }
            lines = List.copyOf(copy);
        }
        v.throwIfAny();
    }

    /**
     * A new, open order to pass to {@code create}.
     *
     * @param customerName the customer; NFC-normalised, not blank, at most 255 characters
     * @param lines        new lines ({@link OrderLine#of}), each SKU at most once; may be empty
     * @return the order, without id or timestamps
     * @throws ValidationException listing every violated field, lines by index
     */
    public static Order of(String customerName, List<OrderLine> lines) {
        return new Order(null, customerName, OrderState.OPEN, null, null, lines);
    }

    /**
     * @param newName the new customer name, under the rules of {@link #of}
     * @return a copy with that name, to pass to {@code update}
     * @throws ValidationException when the name breaks those rules
     */
    public Order withCustomerName(String newName) {
        return new Order(id, newName, state, createdAt, updatedAt, lines);
    }

    /**
     * @param newLines the lines the order should have: stored lines keep their ids, new lines have none
     * @return a copy with those lines, to pass to {@code update}
     * @throws ValidationException when the lines are null, hold a SKU twice or belong to another order
     */
    public Order withLines(List<OrderLine> newLines) {
        return new Order(id, customerName, state, createdAt, updatedAt, newLines);
    }

    /**
     * @param skuId a SKU's id
     * @return the line for {@code skuId}, or {@code null} if the order has none
     */
    public OrderLine lineForSku(long skuId) {
        for (OrderLine line : lines) {
            if (line.skuId() == skuId) {
                return line;
            }
        }
        return null;
    }
}
