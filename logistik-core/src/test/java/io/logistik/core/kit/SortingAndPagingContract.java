package io.logistik.core.kit;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.MultipleResultsException;
import io.logistik.core.NotFoundException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.StockCount;
import io.logistik.core.model.StockKey;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Page;
import io.logistik.core.query.Query;
import io.logistik.core.query.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.logistik.core.kit.StoreSnapshot.assertFailsUnchanged;
import static org.assertj.core.api.Assertions.assertThat;

/** Kit group: Sorting and paging. */
public abstract class SortingAndPagingContract extends KitContext {

    protected SortingAndPagingContract(LogistikConformanceKit kit) {
        super(kit);
    }

    private static final Query STORAGES = Query.of(EntityType.STORAGE);

    /** Creates storages with these names, in this order, and returns them as stored. */
    private List<Storage> storages(String... names) {
        List<Storage> created = new ArrayList<>();
        for (String name : names) {
            created.add(store().storages().create(Storage.of(name)));
        }
        return created;
    }

    private List<Storage> sortedById(List<Storage> rows) {
        return rows.stream().sorted(Comparator.comparing(Storage::id)).toList();
    }

    @Test
    @DisplayName("Unsorted queries return rows by key, ascending")
    void find_noSort_rowsByKey() {
        List<Storage> created = storages("C", "A", "B", "A");

        assertThat(store().storages().find(STORAGES)).containsExactlyElementsOf(sortedById(created));
        assertThat(store().storages().findAll()).containsExactlyElementsOf(sortedById(created));
    }

    @Test
    @DisplayName("Text sorts by code point: upper case before lower case, accents after ASCII, ties by key")
    void find_sortByName_codePointOrderWithKeyTieBreak() {
        List<Storage> s = storages("b", "B", "\u00c4", "a", "A", "B", "Z", "\ud83d\udce6");

        List<String> asc = store().storages().find(STORAGES.orderBy(Schema.Storages.NAME.asc())).stream().map(Storage::name).toList();
        List<Storage> desc = store().storages().find(STORAGES.orderBy(Schema.Storages.NAME.desc()));

        assertThat(asc).containsExactly("A", "B", "B", "Z", "a", "b", "\u00c4", "\ud83d\udce6");
        assertThat(desc).extracting(Storage::name).containsExactly("\ud83d\udce6", "\u00c4", "b", "a", "Z", "B", "B", "A");
        assertThat(desc.subList(5, 7)).extracting(Storage::id).isSorted().containsExactlyInAnyOrder(s.get(1).id(), s.get(5).id());
    }

    @Test
    @DisplayName("updated_at sorts NULLs last ascending and first descending, with ties by key")
    void find_sortByUpdatedAt_nullsLastAscendingFirstDescending() {
        List<Storage> s = storages("never-1", "late", "never-2", "early");
        clock().advance(Duration.ofMinutes(1));
        Storage early = store().storages().update(s.get(3).withName("early!"));
        clock().advance(Duration.ofMinutes(1));
        Storage late = store().storages().update(s.get(1).withName("late!"));
        List<Long> never = sortedById(List.of(s.get(0), s.get(2))).stream().map(Storage::id).toList();

        List<Long> asc = store().storages().find(STORAGES.orderBy(Schema.Storages.UPDATED_AT.asc())).stream().map(Storage::id).toList();
        List<Long> desc = store().storages().find(STORAGES.orderBy(Schema.Storages.UPDATED_AT.desc())).stream().map(Storage::id).toList();

        assertThat(asc).containsExactly(early.id(), late.id(), never.get(0), never.get(1));
        assertThat(desc).containsExactly(never.get(0), never.get(1), late.id(), early.id());
    }

