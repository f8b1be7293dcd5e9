package io.logistik.core.model;

import io.logistik.core.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StockLevelTest {

    @Test
    void available_isOnHandMinusReserved() {
        assertThat(new StockLevel(1, 2, 10, 4).available()).isEqualTo(6);
    }

    @Test
    void constructor_reservedAboveOnHand_refused() {
        assertThatThrownBy(() -> new StockLevel(1, 2, 3, 4))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("reserved"));
    }

    @Test
    void constructor_negativeQuantitiesAndIds_reportsEveryField() {
        assertThatThrownBy(() -> new StockLevel(0, -1, -1, -1))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("storage_id", "sku_id", "on_hand", "reserved"));
    }

    @Test
    void stockCount_negativeOnHand_refused() {
        assertThatThrownBy(() -> new StockCount(1, 1, -1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("on_hand"));
    }

    @Test
    void stockKey_ordersByStorageThenSku() {
        assertThat(new StockKey(1, 9)).isLessThan(new StockKey(2, 1));
        assertThat(new StockKey(2, 1)).isLessThan(new StockKey(2, 3));
        assertThat(new StockCount(4, 5, 0).key()).isEqualTo(new StockKey(4, 5));
    }
}
