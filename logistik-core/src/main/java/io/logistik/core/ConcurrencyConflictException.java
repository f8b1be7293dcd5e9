package io.logistik.core;

/**
 * Another transaction changed the same rows first and the bounded retries ran out, or a lock could not
 * be had in time. Retrying the whole call later may succeed; nothing of the failed call was kept.
 */
public final class ConcurrencyConflictException extends LogistikException {

    private static final long serialVersionUID = 1L;

    public ConcurrencyConflictException(String message) {
        super(message);
    }

    public ConcurrencyConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
