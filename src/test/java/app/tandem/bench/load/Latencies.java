package app.tandem.bench.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Every round trip's duration, kept by kind (page, init, navigate, settle, answer, next, submit...). */
public final class Latencies implements FlowClient.Timing {

    private static final class Samples {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        synchronized long[] snapshot() {
            return Arrays.copyOf(values, size);
        }
    }

    private final Map<String, Samples> byKind = new ConcurrentHashMap<>();
    private final Samples all = new Samples();

    @Override
    public void record(String kind, long nanos) {
        byKind.computeIfAbsent(kind, k -> new Samples()).add(nanos);
        all.add(nanos);
    }

    /** p50/p95/p99/max in milliseconds and the count, per kind plus "all". */
    public Map<String, Map<String, Object>> summary() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        out.put("all", describe(all.snapshot()));
        new TreeMap<>(byKind).forEach((kind, samples) -> out.put(kind, describe(samples.snapshot())));
        return out;
    }

    private static Map<String, Object> describe(long[] values) {
        Arrays.sort(values);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("count", values.length);
        d.put("p50", ms(values, 0.50));
        d.put("p95", ms(values, 0.95));
        d.put("p99", ms(values, 0.99));
        d.put("max", values.length == 0 ? 0 : Math.round(values[values.length - 1] / 1e5) / 10.0);
        return d;
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, i)] / 1e5) / 10.0;
    }
}
