package io.logistik.core.spi;

import io.logistik.core.model.OrderLine;

import java.util.Optional;

/** Order lines, queryable on their own (for example every line of a SKU). Lines are written through {@link OrderRepository}. */
public interface OrderLineRepository extends QueryableRepository<OrderLine> {

    /** The line with this id, or empty. */
    Optional<OrderLine> get(long id);
}
