package io.logistik.jpa.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "logistik_storage")
class LogistikStorage extends LogistikNamedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "logistik_storage_seq")
    @SequenceGenerator(name = "logistik_storage_seq", sequenceName = "logistik_storage_seq", allocationSize = Model.ALLOCATION_SIZE)
    Long id;

    @Override
    Long id() {
        return id;
    }
}
