package io.logistik.core.fulfilment;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IndexSortTest {

    @Test
    void sort_smallAndHugeValuesBothWays_matchesAStableReferenceSort() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(40);
            boolean huge = random.nextBoolean();
            boolean descending = random.nextBoolean();
            long[] value = new long[n];
            for (int s = 0; s < n; s++) {
                value[s] = huge ? Long.MAX_VALUE - random.nextInt(4) : random.nextInt(5);
            }
            int[] subset = IntStream.range(0, n).filter(s -> random.nextInt(4) > 0).toArray();
            Comparator<Integer> byValue = Comparator.comparingLong(s -> value[s]);
            int[] expected = IntStream.of(subset).boxed()
                    .sorted((descending ? byValue.reversed() : byValue).thenComparingInt(s -> s))
                    .mapToInt(Integer::intValue).toArray();
            int[] actual = subset.clone();

            IndexSort.sort(actual, actual.length, value, descending);

            assertThat(actual).as("round %d", round).containsExactly(expected);
        }
    }
}
