package io.logistik.jpa.internal;

import io.logistik.core.internal.Text;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * The columns storages, SKUs and orders share: a name with its two folded copies (written here, so
 * they can never disagree with the name) and the two timestamps. Subclasses rename the name columns.
 */
@MappedSuperclass
abstract class LogistikNamedRow {

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "name_folded", nullable = false)
    String nameFolded;

    @Column(name = "name_unaccented", nullable = false)
    String nameUnaccented;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    abstract Long id();

    void name(String value) {
        name = value;
        nameFolded = Text.foldCase(value);
        nameUnaccented = Text.foldAccentsAndCase(value);
    }
}
