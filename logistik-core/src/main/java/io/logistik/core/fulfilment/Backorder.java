package io.logistik.core.fulfilment;

/**
 * The part of a line a {@link Policy#PARTIAL} plan could not allocate.
 *
 * @param lineIndex the line's position in the order
 * @param lineId    the line's id, or {@code null} when the order is not stored
 * @param skuId     the line's SKU
 * @param requested units the line asks for
 * @param allocated units the plan allocates to it
 */
public record Backorder(int lineIndex, Long lineId, long skuId, long requested, long allocated) {

    /** Units still owed: {@code requested - allocated}, &gt; 0. */
    public long remaining() {
        return requested - allocated;
    }
}
