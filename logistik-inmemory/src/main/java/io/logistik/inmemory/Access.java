package io.logistik.inmemory;

import io.logistik.inmemory.internal.Data;
import io.logistik.inmemory.internal.UndoLog;

import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How repositories reach the tables: with the store's own locking for calls on the store, or inside
 * a running transaction. A write that throws is rolled back before the exception leaves, so every
 * call is atomic, in a transaction too.
 */
interface Access {

    <R> R read(Function<Data, R> work);

    <R> R write(BiFunction<Data, UndoLog, R> work);

    /** The store clock's instant, truncated to microseconds like every stored timestamp. */
    Instant now();
}
