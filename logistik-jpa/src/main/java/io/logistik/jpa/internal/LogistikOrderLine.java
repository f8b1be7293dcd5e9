package io.logistik.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "logistik_order_line")
class LogistikOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "logistik_order_line_seq")
    @SequenceGenerator(name = "logistik_order_line_seq", sequenceName = "logistik_order_line_seq", allocationSize = Model.ALLOCATION_SIZE)
    Long id;

    @Column(name = "order_id", nullable = false)
    Long orderId;

    @Column(name = "sku_id", nullable = false)
    Long skuId;

    @Column(name = "quantity", nullable = false)
    Long quantity;
}
