package io.logistik.core.model;

import io.logistik.core.internal.Violations;

/**
 * One line of an order: a quantity of one SKU.
 *
 * <p>Validated on construction: {@code quantity} &gt; 0, ids positive when present. A line not yet
 * stored has {@code null} {@code id} and {@code orderId}; the store fills them in.
 *
 * @param id       store-assigned id, or {@code null} before the order is stored
 * @param orderId  the order's id (filter field {@code order_id}), or {@code null} before create
 * @param skuId    the SKU ordered (filter field {@code sku_id})
 * @param quantity units ordered, &gt; 0
 */
public record OrderLine(Long id, Long orderId, long skuId, long quantity) {

    public OrderLine {
        Violations v = new Violations();
        v.optionalId("id", id);
        v.optionalId("order_id", orderId);
        v.positiveId("sku_id", skuId);
        if (quantity <= 0) {
            v.add("quantity", "must be greater than 0, was " + quantity);
        }
        v.throwIfAny();
    }

    /**
     * A new line to put in {@link Order#of(String, java.util.List)}.
     *
     * @param skuId    the SKU ordered, positive
     * @param quantity units ordered, &gt; 0
     * @return the line, without id or order id
     * @throws io.logistik.core.ValidationException listing both fields when both are wrong
     */
    public static OrderLine of(long skuId, long quantity) {
        return new OrderLine(null, null, skuId, quantity);
    }

    /**
     * @param newQuantity units ordered, &gt; 0
     * @return a copy with that quantity
     * @throws io.logistik.core.ValidationException when the quantity is not positive
     */
    public OrderLine withQuantity(long newQuantity) {
        return new OrderLine(id, orderId, skuId, newQuantity);
    }
}
