package io.logistik.core;

/** A query in {@code single} mode matched more than one row (Flask-Restless: "Multiple results found"). */
public final class MultipleResultsException extends LogistikException {

    private static final long serialVersionUID = 1L;

    private final String entity;

    public MultipleResultsException(String entity) {
        super("Multiple results found: more than one " + entity + " matches the query");
        this.entity = entity;
    }

    public String entity() {
        return entity;
    }
}
