package io.logistik.core.kit;

import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.ValidationException;
import io.logistik.core.model.Storage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kit group: Storages. */
public abstract class StorageContract extends KitContext {

    protected StorageContract(LogistikConformanceKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("Creating a storage assigns an id, stamps created_at from the clock and leaves updated_at null")
    void create_newStorage_assignsIdAndStampsCreatedAt() {
        Storage stored = store().storages().create(Storage.of("Berlin"));

        assertThat(stored.id()).isNotNull().isPositive();
        assertThat(stored.name()).isEqualTo("Berlin");
        assertThat(stored.createdAt()).isEqualTo(clock().instant());
        assertThat(stored.updatedAt()).isNull();
        assertThat(store().storages().get(stored.id())).contains(stored);
    }

    @Test
    @DisplayName("A created_at given on create is kept, truncated to microseconds")
    void create_givenCreatedAt_keepsItTruncated() {
        Instant imported = Instant.parse("2019-03-04T05:06:07.123456789Z");

        Storage stored = store().storages().create(new Storage(null, "Imported", imported, null));

        assertThat(stored.createdAt()).isEqualTo(Instant.parse("2019-03-04T05:06:07.123456Z"));
        assertThat(store().storages().require(stored.id()).createdAt()).isEqualTo(stored.createdAt());
    }

    @Test
    @DisplayName("Names are stored NFC-normalised")
    void create_decomposedName_storedAsNfc() {
        Storage stored = store().storages().create(Storage.of("Mu\u0308nchen"));

        assertThat(stored.name()).isEqualTo("M\u00fcnchen");
        assertThat(store().storages().require(stored.id()).name()).isEqualTo("M\u00fcnchen");
    }

    @Test
    @DisplayName("Creating a storage that already has an id and an updated_at reports both fields and stores nothing")
    void create_withIdAndUpdatedAt_reportsEveryFieldAndLeavesStoreUnchanged() {
        store().storages().create(Storage.of("Berlin"));
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThatThrownBy(() -> store().storages().create(new Storage(42L, "Hamburg", null, clock().instant())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("id", "updated_at"));
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("Updating a storage changes its name, stamps updated_at from the clock and keeps created_at")
    void update_newName_stampsUpdatedAtAndKeepsCreatedAt() {
        Storage created = store().storages().create(Storage.of("Berlin"));
        clock().advance(Duration.ofMinutes(5));

        Storage updated = store().storages().update(created.withName("Berlin-Mitte"));

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.name()).isEqualTo("Berlin-Mitte");
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isEqualTo(clock().instant());
        assertThat(store().storages().require(created.id())).isEqualTo(updated);
    }

    @Test
    @DisplayName("An update with a null created_at keeps the stored one")
    void update_nullCreatedAt_keepsStoredCreatedAt() {
        Storage created = store().storages().create(Storage.of("Berlin"));

        Storage updated = store().storages().update(new Storage(created.id(), "Berlin 2", null, null));

        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    }

    @Test
    @DisplayName("An update that changes created_at is a validation error and changes nothing")
    void update_changedCreatedAt_validationErrorAndStoreUnchanged() {
        Storage created = store().storages().create(Storage.of("Berlin"));
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThatThrownBy(() -> store().storages().update(
                new Storage(created.id(), "Other", created.createdAt().minusSeconds(60), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("created_at"));
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("Creating or updating with no storage at all is a validation error and changes nothing")
    void createUpdate_nullStorage_validationErrorAndStoreUnchanged() {
        store().storages().create(Storage.of("Berlin"));

        ValidationException created = StoreSnapshot.assertFailsUnchanged(store(), ValidationException.class,
                () -> store().storages().create(null));
        ValidationException updated = StoreSnapshot.assertFailsUnchanged(store(), ValidationException.class,
                () -> store().storages().update(null));

        assertThat(created.fields()).containsExactly("storage");
        assertThat(updated.fields()).containsExactly("storage");
    }

    @Test
    @DisplayName("Updating without an id is a validation error on id")
    void update_withoutId_validationErrorOnId() {
        assertThatThrownBy(() -> store().storages().update(Storage.of("Nowhere")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("id"));
        assertThat(store().storages().countAll()).isZero();
    }

    @Test
    @DisplayName("Updating, requiring or deleting a storage that does not exist is a not-found error and changes nothing")
    void updateRequireDelete_missingStorage_notFoundAndStoreUnchanged() {
        Storage created = store().storages().create(Storage.of("Berlin"));
        store().storages().delete(created.id());
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThat(store().storages().get(created.id())).isEmpty();
        assertThatThrownBy(() -> store().storages().require(created.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.entity()).isEqualTo("storage");
                    assertThat(e.id()).isEqualTo(created.id());
                });
        assertThatThrownBy(() -> store().storages().update(created.withName("Ghost"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store().storages().delete(created.id())).isInstanceOf(NotFoundException.class);
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("Deleting a storage that holds stock on hand is a reference conflict naming the SKU, and changes nothing")
    void delete_storageHoldingStock_conflictNamingSkuAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThatThrownBy(() -> store().storages().delete(w.berlin().id()))
                .isInstanceOfSatisfying(ReferenceConflictException.class, e -> {
                    assertThat(e.entity()).isEqualTo("storage");
                    assertThat(e.id()).isEqualTo(w.berlin().id());
                    assertThat(e.blockers()).hasSize(2);
                    assertThat(String.join("\n", e.blockers()))
                            .contains("sku " + w.apple().id()).contains("sku " + w.banana().id());
                });
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("Deleting a storage whose stock rows are all empty deletes those rows with it")
    void delete_storageWithOnlyEmptyStock_deletesItsStockRows() {
        Warehouse w = Warehouse.create(store());
        store().stock().adjust(w.hamburg().id(), w.apple().id(), -7);

        store().storages().delete(w.hamburg().id());

        assertThat(store().storages().get(w.hamburg().id())).isEmpty();
        assertThat(store().stock().get(w.hamburg().id(), w.apple().id())).isEmpty();
        assertThat(store().stock().countAll()).isEqualTo(2);
    }
}
