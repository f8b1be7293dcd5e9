package io.logistik.core.fulfilment;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link PlannerBenchmark} over the whole grid and prints one Markdown table: plans per second,
 * p99 latency, lines per second, each as a ratio to the original strategy on the same cell of the
 * same run, and the share of fewest-storages plans proven optimal on the instance pool. On a shared
 * machine the JMH p99 mostly measures the scheduler, so the table adds a steadier one: each pool
 * instance planned {@link #REPEATS} times on one thread, its fastest time kept, the p99 of those. Command
 * (from the repository root; a few minutes, not part of CI):
 *
 * <pre>{@code
 * mvn -B -q -pl logistik-core test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.logistik.core.fulfilment.PlannerBenchmarkReport"
 * }</pre>
 *
 * Arguments narrow the grid, one {@code name=value[,value...]} per benchmark parameter, e.g.
 * {@code -Dexec.args="-cp %classpath io.logistik.core.fulfilment.PlannerBenchmarkReport lines=10 storages=50"}.
 */
public final class PlannerBenchmarkReport {

    private static final String[] STRATEGIES = {"fewest-storages", "priority", "single-storage", "original"};
    static final int REPEATS = 30;

    private PlannerBenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException {
        OptionsBuilder builder = new OptionsBuilder();
        builder.include(PlannerBenchmark.class.getSimpleName());
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            builder.param(kv[0], kv[1].split(","));
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, Result<?>> byCell = new HashMap<>();
        for (RunResult r : results) {
            Map<String, String> p = new HashMap<>();
            for (String key : List.of("strategy", "lines", "storages")) {
                p.put(key, r.getParams().getParam(key));
            }
            byCell.put(p.get("strategy") + "/" + p.get("lines") + "/" + p.get("storages"), r.getPrimaryResult());
        }
        System.out.println();
        System.out.println("| lines x storages | strategy | plans/s | p99 (us) | lines/s | plans/s vs original "
                + "| p99 vs original | p99 best of " + REPEATS + " (us) | proven optimal |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (int lines : new int[] {1, 5, 10, 20}) {
            for (int storages : new int[] {5, 20, 50, 200}) {
                Result<?> original = byCell.get("original/" + lines + "/" + storages);
                for (String strategy : STRATEGIES) {
                    Result<?> r = byCell.get(strategy + "/" + lines + "/" + storages);
                    if (r == null || original == null) {
                        continue;
                    }
                    double plansPerSecond = 1e6 / r.getStatistics().getMean();
                    double p99 = r.getStatistics().getPercentile(99);
                    double originalPlans = 1e6 / original.getStatistics().getMean();
                    double originalP99 = original.getStatistics().getPercentile(99);
                    String proven = strategy.equals("fewest-storages") ? provenShare(lines, storages) : "-";
                    System.out.printf(Locale.ROOT, "| %d x %d | %s | %,.0f | %.1f | %,.0f | %.2f | %.2f | %.1f | %s |%n",
                            lines, storages, strategy, plansPerSecond, p99, plansPerSecond * lines,
                            plansPerSecond / originalPlans, p99 / originalP99, bestOfP99(strategy, lines, storages), proven);
                }
            }
        }
    }

    /** The p99 over the pool's instances of each one's fastest of {@link #REPEATS} plans, in microseconds. */
    static double bestOfP99(String strategy, int lines, int storages) {
        List<RandomInstances.Instance> pool = PlannerBenchmark.pool(lines, storages);
        PlanOptions options = PlannerBenchmark.options(strategy, storages);
        StockSnapshot[] snapshots = pool.stream().map(RandomInstances.Instance::snapshot).toArray(StockSnapshot[]::new);
        long[] fastest = new long[pool.size()];
        Arrays.fill(fastest, Long.MAX_VALUE);
        for (int r = 0; r < REPEATS; r++) {
            for (int i = 0; i < fastest.length; i++) {
                long start = System.nanoTime();
                FulfilmentPlanner.plan(pool.get(i).order(), snapshots[i], options);
                fastest[i] = Math.min(fastest[i], System.nanoTime() - start);
            }
        }
        Arrays.sort(fastest);
        return fastest[(int) Math.ceil(fastest.length * 0.99) - 1] / 1e3;
    }

    /** The share of the pool's fewest-storages plans that are proven optimal with the default budget. */
    static String provenShare(int lines, int storages) {
        int plans = 0;
        int proven = 0;
        PlanOptions options = PlannerBenchmark.options("fewest-storages", storages);
        for (RandomInstances.Instance instance : PlannerBenchmark.pool(lines, storages)) {
            if (FulfilmentPlanner.plan(instance.order(), instance.snapshot(), options) instanceof Plan plan) {
                plans++;
                proven += plan.provenOptimal() ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "%.1f%% of %d", 100.0 * proven / plans, plans);
    }
}
