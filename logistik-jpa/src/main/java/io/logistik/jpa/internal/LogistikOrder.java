package io.logistik.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An order row. Its lines are separate rows, loaded with one IN query per batch of orders, never through an association. */
@Entity
@AttributeOverride(name = "name", column = @Column(name = "customer_name", nullable = false))
@AttributeOverride(name = "nameFolded", column = @Column(name = "customer_name_folded", nullable = false))
@AttributeOverride(name = "nameUnaccented", column = @Column(name = "customer_name_unaccented", nullable = false))
@Table(name = "logistik_order")
class LogistikOrder extends LogistikNamedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "logistik_order_seq")
    @SequenceGenerator(name = "logistik_order_seq", sequenceName = "logistik_order_seq", allocationSize = Model.ALLOCATION_SIZE)
    Long id;

    @Override
    Long id() {
        return id;
    }

    /** The state's code ({@code open}, {@code reserved}, {@code shipped}), whose text order is the enum's order. */
    @Column(name = "state", nullable = false)
    String state;
}
