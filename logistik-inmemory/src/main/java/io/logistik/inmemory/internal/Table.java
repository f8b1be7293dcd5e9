package io.logistik.inmemory.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * Rows by key, in key order (the order unsorted queries return), with secondary indexes from a
 * {@code long} column to the keys of the rows holding it. Every change records its inverse in an
 * {@link UndoLog}. Not thread-safe: the store's lock guards it.
 *
 * @param <K> the key
 * @param <V> the row
 */
public final class Table<K extends Comparable<K>, V> {

    private final TreeMap<K, V> rows = new TreeMap<>();
    private final List<ToLongFunction<V>> indexColumns;
    private final List<Map<Long, TreeSet<K>>> indexes;

    /** A table without secondary indexes. */
    Table() {
        this(List.of());
    }

    /** A table with one index per column, numbered in list order for {@link #keysWhere}. */
    Table(List<ToLongFunction<V>> indexColumns) {
        this.indexColumns = List.copyOf(indexColumns);
        this.indexes = this.indexColumns.stream().map(c -> (Map<Long, TreeSet<K>>) new HashMap<Long, TreeSet<K>>()).toList();
    }

    public V get(K key) {
        return rows.get(key);
    }

    /** Every row in key order; a live, read-only view. */
    public Collection<V> values() {
        return Collections.unmodifiableCollection(rows.values());
    }

    /** A live, read-only view of the rows by key. */
    public NavigableMap<K, V> view() {
        return Collections.unmodifiableNavigableMap(rows);
    }

    /** The keys of the rows whose indexed column number {@code index} holds {@code value}, in key order. */
    public Set<K> keysWhere(int index, long value) {
        TreeSet<K> keys = indexes.get(index).get(value);
        return keys == null ? Set.of() : Collections.unmodifiableSet(keys);
    }

    public void put(K key, V row, UndoLog log) {
        V previous = rows.put(key, row);
        reindex(key, previous, row);
        log.record(() -> restore(key, previous));
    }

    public void remove(K key, UndoLog log) {
        V previous = rows.remove(key);
        if (previous != null) {
            reindex(key, previous, null);
            log.record(() -> restore(key, previous));
        }
    }

    void clear() {
        rows.clear();
        indexes.forEach(Map::clear);
    }

    private void restore(K key, V previous) {
        V current = previous == null ? rows.remove(key) : rows.put(key, previous);
        reindex(key, current, previous);
    }

    private void reindex(K key, V before, V after) {
        for (int i = 0; i < indexColumns.size(); i++) {
            Map<Long, TreeSet<K>> index = indexes.get(i);
            if (before != null) {
                long old = indexColumns.get(i).applyAsLong(before);
                TreeSet<K> keys = index.get(old);
                keys.remove(key);
                if (keys.isEmpty()) {
                    index.remove(old);
                }
            }
            if (after != null) {
                index.computeIfAbsent(indexColumns.get(i).applyAsLong(after), v -> new TreeSet<>()).add(key);
            }
        }
    }
}
