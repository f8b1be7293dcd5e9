package io.logistik.core.model;

import io.logistik.core.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorageTest {

    @Test
    void constructor_blankNameAndOutOfRangeTimestamps_reportsEveryField() {
        assertThatThrownBy(() -> new Storage(0L, " \t", Instant.parse("0999-12-31T23:59:59Z"), Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("id", "name", "created_at", "updated_at"));
    }

    @Test
    void constructor_nullName_reportsMustNotBeNull() {
        assertThatThrownBy(() -> Storage.of(null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).singleElement()
                                .satisfies(v -> assertThat(v.reason()).isEqualTo("must not be null")));
    }

    @Test
    void constructor_unpairedSurrogateInName_validationErrorSayingWhere() {
        // No database can store half a character: PostgreSQL and MariaDB refuse it, so every store must.
        assertThatThrownBy(() -> Storage.of("Lager \uD83D Nord"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("name");
                            assertThat(v.reason()).isEqualTo("must be valid Unicode: unpaired surrogate U+D83D at character 6");
                        }));
        assertThat(Storage.of("Lager \uD83D\uDCE6 Nord").name()).isEqualTo("Lager \uD83D\uDCE6 Nord");
    }

    @Test
    void constructor_decomposedName_normalisesToNfc() {
        assertThat(Storage.of("Mu\u0308nchen").name()).isEqualTo("M\u00fcnchen");
    }

    @Test
    void constructor_nanosecondTimestamp_truncatesToMicroseconds() {
        Storage s = new Storage(null, "Berlin", Instant.parse("2026-01-01T00:00:00.123456789Z"), null);

        assertThat(s.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
    }

    @Test
    void constructor_nameLongerThan255CodePoints_refused() {
        String longName = "\uD83D\uDCE6".repeat(256);

        assertThatThrownBy(() -> Storage.of(longName))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("name"));
        assertThat(Storage.of("\uD83D\uDCE6".repeat(255)).name()).hasSize(510);
    }

    @Test
    void constructor_nulCharacter_refused() {
        assertThatThrownBy(() -> Storage.of("Ber\u0000lin"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("name"));
    }

    @Test
    void withName_keepsIdAndTimestamps() {
        Storage s = new Storage(7L, "Berlin", Instant.parse("2026-01-01T00:00:00Z"), null);

        assertThat(s.withName("Hamburg")).isEqualTo(new Storage(7L, "Hamburg", s.createdAt(), null));
    }
}
