package io.logistik.core.model;

import io.logistik.core.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkuTest {

    @Test
    void constructor_blankProductNameAndNegativeId_reportsBoth() {
        assertThatThrownBy(() -> new Sku(-1L, "", null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("id", "product_name"));
    }

    @Test
    void withProductName_changesOnlyTheName() {
        Sku sku = new Sku(3L, "Apple", null, null);

        assertThat(sku.withProductName("Pear")).isEqualTo(new Sku(3L, "Pear", null, null));
    }
}
