package io.logistik.core.query;

import java.util.List;
import java.util.Objects;

/**
 * One page of results with Flask-Restless's link arithmetic: {@code first} is 1; {@code last} is
 * {@code ceil(total / size)}, or 1 when there are no rows or the size is 0; {@code prev} is
 * {@code number - 1} when number &gt; 1; {@code next} is {@code number + 1} when number &lt; last. A page past
 * the end has no items and no next. Size 0 is upstream's "no pagination": every row is on the one
 * page whatever the number, so there is neither a previous nor a next page.
 *
 * @param items  the rows of this page
 * @param number this page's number, from 1
 * @param size   the page size; 0 when every row is on this one page
 * @param total  how many rows match the query in all
 * @param <T>    the row type
 */
public record Page<T>(List<T> items, int number, int size, long total) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    public int first() {
        return 1;
    }

    public long last() {
        if (size == 0 || total == 0) {
            return 1;
        }
        // Not (total + size - 1) / size: that overflows for totals near Long.MAX_VALUE.
        return total / size + (total % size == 0 ? 0 : 1);
    }

    /** The previous page's number, or {@code null} on the first page and when the size is 0. */
    public Integer prev() {
        return number > 1 && size > 0 ? number - 1 : null;
    }

    /**
     * The next page's number, or {@code null} on the last page or past it, and when the number is
     * already the largest an {@code int} page number can be.
     */
    public Integer next() {
        return number < last() && number < Integer.MAX_VALUE ? number + 1 : null;
    }
}
