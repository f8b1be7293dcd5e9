package io.logistik.core.kit;

import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.ValidationException;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockCount;
import io.logistik.core.model.StockKey;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kit group: Stock levels. */
public abstract class StockContract extends KitContext {

    protected StockContract(LogistikConformanceKit kit) {
        super(kit);
    }

    private void assertUnchangedAfter(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Class<? extends Throwable> expected) {
        StoreSnapshot.assertFailsUnchanged(store(), expected, call);
    }

    @Test
    @DisplayName("Receiving goods creates the stock row and adds to on_hand; nothing is reserved")
    void receive_newPair_createsRowWithOnHand() {
        Storage s = store().storages().create(Storage.of("Berlin"));
        Sku k = store().skus().create(Sku.of("Apple"));

        StockLevel first = store().stock().receive(s.id(), k.id(), 4);
        StockLevel second = store().stock().receive(s.id(), k.id(), 6);

        assertThat(first).isEqualTo(new StockLevel(s.id(), k.id(), 4, 0));
        assertThat(second).isEqualTo(new StockLevel(s.id(), k.id(), 10, 0));
        assertThat(second.available()).isEqualTo(10);
        assertThat(store().stock().get(s.id(), k.id())).contains(second);
    }

    @Test
    @DisplayName("Receiving zero or fewer units is a validation error on quantity and changes nothing")
    void receive_nonPositiveQuantity_validationErrorAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());

        for (long q : new long[] {0, -3}) {
            StoreSnapshot before = StoreSnapshot.of(store());
            assertThatThrownBy(() -> store().stock().receive(w.berlin().id(), w.apple().id(), q))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("quantity"));
            assertThat(StoreSnapshot.of(store())).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("Receiving into a storage or SKU that does not exist is a not-found error naming it, and changes nothing")
    void receive_missingStorageOrSku_notFoundAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        Storage gone = Warehouse.deletedStorage(store());
        Sku goneSku = Warehouse.deletedSku(store());
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThatThrownBy(() -> store().stock().receive(gone.id(), w.apple().id(), 1))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.entity()).isEqualTo("storage");
                    assertThat(e.id()).isEqualTo(gone.id());
                });
        assertThatThrownBy(() -> store().stock().receive(w.berlin().id(), goneSku.id(), 1))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.entity()).isEqualTo("sku"));
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("A receipt that would overflow on_hand is a validation error, never a silent wrap-around")
    void receive_overflow_validationErrorAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        store().stock().recount(new StockCount(w.berlin().id(), w.cherry().id(), Long.MAX_VALUE - 1));

        assertUnchangedAfter(() -> store().stock().receive(w.berlin().id(), w.cherry().id(), 2), ValidationException.class);
        assertThat(Warehouse.level(store(), w.berlin(), w.cherry()).onHand()).isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    @DisplayName("An adjustment that would overflow on_hand is a validation error, never a silent wrap-around")
    void adjust_overflow_validationErrorAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        store().stock().recount(new StockCount(w.berlin().id(), w.cherry().id(), Long.MAX_VALUE - 1));

        ValidationException e = StoreSnapshot.assertFailsUnchanged(store(), ValidationException.class,
                () -> store().stock().adjust(w.berlin().id(), w.cherry().id(), 2));

        assertThat(e.fields()).containsExactly("on_hand");
        assertThat(Warehouse.level(store(), w.berlin(), w.cherry()).onHand()).isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    @DisplayName("Adjusting, recounting or importing stock of a storage or SKU that does not exist is a not-found error naming it, and changes nothing")
    void adjustRecountImport_missingStorageOrSku_notFoundNamingItAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        Storage gone = Warehouse.deletedStorage(store());
        Sku goneSku = Warehouse.deletedSku(store());

        NotFoundException storage = StoreSnapshot.assertFailsUnchanged(store(), NotFoundException.class,
                () -> store().stock().adjust(gone.id(), w.apple().id(), 1));
        NotFoundException sku = StoreSnapshot.assertFailsUnchanged(store(), NotFoundException.class,
                () -> store().stock().adjust(w.berlin().id(), goneSku.id(), 1));
        NotFoundException recount = StoreSnapshot.assertFailsUnchanged(store(), NotFoundException.class,
                () -> store().stock().recount(new StockCount(w.berlin().id(), goneSku.id(), 3)));
        NotFoundException imported = StoreSnapshot.assertFailsUnchanged(store(), NotFoundException.class,
                () -> store().stock().importCounts(List.of(new StockCount(w.hamburg().id(), w.apple().id(), 5),
                        new StockCount(gone.id(), w.banana().id(), 1))));

        assertThat(List.of(storage.entity(), sku.entity(), recount.entity(), imported.entity()))
                .containsExactly("storage", "sku", "sku", "storage");
        assertThat(List.of(storage.id(), sku.id(), recount.id(), imported.id()))
                .containsExactly(gone.id(), goneSku.id(), goneSku.id(), gone.id());
    }

    @Test
    @DisplayName("A recount, an import or a snapshot request without its argument, or an import with a missing count, is a validation error naming it")
    void recountImportForSkus_nullArguments_validationErrorNamingThemAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());

        StoreSnapshot.assertFailsUnchanged(store(), ValidationException.class, () -> store().stock().recount(null));
        StoreSnapshot.assertFailsUnchanged(store(), ValidationException.class, () -> store().stock().importCounts(null));
        StoreSnapshot.assertFailsUnchanged(store(), ValidationException.class, () -> store().stock().forSkus(null));
        ValidationException e = StoreSnapshot.assertFailsUnchanged(store(), ValidationException.class,
                () -> store().stock().importCounts(java.util.Arrays.asList(new StockCount(w.hamburg().id(), w.apple().id(), 5), null)));

        assertThat(e.fields()).containsExactly("counts[1]");
    }

    @Test
    @DisplayName("Adjusting moves on_hand up or down by the delta")
    void adjust_positiveAndNegativeDelta_changesOnHand() {
        Warehouse w = Warehouse.create(store());

        assertThat(store().stock().adjust(w.berlin().id(), w.apple().id(), -4).onHand()).isEqualTo(6);
        assertThat(store().stock().adjust(w.berlin().id(), w.apple().id(), 9).onHand()).isEqualTo(15);
        assertThat(Warehouse.level(store(), w.berlin(), w.apple()).onHand()).isEqualTo(15);
    }

    @Test
    @DisplayName("An adjustment below zero is a validation error on on_hand and changes nothing")
    void adjust_belowZero_validationErrorAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThatThrownBy(() -> store().stock().adjust(w.berlin().id(), w.apple().id(), -11))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("on_hand"));
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("An adjustment by zero is a validation error on delta")
    void adjust_zeroDelta_validationErrorOnDelta() {
        Warehouse w = Warehouse.create(store());
        StoreSnapshot before = StoreSnapshot.of(store());

        assertThatThrownBy(() -> store().stock().adjust(w.berlin().id(), w.apple().id(), 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("delta"));
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("Adjusting a pair without a row starts from zero, so only a positive delta succeeds")
    void adjust_missingRow_startsFromZero() {
        Warehouse w = Warehouse.create(store());

        assertUnchangedAfter(() -> store().stock().adjust(w.hamburg().id(), w.banana().id(), -1), ValidationException.class);
        assertThat(store().stock().adjust(w.hamburg().id(), w.banana().id(), 2)).isEqualTo(new StockLevel(w.hamburg().id(), w.banana().id(), 2, 0));
    }

    @Test
    @DisplayName("A recount sets on_hand to the counted quantity, creating an empty row when the count is zero")
    void recount_setsOnHand_andCreatesRowsForZeroCounts() {
        Warehouse w = Warehouse.create(store());

        StockLevel counted = store().stock().recount(new StockCount(w.berlin().id(), w.apple().id(), 3));
        StockLevel zero = store().stock().recount(new StockCount(w.hamburg().id(), w.cherry().id(), 0));

        assertThat(counted.onHand()).isEqualTo(3);
        assertThat(zero).isEqualTo(new StockLevel(w.hamburg().id(), w.cherry().id(), 0, 0));
        assertThat(store().stock().get(w.hamburg().id(), w.cherry().id())).contains(zero);
    }

    @Test
    @DisplayName("A recount of a missing storage is a not-found error and changes nothing")
    void recount_missingStorage_notFoundAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        Storage gone = Warehouse.deletedStorage(store());

        assertUnchangedAfter(() -> store().stock().recount(new StockCount(gone.id(), w.apple().id(), 1)), NotFoundException.class);
    }

    @Test
    @DisplayName("A bulk import applies every count and returns the levels by key")
    void importCounts_validCounts_appliedAndReturnedByKey() {
        Warehouse w = Warehouse.create(store());
        List<StockCount> counts = List.of(
                new StockCount(w.hamburg().id(), w.cherry().id(), 8),
                new StockCount(w.berlin().id(), w.apple().id(), 1),
                new StockCount(w.hamburg().id(), w.apple().id(), 0));

        List<StockLevel> result = store().stock().importCounts(counts);

        assertThat(result).extracting(StockLevel::key).isSorted()
                .containsExactlyInAnyOrderElementsOf(counts.stream().map(StockCount::key).toList());
        for (StockCount c : counts) {
            assertThat(store().stock().get(c.storageId(), c.skuId())).contains(new StockLevel(c.storageId(), c.skuId(), c.onHand(), 0));
        }
        assertThat(Warehouse.level(store(), w.berlin(), w.banana()).onHand()).isEqualTo(5);
    }

    @Test
    @DisplayName("A bulk import with a key counted twice reports every repeat and applies nothing")
    void importCounts_duplicateKeys_validationErrorListsEveryRepeatAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        StoreSnapshot before = StoreSnapshot.of(store());
        List<StockCount> counts = List.of(
                new StockCount(w.berlin().id(), w.apple().id(), 1),
                new StockCount(w.hamburg().id(), w.apple().id(), 2),
                new StockCount(w.berlin().id(), w.apple().id(), 3),
                new StockCount(w.hamburg().id(), w.apple().id(), 4));

        assertThatThrownBy(() -> store().stock().importCounts(counts))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsExactly("counts[2]", "counts[3]"));
        assertThat(StoreSnapshot.of(store())).isEqualTo(before);
    }

    @Test
    @DisplayName("A bulk import naming a missing SKU after valid counts applies none of them")
    void importCounts_missingSkuLate_notFoundAndNothingApplied() {
        Warehouse w = Warehouse.create(store());
        Sku gone = Warehouse.deletedSku(store());

        assertUnchangedAfter(() -> store().stock().importCounts(List.of(
                new StockCount(w.berlin().id(), w.apple().id(), 1),
                new StockCount(w.hamburg().id(), w.cherry().id(), 2),
                new StockCount(w.hamburg().id(), gone.id(), 3))), NotFoundException.class);
    }

    @Test
    @DisplayName("forSkus returns every stock row of the given SKUs, by key, and nothing else")
    void forSkus_someSkus_rowsOfThoseSkusByKey() {
        Warehouse w = Warehouse.create(store());
        store().stock().recount(new StockCount(w.hamburg().id(), w.cherry().id(), 0));

        List<StockLevel> rows = store().stock().forSkus(List.of(w.apple().id(), w.cherry().id(), w.apple().id()));

        assertThat(rows).extracting(StockLevel::key).isSorted().containsExactlyInAnyOrder(
                new StockKey(w.berlin().id(), w.apple().id()),
                new StockKey(w.hamburg().id(), w.apple().id()),
                new StockKey(w.hamburg().id(), w.cherry().id()));
        assertThat(store().stock().forSkus(List.of())).isEmpty();
    }

    @Test
    @DisplayName("Deleting an empty stock row unlinks the SKU from the storage")
    void delete_emptyRow_removesIt() {
        Warehouse w = Warehouse.create(store());
        store().stock().adjust(w.hamburg().id(), w.apple().id(), -7);

        store().stock().delete(w.hamburg().id(), w.apple().id());

        assertThat(store().stock().get(w.hamburg().id(), w.apple().id())).isEmpty();
        assertThat(store().stock().countAll()).isEqualTo(2);
    }

    @Test
    @DisplayName("Deleting a stock row with units on hand is a reference conflict; a missing row is not found")
    void delete_rowWithUnitsOrMissing_refusedAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());

        assertUnchangedAfter(() -> store().stock().delete(w.berlin().id(), w.apple().id()), ReferenceConflictException.class);
        assertUnchangedAfter(() -> store().stock().delete(w.hamburg().id(), w.banana().id()), NotFoundException.class);
    }
}
