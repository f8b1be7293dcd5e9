package io.logistik.core.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void links_shortLastPage_followReferenceArithmetic() {
        Page<String> page = new Page<>(List.of("k"), 3, 5, 11);

        assertThat(page.first()).isEqualTo(1);
        assertThat(page.last()).isEqualTo(3);
        assertThat(page.prev()).isEqualTo(2);
        assertThat(page.next()).isNull();
    }

    @Test
    void prev_sizeZeroWithLaterNumber_noPreviousPage() {
        // Size 0 is Flask-Restless's "no pagination": every row is on the one page, whatever the number.
        Page<String> page = new Page<>(List.of("a", "b"), 3, 0, 2);

        assertThat(page.last()).isEqualTo(1);
        assertThat(page.prev()).isNull();
        assertThat(page.next()).isNull();
    }

    @Test
    void last_totalNearLongMax_doesNotOverflow() {
        Page<String> page = new Page<>(List.of(), 1, 10, Long.MAX_VALUE);

        assertThat(page.last()).isEqualTo(Long.MAX_VALUE / 10 + 1);
        assertThat(page.next()).isEqualTo(2);
    }

    @Test
    void next_numberAtIntMaxBelowLast_noWrapAround() {
        Page<String> page = new Page<>(List.of("x"), Integer.MAX_VALUE, 1, Long.MAX_VALUE);

        assertThat(page.next()).isNull();
        assertThat(page.prev()).isEqualTo(Integer.MAX_VALUE - 1);
    }
}
