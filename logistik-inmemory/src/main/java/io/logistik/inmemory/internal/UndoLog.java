package io.logistik.inmemory.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The inverse of every change made in one unit of work, newest last. Rolling back to a mark undoes
 * the changes after it in reverse order, which restores the tables and their indexes exactly.
 * Not thread-safe: only the thread holding the store's write lock touches it.
 */
public final class UndoLog {

    private final List<Runnable> undo = new ArrayList<>();

    void record(Runnable inverse) {
        undo.add(inverse);
    }

    /** A point to roll back to. */
    public int mark() {
        return undo.size();
    }

    /** Undoes every change recorded after {@code mark}. */
    public void rollbackTo(int mark) {
        for (int i = undo.size() - 1; i >= mark; i--) {
            undo.remove(i).run();
        }
    }
}
