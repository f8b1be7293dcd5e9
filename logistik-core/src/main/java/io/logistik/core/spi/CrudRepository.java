package io.logistik.core.spi;

import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.ValidationException;

import java.util.Optional;

/**
 * Create, read, update and delete of an entity with a store-assigned {@code long} id.
 *
 * <p>Every method is atomic: when it throws, the store is exactly as before the call.
 *
 * @param <T> the row type
 */
public interface CrudRepository<T> extends QueryableRepository<T> {

    /**
     * Stores a new row and returns it as stored: with its id assigned, {@code created_at} from the
     * value or else from the store's clock, {@code updated_at} null.
     *
     * @param value a value whose id is {@code null}
     * @return the stored row
     * @throws ValidationException        when the value is null, has an id, or breaks a rule checked only here
     * @throws ReferenceConflictException when the value refers to a row that does not exist
     */
    T create(T value);

    /** The row with this id, or empty. */
    Optional<T> get(long id);

    /**
     * The row with this id.
     *
     * @throws NotFoundException when there is none
     */
    T require(long id);

    /**
     * Replaces the row with {@code value.id()} by {@code value} and returns it as stored, with
     * {@code updated_at} from the store's clock. {@code created_at} cannot change: a null or equal
     * value keeps it, another is a validation error.
     *
     * @throws ValidationException        when the value is null, has no id, or changes what may not change
     * @throws NotFoundException          when no row has that id
     * @throws ReferenceConflictException when the change would break a reference or a state rule
     */
    T update(T value);

    /**
     * Deletes the row with this id.
     *
     * @throws NotFoundException          when no row has that id
     * @throws ReferenceConflictException when other rows still need it; names what blocks it
     */
    void delete(long id);
}
