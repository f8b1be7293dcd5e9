package io.logistik.core;

/**
 * The store cannot be reached or refused the work for a reason outside the caller's input: the
 * connection was lost, the database refused connections, the store is closed. Nothing of the failed
 * call was kept, except that a lost connection during commit may leave the outcome unknown, as with
 * any database; the message says which.
 */
public final class StoreUnavailableException extends LogistikException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
