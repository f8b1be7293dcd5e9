package io.logistik.core.fulfilment;

import java.util.Arrays;
import java.util.Comparator;

/** Sorts storage indices by a non-negative value, ties by index (so by storage id). */
final class IndexSort {

    private IndexSort() {
    }

    /**
     * Sorts {@code indices[0, count)} by {@code value[index]}, ascending or descending, ties by
     * ascending index. Packs value and index into one {@code long} and sorts primitives when the
     * values allow it, which is the common case by far.
     */
    static void sort(int[] indices, int count, long[] value, boolean descending) {
        int bound = value.length + 1;
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, value[indices[i]]);
        }
        if (max < Long.MAX_VALUE / bound - 1) {
            long[] keys = new long[count];
            for (int i = 0; i < count; i++) {
                long v = descending ? max - value[indices[i]] : value[indices[i]];
                keys[i] = v * bound + indices[i];
            }
            Arrays.sort(keys);
            for (int i = 0; i < count; i++) {
                indices[i] = (int) (keys[i] % bound);
            }
            return;
        }
        Integer[] boxed = new Integer[count];
        for (int i = 0; i < count; i++) {
            boxed[i] = indices[i];
        }
        Comparator<Integer> byValue = Comparator.comparingLong(s -> value[s]);
        Arrays.sort(boxed, (descending ? byValue.reversed() : byValue).thenComparingInt(s -> s));
        for (int i = 0; i < count; i++) {
            indices[i] = boxed[i];
        }
    }
}
