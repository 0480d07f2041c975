package app.tandem.bench.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N survey takers at once, each on its own virtual thread with its own session, completing
 * surveys one after another with think time between pages, until the time or the count bound is
 * reached. Only loopback URLs are accepted.
 */
public final class LoadRun {

    /** What one taker does for one survey; returns normally only when the survey was submitted. */
    @FunctionalInterface
    public interface Journey {
        void complete(FlowClient client, Think think) throws Exception;
    }

    /** Think time between a person's actions (bounded random pauses). */
    public record Think(Random random, Duration answerMin, Duration answerMax, Duration pageMin, Duration pageMax) {
        public void beforeAnswer() throws InterruptedException {
            pause(answerMin, answerMax);
        }

        public void beforePage() throws InterruptedException {
            pause(pageMin, pageMax);
        }

        private void pause(Duration min, Duration max) throws InterruptedException {
            long span = max.toMillis() - min.toMillis();
            long ms = min.toMillis() + (span <= 0 ? 0 : random.nextLong(span + 1));
            if (ms > 0) {
                Thread.sleep(ms);
            }
        }

        public static Think none(Random random) {
            return new Think(random, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        }
    }

    public record Outcome(int takers, long completed, long errors, Map<String, Long> errorKinds, long abandoned,
            double seconds, Latencies latencies) {
    }

    private LoadRun() {
    }

    public static Outcome run(String baseUrl, int takers, Duration rampUp, Duration duration, long maxSurveys,
            Think thinkTemplate, Journey journey) throws InterruptedException {
        if (!baseUrl.startsWith("http://127.0.0.1:") && !baseUrl.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("The load driver targets loopback only, not " + baseUrl);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Latencies latencies = new Latencies();
        AtomicLong completed = new AtomicLong();
        AtomicLong started = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger inFlight = new AtomicInteger();
        Map<String, Long> errorKinds = new ConcurrentHashMap<>();
        long begin = System.nanoTime();
        long end = begin + duration.toNanos();
        List<Thread> threads = new ArrayList<>(takers);
        for (int t = 0; t < takers; t++) {
            long seed = 1000L + t;
            long delay = takers == 1 ? 0 : rampUp.toMillis() * t / takers;
            threads.add(Thread.ofVirtual().name("taker-" + t).start(() -> {
                Random random = new Random(seed);
                Think think = new Think(random, thinkTemplate.answerMin(), thinkTemplate.answerMax(),
                        thinkTemplate.pageMin(), thinkTemplate.pageMax());
                try {
                    Thread.sleep(delay);
                    while (System.nanoTime() < end && started.incrementAndGet() <= maxSurveys) {
                        FlowClient client = new FlowClient(http, baseUrl, latencies);
                        inFlight.incrementAndGet();
                        try {
                            journey.complete(client, think);
                            completed.incrementAndGet();
                        } catch (InterruptedException e) {
                            return;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            String kind = e.getClass().getSimpleName() + ": " + abbreviate(e.getMessage());
                            if (errorKinds.merge(kind, 1L, Long::sum) == 1L) {
                                System.err.println("[load] taker error: " + kind);
                            }
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    // stopped at the grace deadline
                }
            }));
        }
        // Surveys under way at the time bound may finish (up to two minutes); then the rest are abandoned.
        long grace = end + Duration.ofMinutes(2).toNanos();
        for (Thread thread : threads) {
            long left = Math.max(1, (grace - System.nanoTime()) / 1_000_000);
            thread.join(left);
        }
        long abandoned = 0;
        for (Thread thread : threads) {
            if (thread.isAlive()) {
                abandoned++;
                thread.interrupt();
            }
        }
        for (Thread thread : threads) {
            thread.join(5_000);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        return new Outcome(takers, completed.get(), errors.get(), new TreeMap<>(errorKinds), abandoned, seconds,
                latencies);
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 200 ? one : one.substring(0, 200) + "...";
    }
}
