package io.logistik.core.kit;

import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.ValidationException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Query;
import io.logistik.core.query.Schema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.logistik.core.kit.StoreSnapshot.assertFailsUnchanged;
import static org.assertj.core.api.Assertions.assertThat;

/** Kit group: Orders and their lines. */
public abstract class OrderContract extends KitContext {

    protected OrderContract(LogistikConformanceKit kit) {
        super(kit);
    }

    @Test
    @DisplayName("Creating an order stores it open with its lines, each line with an id and the order's id, in ascending id order")
    void create_orderWithLines_assignsIdsAndKeepsLinesInIdOrder() {
        Warehouse w = Warehouse.create(store());

        Order order = Warehouse.order(store(), "Ada Lovelace", OrderLine.of(w.banana().id(), 2), OrderLine.of(w.apple().id(), 3));

        assertThat(order.id()).isNotNull();
        assertThat(order.state()).isEqualTo(OrderState.OPEN);
        assertThat(order.createdAt()).isEqualTo(clock().instant());
        assertThat(order.updatedAt()).isNull();
        assertThat(order.lines()).extracting(OrderLine::id).doesNotContainNull().isSorted().doesNotHaveDuplicates();
        assertThat(order.lines()).extracting(OrderLine::orderId).containsOnly(order.id());
        assertThat(order.lines()).extracting(OrderLine::skuId, OrderLine::quantity)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(w.banana().id(), 2L),
                        org.assertj.core.groups.Tuple.tuple(w.apple().id(), 3L));
        assertThat(store().orders().require(order.id())).isEqualTo(order);
    }

    @Test
    @DisplayName("Order lines are queryable on their own, for example every line of a SKU")
    void orderLines_queriedBySku_returnsLinesOfEveryOrder() {
        Warehouse w = Warehouse.create(store());
        Order first = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1), OrderLine.of(w.banana().id(), 1));
        Order second = Warehouse.order(store(), "Grace", OrderLine.of(w.apple().id(), 5));

        List<OrderLine> appleLines = store().orderLines().find(
                Query.of(EntityType.ORDER_LINE, Schema.OrderLines.SKU_ID.eq(w.apple().id())));

        assertThat(appleLines).containsExactlyInAnyOrder(first.lineForSku(w.apple().id()), second.lineForSku(w.apple().id()));
        assertThat(store().orderLines().get(second.lines().get(0).id())).contains(second.lines().get(0));
        assertThat(store().orderLines().countAll()).isEqualTo(3);
    }

    @Test
    @DisplayName("An order with a line for a SKU that does not exist is a reference conflict naming the line, and nothing is stored")
    void create_unknownSku_conflictNamingLineAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        long missing = Warehouse.deletedSku(store()).id();

        ReferenceConflictException e = assertFailsUnchanged(store(), ReferenceConflictException.class,
                () -> Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1), OrderLine.of(missing, 2)));

        assertThat(e.entity()).isEqualTo("order");
        assertThat(e.blockers()).singleElement().asString().contains("order_lines[1]").contains(String.valueOf(missing));
    }

    @Test
    @DisplayName("Creating an order with an id, a state other than open and lines with ids reports every field")
    void create_storeOwnedFieldsSet_validationErrorListsEveryField() {
        Warehouse w = Warehouse.create(store());
        Order bad = new Order(77L, "Ada", OrderState.RESERVED, null, null, List.of(new OrderLine(5L, 77L, w.apple().id(), 1)));

        ValidationException e = assertFailsUnchanged(store(), ValidationException.class, () -> store().orders().create(bad));

        assertThat(e.fields()).containsExactly("id", "state", "order_lines[0].id", "order_lines[0].order_id");
    }

    @Test
    @DisplayName("Updating an order changes a line's quantity, adds new lines and removes lines not given")
    void update_linesChangedAddedRemoved_storedAsGiven() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1), OrderLine.of(w.banana().id(), 2));
        OrderLine apple = order.lineForSku(w.apple().id());
        OrderLine banana = order.lineForSku(w.banana().id());
        clock().advance(Duration.ofHours(1));

        Order updated = store().orders().update(order.withCustomerName("Ada King")
                .withLines(List.of(apple.withQuantity(4), OrderLine.of(w.cherry().id(), 6))));

        assertThat(updated.customerName()).isEqualTo("Ada King");
        assertThat(updated.createdAt()).isEqualTo(order.createdAt());
        assertThat(updated.updatedAt()).isEqualTo(clock().instant());
        assertThat(updated.lines()).extracting(OrderLine::id).isSorted();
        assertThat(updated.lineForSku(w.apple().id())).isEqualTo(new OrderLine(apple.id(), order.id(), w.apple().id(), 4));
        assertThat(updated.lineForSku(w.cherry().id()).id()).isNotNull().isNotIn(apple.id(), banana.id());
        assertThat(updated.lineForSku(w.banana().id())).isNull();
        assertThat(store().orders().require(order.id())).isEqualTo(updated);
        assertThat(store().orderLines().get(banana.id())).isEmpty();
        assertThat(store().orderLines().countAll()).isEqualTo(2);
    }

    @Test
    @DisplayName("An update that changes the state is a validation error: only reservations move it")
    void update_changedState_validationErrorAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1));
        Order shipped = new Order(order.id(), order.customerName(), OrderState.SHIPPED, null, null, order.lines());

        ValidationException e = assertFailsUnchanged(store(), ValidationException.class, () -> store().orders().update(shipped));

        assertThat(e.fields()).containsExactly("state");
    }

    @Test
    @DisplayName("An update naming a line of another order is a validation error on that line")
    void update_lineOfAnotherOrder_validationErrorAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        Order mine = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1));
        Order theirs = Warehouse.order(store(), "Grace", OrderLine.of(w.banana().id(), 1));
        OrderLine stolen = new OrderLine(theirs.lines().get(0).id(), null, w.banana().id(), 9);

        ValidationException e = assertFailsUnchanged(store(), ValidationException.class,
                () -> store().orders().update(mine.withLines(List.of(mine.lines().get(0), stolen))));

        assertThat(e.fields()).containsExactly("order_lines[1].id");
    }

    @Test
    @DisplayName("An update adding a line for a SKU that does not exist is a reference conflict naming the line, and changes nothing")
    void update_lineForUnknownSku_conflictNamingLineAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1));
        long missing = Warehouse.deletedSku(store()).id();

        ReferenceConflictException e = assertFailsUnchanged(store(), ReferenceConflictException.class,
                () -> store().orders().update(order.withLines(List.of(order.lines().get(0), OrderLine.of(missing, 2)))));

        assertThat(e.entity()).isEqualTo("order");
        assertThat(e.id()).isEqualTo(order.id());
        assertThat(e.blockers()).singleElement().asString().contains("order_lines[1]").contains(String.valueOf(missing));
    }

    @Test
    @DisplayName("Creating or updating with no order at all is a validation error and changes nothing")
    void createUpdate_nullOrder_validationErrorAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1));

        assertFailsUnchanged(store(), ValidationException.class, () -> store().orders().create(null));
        assertFailsUnchanged(store(), ValidationException.class, () -> store().orders().update(null));
    }

    @Test
    @DisplayName("An update that changes created_at is refused; one with created_at null keeps it")
    void update_createdAt_changeRefusedNullKept() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1));
        Instant other = order.createdAt().plusSeconds(1);

        assertFailsUnchanged(store(), ValidationException.class, () -> store().orders().update(
                new Order(order.id(), "Ada", OrderState.OPEN, other, null, order.lines())));
        Order kept = store().orders().update(new Order(order.id(), "Ada B", OrderState.OPEN, null, null, order.lines()));

        assertThat(kept.createdAt()).isEqualTo(order.createdAt());
    }

    @Test
    @DisplayName("Deleting an order deletes its lines with it")
    void delete_order_deletesItsLines() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1), OrderLine.of(w.banana().id(), 1));
        Order other = Warehouse.order(store(), "Grace", OrderLine.of(w.apple().id(), 1));

        store().orders().delete(order.id());

        assertThat(store().orders().get(order.id())).isEmpty();
        assertThat(store().orderLines().findAll()).containsExactlyElementsOf(other.lines());
    }

    @Test
    @DisplayName("Updating or deleting an order that does not exist is a not-found error and changes nothing")
    void updateDelete_missingOrder_notFoundAndStoreUnchanged() {
        Warehouse w = Warehouse.create(store());
        Order order = Warehouse.order(store(), "Ada", OrderLine.of(w.apple().id(), 1));
        store().orders().delete(order.id());

        NotFoundException e = assertFailsUnchanged(store(), NotFoundException.class, () -> store().orders().delete(order.id()));
        assertFailsUnchanged(store(), NotFoundException.class, () -> store().orders().update(order.withCustomerName("Ghost")));

        assertThat(e.entity()).isEqualTo("order");
        assertThat(e.id()).isEqualTo(order.id());
    }

    @Test
    @DisplayName("An order may have no lines")
    void create_noLines_storedEmpty() {
        Order order = store().orders().create(Order.of("Nobody", List.of()));

        assertThat(store().orders().require(order.id()).lines()).isEmpty();
    }
}
