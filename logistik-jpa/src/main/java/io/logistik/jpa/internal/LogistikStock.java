package io.logistik.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stock level. The surrogate id keeps the mapping simple; (storage_id, sku_id) is the unique business key. */
@Entity
@Table(name = "logistik_stock")
class LogistikStock {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "logistik_stock_seq")
    @SequenceGenerator(name = "logistik_stock_seq", sequenceName = "logistik_stock_seq", allocationSize = Model.ALLOCATION_SIZE)
    Long id;

    @Column(name = "storage_id", nullable = false)
    Long storageId;

    @Column(name = "sku_id", nullable = false)
    Long skuId;

    @Column(name = "on_hand", nullable = false)
    Long onHand;

    @Column(name = "reserved", nullable = false)
    Long reserved;
}
