package io.logistik.core.kit;

import io.logistik.core.model.Sku;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kit group: Concurrent use. The tests assert invariants that must hold under any interleaving, so
 * they never depend on timing: a slow machine only makes them find less, never fail wrongly.
 */
public abstract class ConcurrencyContract extends KitContext {

    private static final int THREADS = 4;

    protected ConcurrencyContract(LogistikConformanceKit kit) {
        super(kit);
    }

    /** Runs each task on its own thread, all released at once, and returns their results in task order. */
    static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("Storages created from several threads at once all get distinct ids and none is lost")
    void create_fromSeveralThreads_distinctIdsNothingLost() throws Exception {
        int perThread = 25;
        List<Callable<List<Storage>>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            tasks.add(() -> {
                List<Storage> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(store().storages().create(Storage.of("T" + thread + "-" + i)));
                }
                return mine;
            });
        }

        List<Storage> created = runTogether(tasks).stream().flatMap(List::stream).toList();

        Set<Long> ids = new HashSet<>();
        created.forEach(s -> ids.add(s.id()));
        assertThat(ids).hasSize(THREADS * perThread);
        assertThat(store().storages().findAll()).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    @DisplayName("Receipts into one stock row from several threads at once add up exactly")
    void receive_fromSeveralThreads_sumExact() throws Exception {
        Storage berlin = store().storages().create(Storage.of("Berlin"));
        Sku apple = store().skus().create(Sku.of("Apple"));
        int perThread = 25;
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int quantity = t + 1;
            tasks.add(() -> {
                for (int i = 0; i < perThread; i++) {
                    store().stock().receive(berlin.id(), apple.id(), quantity);
                }
                return null;
            });
        }

        runTogether(tasks);

        assertThat(store().stock().get(berlin.id(), apple.id()).orElseThrow().onHand()).isEqualTo((1 + 2 + 3 + 4) * perThread);
    }

    @Test
    @DisplayName("Readers never see a half-applied transaction")
    void inTransaction_concurrentReaders_neverSeeHalfApplied() throws Exception {
        Warehouse w = Warehouse.create(store());
        List<Long> skuIds = List.of(w.apple().id());
        long total = 17;
        int moves = 40;
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Callable<Integer>> tasks = new ArrayList<>();
        tasks.add(() -> {
            try {
                for (int i = 0; i < moves; i++) {
                    long direction = i % 2 == 0 ? 1 : -1;
                    store().useTransaction(tx -> {
                        tx.stock().adjust(w.berlin().id(), w.apple().id(), -direction);
                        tx.stock().adjust(w.hamburg().id(), w.apple().id(), direction);
                    });
                }
                return moves;
            } finally {
                writing.set(false);
            }
        });
        for (int r = 0; r < THREADS - 1; r++) {
            tasks.add(() -> {
                int reads = 0;
                do {
                    long sum = store().stock().forSkus(skuIds).stream().mapToLong(StockLevel::onHand).sum();
                    assertThat(sum).as("total apples seen by a reader").isEqualTo(total);
                    reads++;
                } while (writing.get());
                return reads;
            });
        }

        List<Integer> done = runTogether(tasks);

        assertThat(done.get(0)).isEqualTo(moves);
        assertThat(done.subList(1, done.size())).allSatisfy(reads -> assertThat(reads).isPositive());
        assertThat(store().stock().forSkus(skuIds).stream().mapToLong(StockLevel::onHand).sum()).isEqualTo(total);
    }
}
