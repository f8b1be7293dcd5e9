package io.logistik.core.query;

import io.logistik.core.InvalidQueryException;

/**
 * The page-size policy: a default size for requests that give none, and a maximum. Flask-Restless's
 * defaults are {@link #DEFAULT} (size 10, maximum 100).
 *
 * @param defaultSize size used when a request gives only a number, &gt;= 0
 * @param maxSize     largest size a request may ask for, &gt;= defaultSize
 */
public record Paging(int defaultSize, int maxSize) {

    public static final Paging DEFAULT = new Paging(10, 100);

    public Paging {
        if (defaultSize < 0 || maxSize < defaultSize) {
            throw new IllegalArgumentException("need 0 <= defaultSize <= maxSize, got " + defaultSize + " and " + maxSize);
        }
    }

    /**
     * Checks a requested page against this policy.
     *
     * @param request the requested page
     * @return {@code request}, unchanged
     * @throws InvalidQueryException (where {@code page[size]}) when the size exceeds the maximum
     */
    public PageRequest check(PageRequest request) {
        if (request.size() > maxSize) {
            throw new InvalidQueryException("page[size]", "Page size must not exceed the server's maximum: " + maxSize);
        }
        return request;
    }
}
