package io.logistik.core;

/**
 * The one root of every error logistik throws. It is unchecked: callers catch the subclass they can
 * act on. Adapters translate their own failures (Hibernate, JDBC, SQLSTATE) into these types, so no
 * persistence type ever reaches a caller; the original failure is kept as the cause.
 */
public abstract class LogistikException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected LogistikException(String message) {
        super(message);
    }

    protected LogistikException(String message, Throwable cause) {
        super(message, cause);
    }
}
