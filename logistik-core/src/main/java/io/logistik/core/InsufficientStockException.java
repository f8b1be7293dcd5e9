package io.logistik.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** An order cannot be covered by available stock. Lists every short line, not only the first. */
public final class InsufficientStockException extends LogistikException {

    private static final long serialVersionUID = 1L;

    /** One short line: the SKU, the quantity the line asks for and the quantity available in all storages. */
    public record ShortLine(long lineId, long skuId, long requested, long available) {
        @Override
        public String toString() {
            return "line " + lineId + " (sku " + skuId + "): requested " + requested + ", available " + available;
        }
    }

    private final long orderId;
    private final transient List<ShortLine> lines;

    public InsufficientStockException(long orderId, List<ShortLine> lines) {
        super("insufficient stock for order " + orderId + ": "
                + Objects.requireNonNull(lines, "lines").stream().map(ShortLine::toString).collect(Collectors.joining("; ")));
        this.orderId = orderId;
        this.lines = List.copyOf(lines);
    }

    public long orderId() {
        return orderId;
    }

    public List<ShortLine> lines() {
        return lines;
    }
}
