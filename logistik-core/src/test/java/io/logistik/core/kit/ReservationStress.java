package io.logistik.core.kit;

import io.logistik.core.ConcurrencyConflictException;
import io.logistik.core.InsufficientStockException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.StoreUnavailableException;
import io.logistik.core.model.Allocation;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockKey;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.reservation.Reservation;
import io.logistik.core.reservation.ReservationService;
import io.logistik.core.spi.LogistikStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reservation stress run behind {@link ReservationStressKit}, also used by adapters' fault tests:
 * many threads creating, changing, reserving, releasing and shipping random orders that compete for a
 * few hot SKUs, while stock is received; afterwards every invariant of the reservation SPI is checked
 * on the whole store. Each thread draws its operations from its own {@link Random} seeded from the
 * run's seed, so a run's inputs are reproducible; the interleaving is not, and the checks hold for any
 * interleaving.
 */
public final class ReservationStress {

    private static final int STORAGES = 3;
    private static final int HOT_SKUS = 4;

    private ReservationStress() {
    }

    /** What the threads did: outcome counts, for the checks and the summary line. */
    public static final class Tally {
        final Map<StockKey, LongAdder> received = new ConcurrentHashMap<>();
        final Map<Long, LongAdder> shippedPerSku = new ConcurrentHashMap<>();
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        final List<Long> published = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong maxAttempts = new AtomicLong();
        long millis;

        void count(String outcome) {
            outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
        }

        /** How many operations ended with {@code outcome} (for example {@code "reserved"}), or {@code fallback} if none. */
        public long count(String outcome, long fallback) {
            LongAdder a = outcomes.get(outcome);
            return a == null ? fallback : a.sum();
        }

        @Override
        public String toString() {
            return "in " + millis + " ms: " + new TreeMap<>(outcomes) + "; most attempts for one reservation: " + maxAttempts.get();
        }
    }

    /**
     * Runs {@code attempts} operations on {@code threads} threads against an empty store, then checks
     * every invariant (failing the test with the first broken one) and returns the tally.
     *
     * @param faults whether the store may fail with {@link StoreUnavailableException} during the run (an
     *               adapter's fault test kills connections meanwhile): such failures are counted, receipts
     *               are left out because their outcome would be unknown, and the starting stock is larger
     */
    public static Tally run(LogistikStore store, int attempts, int threads, long seed, boolean faults) throws Exception {
        Random setup = new Random(seed);
        List<Storage> storages = new ArrayList<>();
        List<Sku> skus = new ArrayList<>();
        for (int i = 0; i < STORAGES; i++) {
            storages.add(store.storages().create(Storage.of("Storage " + i)));
        }
        for (int i = 0; i < HOT_SKUS; i++) {
            skus.add(store.skus().create(Sku.of("Hot " + i)));
        }
        Map<StockKey, Long> start = new HashMap<>();
        for (Storage storage : storages) {
            for (Sku sku : skus) {
                StockLevel level = store.stock().receive(storage.id(), sku.id(), (faults ? 200 : 20) + setup.nextInt(40));
                start.put(level.key(), level.onHand());
            }
        }
        ReservationService service = new ReservationService(store);
        Tally tally = new Tally();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(seed * 31 + t);
            int operations = attempts / threads + (t < attempts % threads ? 1 : 0);
            workers.add(() -> {
                new Worker(store, service, random, storages, skus, tally, faults).run(operations);
                return null;
            });
        }
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<Void> done : pool.invokeAll(workers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - began) / 1_000_000;

