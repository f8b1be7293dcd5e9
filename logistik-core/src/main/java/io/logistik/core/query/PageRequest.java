package io.logistik.core.query;

import io.logistik.core.InvalidQueryException;

/**
 * Which page of the results to return: {@code number} from 1, {@code size} rows per page; size 0 means
 * every row on one page (Flask-Restless's {@code page[size]=0}). The defaults and the maximum size
 * (10 and 100, as upstream) are applied by {@link Paging}. Construction throws
 * {@link InvalidQueryException} for a number below 1 or a negative size.
 *
 * @param number page number, &gt;= 1
 * @param size   rows per page, &gt;= 0
 */
public record PageRequest(int number, int size) {

    public PageRequest {
        if (size < 0) {
            throw new InvalidQueryException("page[size]", "Page size must be a positive integer");
        }
        if (number < 1) {
            throw new InvalidQueryException("page[number]", "Page number must be a positive integer");
        }
    }

    /**
     * @param number the page number, from 1
     * @param size   rows per page; 0 for every row on one page
     * @return the page request
     * @throws InvalidQueryException (where {@code page[number]} or {@code page[size]}) when the number is
     *                               below 1 or the size negative, in Flask-Restless's wording
     */
    public static PageRequest of(int number, int size) {
        return new PageRequest(number, size);
    }

    /** Rows to skip before this page. */
    public long offset() {
        return size == 0 ? 0 : (long) (number - 1) * size;
    }
}
