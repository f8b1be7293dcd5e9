package io.logistik.core;

import java.util.List;
import java.util.Objects;

/**
 * A create, change or delete would break a reference (a line naming a missing SKU, deleting a SKU that
 * order lines use, deleting a storage that still holds stock) or a state rule (changing a reserved
 * order). Names the entity acted on and what blocks it.
 */
public final class ReferenceConflictException extends LogistikException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final transient Object id;
    private final transient List<String> blockers;

    /**
     * @param entity   the entity acted on, by its name in the filter language
     * @param id       its id, or {@code null} for a row being created
     * @param blockers what blocks the change, one sentence each; at least one
     */
    public ReferenceConflictException(String entity, Object id, List<String> blockers) {
        super((id == null ? "new " + entity : entity + " " + id) + ": " + String.join("; ", blockers));
        this.entity = Objects.requireNonNull(entity, "entity");
        this.id = id;
        this.blockers = List.copyOf(blockers);
    }

    /** A conflict with one blocker; see {@link #ReferenceConflictException(String, Object, List)}. */
    public ReferenceConflictException(String entity, Object id, String blocker) {
        this(entity, id, List.of(blocker));
    }

    public String entity() {
        return entity;
    }

    /** The id of the row acted on, or {@code null} for a row being created. */
    public Object id() {
        return id;
    }

    /** What blocks the change, one sentence each (e.g. {@code "used by order_line 12 of order 4"}). */
    public List<String> blockers() {
        return blockers;
    }
}