        checkInvariants(store, start, tally);
        tally.millis = millis;
        return tally;
    }

    private static void checkInvariants(LogistikStore store, Map<StockKey, Long> start, Tally tally) {
        List<StockLevel> stock = store.stock().findAll();
        Map<StockKey, Long> shippedPerKey = new HashMap<>();
        Map<StockKey, Long> livePerKey = new HashMap<>();
        for (Order order : store.orders().findAll()) {
            List<Allocation> allocations = store.reservations().ofOrder(order.id());
            if (order.state() == OrderState.OPEN) {
                assertThat(allocations).as("allocations of open order %d", order.id()).isEmpty();
                continue;
            }
            Map<Long, Long> perLine = new HashMap<>();
            for (Allocation a : allocations) {
                perLine.merge(a.lineId(), a.quantity(), Long::sum);
                (order.state() == OrderState.SHIPPED ? shippedPerKey : livePerKey).merge(a.stockKey(), a.quantity(), Long::sum);
            }
            for (OrderLine line : order.lines()) {
                assertThat(perLine.getOrDefault(line.id(), 0L)).as("units allocated to line %d of %s order %d", line.id(),
                        order.state().code(), order.id()).isEqualTo(line.quantity());
            }
            assertThat(perLine).as("lines allocated of order %d", order.id()).hasSameSizeAs(order.lines());
        }
        for (StockLevel level : stock) {
            StockKey key = level.key();
            assertThat(level.reserved()).as("reserved at %s", key).isBetween(0L, level.onHand());
            assertThat(level.reserved()).as("reserved at %s against live allocations", key).isEqualTo(livePerKey.getOrDefault(key, 0L));
            assertThat(store.reservations().atStock(key.storageId(), key.skuId()).stream().mapToLong(Allocation::quantity).sum())
                    .as("live allocations listed at %s", key).isEqualTo(level.reserved());
            long received = tally.received.getOrDefault(key, new LongAdder()).sum();
            assertThat(level.onHand() + shippedPerKey.getOrDefault(key, 0L)).as("on_hand + shipped at %s", key)
                    .isEqualTo(start.getOrDefault(key, 0L) + received);
        }
        Map<Long, Long> shippedPerSku = new HashMap<>();
        shippedPerKey.forEach((key, units) -> shippedPerSku.merge(key.skuId(), units, Long::sum));
        Map<Long, Long> toldShipped = new HashMap<>();
        tally.shippedPerSku.forEach((sku, units) -> toldShipped.put(sku, units.sum()));
        assertThat(shippedPerSku).as("units shipped per SKU: allocations of shipped orders vs the orders ship() returned")
                .isEqualTo(toldShipped);
        assertThat(store.reservations().reconcile()).as("reconciliation").isEmpty();
    }

    /** One thread's operations: it owns the orders it creates (only it changes, releases or ships them), anyone may reserve them. */
    private static final class Worker {
        private final LogistikStore store;
        private final ReservationService service;
        private final Random random;
        private final List<Storage> storages;
        private final List<Sku> skus;
        private final Tally tally;
        private final List<Long> own = new ArrayList<>();
        private final List<Long> reservedHint = new ArrayList<>();
        private final boolean faults;

        Worker(LogistikStore store, ReservationService service, Random random, List<Storage> storages, List<Sku> skus, Tally tally,
               boolean faults) {
            this.faults = faults;
            this.store = store;
            this.service = service;
            this.random = random;
            this.storages = storages;
            this.skus = skus;
            this.tally = tally;
        }

        void run(int operations) {
            for (int i = 0; i < operations; i++) {
                int dice = random.nextInt(100);
                try {
                    if (dice < 35 || own.isEmpty()) {
                        long id = store.orders().create(Order.of("Customer", randomLines())).id();
                        own.add(id);
                        tally.published.add(id);
                        reserve(id);
                    } else if (dice < 45) {
                        reserve(randomPublished());
                    } else if (dice < 58) {
                        long id = likelyReserved();
                        reservedHint.remove(Long.valueOf(id));
                        service.release(id);
                        tally.count("released");
                    } else if (dice < 73) {
                        long id = likelyReserved();
                        reservedHint.remove(Long.valueOf(id));
                        shipped(ship(id));
                    } else if (dice < 80) {
                        Order order = store.orders().require(own.get(random.nextInt(own.size())));
                        store.orders().update(order.withLines(randomLines()));
                        tally.count("changed");
                    } else if (!faults) {
                        Storage storage = storages.get(random.nextInt(storages.size()));
                        Sku sku = skus.get(random.nextInt(skus.size()));
                        long units = 1 + random.nextInt(20);
                        store.stock().receive(storage.id(), sku.id(), units);
                        tally.received.computeIfAbsent(new StockKey(storage.id(), sku.id()), k -> new LongAdder()).add(units);
                        tally.count("received");
                    }
                } catch (InsufficientStockException e) {
                    tally.count("shortfall");
                } catch (ConcurrencyConflictException e) {
                    tally.count("gave up after retries");
                } catch (ReferenceConflictException e) {
                    tally.count("refused: wrong state");
                } catch (StoreUnavailableException e) {
                    if (!faults) {
                        throw e;
                    }
                    tally.count("store unavailable");
                }
            }
        }

        /**
         * Ships the order; when the store fails meanwhile, reads whether the ship was committed (only
         * this thread ships its orders, so a shipped order was shipped by this call).
         */
        private Order ship(long id) {
            try {
                return service.ship(id);
            } catch (StoreUnavailableException e) {
                if (!faults) {
                    throw e;
                }
                Order after = readWhenAvailable(id);
                if (after.state() != OrderState.SHIPPED) {
                    throw e;
                }
                return after;
            }
        }

        private Order readWhenAvailable(long id) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return store.orders().require(id);
                } catch (StoreUnavailableException e) {
                    if (attempt == 100) {
                        throw e;
                    }
                }
            }
        }

        private void shipped(Order order) {
            own.remove(order.id());
            order.lines().forEach(l -> tally.shippedPerSku.computeIfAbsent(l.skuId(), k -> new LongAdder()).add(l.quantity()));
            tally.count("shipped");
        }

        /** Mostly one of the own orders this thread reserved last; sometimes any own order, to try invalid transitions. */
        private long likelyReserved() {
            if (reservedHint.isEmpty() || random.nextInt(10) == 0) {
                return own.get(random.nextInt(own.size()));
            }
            return reservedHint.get(random.nextInt(reservedHint.size()));
        }

        private void reserve(long orderId) {
            Reservation reservation = service.reserve(orderId);
            tally.maxAttempts.accumulateAndGet(reservation.attempts(), Math::max);
            tally.count(reservation.alreadyReserved() ? "found reserved" : "reserved");
            if (own.contains(orderId) && !reservedHint.contains(orderId)) {
                reservedHint.add(orderId);
            }
            if (reservation.attempts() > 1) {
                tally.count("re-planned");
            }
        }

        private long randomOwn() {
            return own.get(random.nextInt(own.size()));
        }

        private long randomPublished() {
            synchronized (tally.published) {
                return tally.published.get(random.nextInt(tally.published.size()));
            }
        }

        /** One to three distinct hot SKUs, 1 to 6 units each. */
        private List<OrderLine> randomLines() {
            List<Sku> shuffled = new ArrayList<>(skus);
            Collections.shuffle(shuffled, random);
            int count = 1 + random.nextInt(3);
            List<OrderLine> lines = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                lines.add(OrderLine.of(shuffled.get(i).id(), 1 + random.nextInt(6)));
            }
            return lines;
        }
    }
}
