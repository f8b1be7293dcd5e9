package io.logistik.core;

import java.util.Objects;

/** The entity a call names does not exist. Carries the entity name (as in the filter language) and the id. */
public final class NotFoundException extends LogistikException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final transient Object id;

    public NotFoundException(String entity, Object id) {
        super("no " + entity + " with id " + id);
        this.entity = Objects.requireNonNull(entity, "entity");
        this.id = id;
    }

    /**
     * Creates the error for a query in {@code single} mode that matched no row.
     *
     * @param entity the entity queried, by its name in the filter language
     * @return the error, with a {@code null} id and Flask-Restless's "No result found" wording
     */
    public static NotFoundException noResult(String entity) {
        return new NotFoundException(entity, null, "No result found: no " + entity + " matches the query");
    }

    private NotFoundException(String entity, Object id, String message) {
        super(message);
        this.entity = entity;
        this.id = id;
    }

    /** The entity's name in the filter language, for example {@code order} or {@code stock}. */
    public String entity() {
        return entity;
    }

    /** The id that was looked up, or {@code null} when the error comes from a single-result query. */
    public Object id() {
        return id;
    }
}