    @Test
    @DisplayName("Several sort keys apply in order, and the key is the final tie-break")
    void find_twoSortKeys_appliedInOrder() {
        List<Storage> s = storages("X", "Y", "X", "Y");
        clock().advance(Duration.ofSeconds(1));
        store().storages().update(s.get(2).withName("X"));

        List<Storage> sorted = store().storages().find(STORAGES.orderBy(Schema.Storages.NAME.desc(), Schema.Storages.UPDATED_AT.desc()));

        List<Long> ys = sortedById(List.of(s.get(1), s.get(3))).stream().map(Storage::id).toList();
        assertThat(sorted).extracting(Storage::id).containsExactly(ys.get(0), ys.get(1), s.get(0).id(), s.get(2).id());
    }

    @Test
    @DisplayName("Order lines sort by a field of their order through the to-one relationship")
    void find_sortByRelatedField_ordersByCustomerName() {
        Warehouse w = Warehouse.create(store());
        Order zoe = Warehouse.order(store(), "Zoe", OrderLine.of(w.apple().id(), 1));
        Order ada = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 2), OrderLine.of(w.banana().id(), 3));

        List<OrderLine> lines = store().orderLines().find(Query.of(EntityType.ORDER_LINE)
                .orderBy(Schema.OrderLines.ORDER.asc(Schema.Orders.CUSTOMER_NAME)));

        assertThat(lines).extracting(OrderLine::orderId).containsExactly(ada.id(), ada.id(), zoe.id());
        assertThat(lines.subList(0, 2)).extracting(OrderLine::id).isSorted();
    }

    @Test
    @DisplayName("Stock sorts by quantity with ties broken by storage, then SKU")
    void find_stockByOnHand_tiesByStorageThenSku() {
        Warehouse w = Warehouse.create(store());
        store().stock().importCounts(List.of(new StockCount(w.hamburg().id(), w.banana().id(), 5),
                new StockCount(w.hamburg().id(), w.cherry().id(), 5)));

        List<StockLevel> rows = store().stock().find(Query.of(EntityType.STOCK).orderBy(Schema.Stock.ON_HAND.desc()));

        List<StockKey> fives = List.of(new StockKey(w.berlin().id(), w.banana().id()),
                new StockKey(w.hamburg().id(), w.banana().id()), new StockKey(w.hamburg().id(), w.cherry().id()));
        assertThat(rows).extracting(StockLevel::onHand).containsExactly(10L, 7L, 5L, 5L, 5L);
        assertThat(rows.subList(2, 5)).extracting(StockLevel::key).isSorted().containsExactlyInAnyOrderElementsOf(fives);
    }

    @Test
    @DisplayName("Pages report the total and first/last/prev/next with Flask-Restless's arithmetic")
    void findPage_25Rows_linksAndSlices() {
        List<Storage> all = sortedById(storages(names(25)));

        Page<Storage> first = store().storages().findPage(STORAGES.page(1, 10));
        Page<Storage> middle = store().storages().findPage(STORAGES.page(2, 10));
        Page<Storage> last = store().storages().findPage(STORAGES.page(3, 10));

        assertThat(first.items()).containsExactlyElementsOf(all.subList(0, 10));
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.first()).isEqualTo(1);
        assertThat(first.last()).isEqualTo(3);
        assertThat(first.prev()).isNull();
        assertThat(first.next()).isEqualTo(2);
        assertThat(middle.items()).containsExactlyElementsOf(all.subList(10, 20));
        assertThat(middle.prev()).isEqualTo(1);
        assertThat(middle.next()).isEqualTo(3);
        assertThat(last.items()).containsExactlyElementsOf(all.subList(20, 25));
        assertThat(last.prev()).isEqualTo(2);
        assertThat(last.next()).isNull();
        assertThat(store().storages().find(STORAGES.page(3, 10))).containsExactlyElementsOf(all.subList(20, 25));
    }

    @Test
    @DisplayName("A page past the end is empty, with no next page and the total still counted")
    void findPage_pastTheEnd_emptyWithoutNext() {
        storages(names(5));

        Page<Storage> page = store().storages().findPage(STORAGES.page(4, 2));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.last()).isEqualTo(3);
        assertThat(page.prev()).isEqualTo(3);
        assertThat(page.next()).isNull();
    }

    @Test
    @DisplayName("Page size 0 returns every row on one page; a query without a page is page 1 of size 0")
    void findPage_sizeZeroOrNoPage_everyRowOnOnePage() {
        List<Storage> all = sortedById(storages(names(12)));

        Page<Storage> zero = store().storages().findPage(STORAGES.page(1, 0));
        Page<Storage> unpaged = store().storages().findPage(STORAGES);

        assertThat(zero.items()).containsExactlyElementsOf(all);
        assertThat(zero.last()).isEqualTo(1);
        assertThat(zero.next()).isNull();
        assertThat(unpaged.items()).containsExactlyElementsOf(all);
        assertThat(unpaged.number()).isEqualTo(1);
        assertThat(unpaged.size()).isZero();
        assertThat(unpaged.total()).isEqualTo(12);
    }

    @Test
    @DisplayName("An empty result is one empty page")
    void findPage_noRows_singleEmptyPage() {
        Page<Storage> page = store().storages().findPage(STORAGES.page(1, 10));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.last()).isEqualTo(1);
        assertThat(page.next()).isNull();
        assertThat(page.prev()).isNull();
    }

    @Test
    @DisplayName("Pages over a sort with many ties never overlap and together give every row once")
    void findPage_sortWithTies_pagesPartitionTheRows() {
        String[] names = new String[23];
        for (int i = 0; i < names.length; i++) {
            names[i] = "N" + (i % 3);
        }
        List<Storage> created = storages(names);
        Query byName = STORAGES.orderBy(Schema.Storages.NAME.desc());

        List<Storage> paged = new ArrayList<>();
        for (int number = 1; number <= 5; number++) {
            paged.addAll(store().storages().find(byName.page(number, 5)));
        }

        assertThat(paged).containsExactlyElementsOf(store().storages().find(byName));
        assertThat(paged).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    @DisplayName("Counting ignores sort and page")
    void count_withSortAndPage_countsEveryMatch() {
        storages(names(7));

        assertThat(store().storages().count(STORAGES.orderBy(Schema.Storages.NAME.asc()).page(2, 3))).isEqualTo(7);
    }

    @Test
    @DisplayName("single gives the one match, not-found for none and a distinct error for several, changing nothing")
    void single_zeroOneMany_rowOrTypedError() {
        List<Storage> s = storages("Berlin", "Hamburg", "Hamburg");

        assertThat(store().storages().single(Query.of(EntityType.STORAGE, Schema.Storages.NAME.eq("Berlin")))).isEqualTo(s.get(0));
        NotFoundException none = assertFailsUnchanged(store(), NotFoundException.class,
                () -> store().storages().single(Query.of(EntityType.STORAGE, Schema.Storages.NAME.eq("Paris"))));
        MultipleResultsException many = assertFailsUnchanged(store(), MultipleResultsException.class,
                () -> store().storages().single(Query.of(EntityType.STORAGE, Schema.Storages.NAME.eq("Hamburg"))));

        assertThat(none.entity()).isEqualTo("storage");
        assertThat(none.id()).isNull();
        assertThat(many.entity()).isEqualTo("storage");
    }

    @Test
    @DisplayName("A query about another entity is an invalid-query error on every read, changing nothing")
    void queries_otherEntity_invalidQuery() {
        storages("Berlin");
        Query skus = Query.of(EntityType.SKU);

        assertFailsUnchanged(store(), InvalidQueryException.class, () -> store().storages().find(skus));
        assertFailsUnchanged(store(), InvalidQueryException.class, () -> store().storages().findPage(skus));
        assertFailsUnchanged(store(), InvalidQueryException.class, () -> store().storages().count(skus));
        assertFailsUnchanged(store(), InvalidQueryException.class, () -> store().storages().single(skus));
        assertFailsUnchanged(store(), InvalidQueryException.class, () -> store().orderLines().find(skus));
    }

    private static String[] names(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "Storage " + (char) ('A' + (i * 7) % 26) + i;
        }
        return names;
    }
}
