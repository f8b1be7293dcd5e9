package io.logistik.core.fulfilment;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Planning latency per strategy over the grid of issue 5: 1, 5, 10, 20 lines x 5, 20, 50, 200
 * storages, on a pool of {@link #POOL} feasible instances from {@link PlannerBenchmark#SHAPE}. Each
 * invocation plans the next instance of the pool. Sample-time mode gives the mean (plans per second
 * is its inverse) and the p99. Run through {@link PlannerBenchmarkReport}, which adds the
 * proven-optimal share and the ratios to the original strategy; not part of the test suite.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 400, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class PlannerBenchmark {

    /**
     * The generator's parameters: each storage holds a SKU with probability 0.5, on-hand uniform in
     * [0, 20] with up to a quarter reserved, line quantities uniform in [1, 10].
     */
    static final RandomInstances SHAPE = new RandomInstances(1, 1, 0.5, 20, 10);
    static final int POOL = 256;
    static final long SEED = 20_260_105L;

    @Param({"fewest-storages", "priority", "single-storage", "original"})
    public String strategy;

    @Param({"1", "5", "10", "20"})
    public int lines;

    @Param({"5", "20", "50", "200"})
    public int storages;

    private RandomInstances.Instance[] instances;
    private StockSnapshot[] snapshots;
    private PlanOptions options;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        List<RandomInstances.Instance> pool = pool(lines, storages);
        instances = pool.toArray(new RandomInstances.Instance[0]);
        snapshots = new StockSnapshot[instances.length];
        for (int i = 0; i < instances.length; i++) {
            snapshots[i] = instances[i].snapshot();
        }
        options = options(strategy, storages);
    }

    @Benchmark
    public FulfilmentResult plan() {
        int i = next;
        next = i + 1 == instances.length ? 0 : i + 1;
        return FulfilmentPlanner.plan(instances[i].order(), snapshots[i], options);
    }

    /**
     * {@link #POOL} instances of this size from consecutive seeds, skipping those where stock cannot
     * cover some line (those are answered before any strategy runs).
     */
    static List<RandomInstances.Instance> pool(int lines, int storages) {
        RandomInstances shape = new RandomInstances(lines, storages, SHAPE.density(), SHAPE.maxStock(), SHAPE.maxQuantity());
        List<RandomInstances.Instance> pool = new ArrayList<>(POOL);
        for (long seed = SEED; pool.size() < POOL; seed++) {
            RandomInstances.Instance instance = shape.generate(seed);
            if (!(FulfilmentPlanner.plan(instance.order(), instance.snapshot(),
                    PlanOptions.using(FulfilmentStrategies.original())) instanceof Shortfall)) {
                pool.add(instance);
            }
        }
        return pool;
    }

    /** The options for a strategy name; priority ranks storages by descending id (ids are 1..3 x storages). */
    static PlanOptions options(String strategy, int storages) {
        FulfilmentStrategy s = switch (strategy) {
            case "fewest-storages" -> FulfilmentStrategies.fewestStorages();
            case "priority" -> {
                List<Long> rank = new ArrayList<>();
                for (long id = 3L * storages; id >= 1; id--) {
                    rank.add(id);
                }
                yield FulfilmentStrategies.priority(rank);
            }
            case "single-storage" -> FulfilmentStrategies.singleStorage();
            case "original" -> FulfilmentStrategies.original();
            default -> throw new IllegalArgumentException("no strategy " + strategy);
        };
        return PlanOptions.using(s);
    }
}
