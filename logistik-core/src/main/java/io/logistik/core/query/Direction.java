package io.logistik.core.query;

/** Sort direction. NULLs come last ascending and first descending, on every store. */
public enum Direction {
    ASC,
    DESC
}
