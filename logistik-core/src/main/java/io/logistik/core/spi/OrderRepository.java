package io.logistik.core.spi;

import io.logistik.core.model.Order;

/**
 * Orders with their lines, always loaded together; lines come in ascending id order.
 *
 * <ul>
 *   <li>{@code create} stores the order and its lines; the order must be {@code OPEN} and its lines
 *       without ids. A line whose SKU does not exist is a {@link io.logistik.core.ReferenceConflictException}.</li>
 *   <li>{@code update} replaces the customer name and the lines: a line with an id updates that line
 *       of this order, a line without one is added, a stored line not given is removed. The state is
 *       changed only by reservations: an update that changes it is a
 *       {@link io.logistik.core.ValidationException}; updating an order that is not open is a
 *       {@link io.logistik.core.ReferenceConflictException}.</li>
 *   <li>{@code delete} deletes the order's lines with it; deleting an order that is not open is a
 *       {@link io.logistik.core.ReferenceConflictException}.</li>
 * </ul>
 */
public interface OrderRepository extends CrudRepository<Order> {
}
