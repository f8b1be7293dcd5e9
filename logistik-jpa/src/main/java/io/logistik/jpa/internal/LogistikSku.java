package io.logistik.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@AttributeOverride(name = "name", column = @Column(name = "product_name", nullable = false))
@AttributeOverride(name = "nameFolded", column = @Column(name = "product_name_folded", nullable = false))
@AttributeOverride(name = "nameUnaccented", column = @Column(name = "product_name_unaccented", nullable = false))
@Table(name = "logistik_sku")
class LogistikSku extends LogistikNamedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "logistik_sku_seq")
    @SequenceGenerator(name = "logistik_sku_seq", sequenceName = "logistik_sku_seq", allocationSize = Model.ALLOCATION_SIZE)
    Long id;

    @Override
    Long id() {
        return id;
    }
}
