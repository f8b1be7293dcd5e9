package io.logistik.core.fulfilment;

import io.logistik.core.InsufficientStockException;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Available stock cannot cover the order under {@link Policy#ALL_OR_NOTHING}: every short line, not
 * only the first.
 *
 * @param orderId the order's id, or {@code null} when it is not stored
 * @param lines   every line whose total availability is below its request, in line order; never empty
 */
public record Shortfall(Long orderId, List<Line> lines) implements FulfilmentResult {

    public Shortfall {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a shortfall needs at least one short line");
        }
    }

    /**
     * One short line.
     *
     * @param lineIndex            the line's position in the order
     * @param lineId               the line's id, or {@code null} when the order is not stored
     * @param skuId                the line's SKU
     * @param requested            units the line asks for
     * @param available            units available in all storages together, below {@code requested}
     * @param availableByStorage   available units per storage id (only storages with some), by storage id
     */
    public record Line(int lineIndex, Long lineId, long skuId, long requested, long available,
                       Map<Long, Long> availableByStorage) {
        public Line {
            availableByStorage = Collections.unmodifiableMap(new TreeMap<>(availableByStorage));
        }
    }

    /**
     * Always throws: a shortfall has no plan.
     *
     * @throws InsufficientStockException listing every short line; ids of an order or line not
     *                                    stored are reported as 0
     */
    @Override
    public Plan requirePlan() {
        throw toException();
    }

    /** The core exception for this shortfall; ids of an order or line not stored are 0. */
    public InsufficientStockException toException() {
        return new InsufficientStockException(orderId == null ? 0 : orderId, lines.stream()
                .map(l -> new InsufficientStockException.ShortLine(l.lineId() == null ? 0 : l.lineId(), l.skuId(),
                        l.requested(), l.available()))
                .toList());
    }
}
