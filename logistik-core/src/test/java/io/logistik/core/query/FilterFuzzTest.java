package io.logistik.core.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A seeded share of the fuzz run in every build; {@code -Dlogistik.fuzz.count=1000000} runs the full million. */
class FilterFuzzTest {

    @Test
    void parseFilter_randomInputs_giveFilterOrTypedError() {
        long count = Long.getLong("logistik.fuzz.count", 10_000L);
        long seed = Long.getLong("logistik.fuzz.seed", 1L);
        long started = System.nanoTime();
        FilterFuzz.Outcome outcome = new FilterFuzz(seed).run(count);
        System.out.printf("fuzz: seed %d, %d inputs, %d valid filters, %d refused, %d ms%n",
                seed, count, outcome.valid(), outcome.refused(), (System.nanoTime() - started) / 1_000_000);
        assertThat(outcome.valid() + outcome.refused()).isEqualTo(count);
        assertThat(outcome.valid()).as("some inputs are valid filters").isPositive();
        assertThat(outcome.refused()).as("some inputs are refused").isPositive();
    }
}
