package app.tandem.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs load levels against one server process and measures each the same way: server CPU from
 * the process's CPU time (JMX) before and after, SQL statements from {@code pg_stat_statements}
 * for the server's role, round-trip percentiles from the driver, peak heap sampled through JMX,
 * the driver JVM's own CPU time, and a database count that must grow by exactly the surveys the
 * driver saw completed.
 */
public final class LoadBench {

    /** One level: how many takers, for how long, at most how many surveys. */
    public record Level(int takers, Duration rampUp, Duration duration, long maxSurveys, LoadRun.Think think) {
    }

    /** Counts the rows that prove completed work (e.g. submitted survey responses). */
    @FunctionalInterface
    public interface DbCount {
        long get() throws SQLException;
    }

    private final ServerProcess server;
    private final BenchDatabase db;
    private final List<Map<String, Object>> results = new ArrayList<>();
    private final Map<String, Object> report = new LinkedHashMap<>();

    public LoadBench(ServerProcess server, BenchDatabase db) {
        this.server = server;
        this.db = db;
        report.put("when", Instant.now().toString());
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));
        report.put("serverMaxHeapMb", server.maxHeap() / 1_048_576);
        report.put("sqlCountMethod", "pg_stat_statements calls of the server's own database role between a reset"
                + " before the level and the end of it (every execution, batched ones each; background jobs included);"
                + " 'utility' = BEGIN/COMMIT/SET and the like, counted apart");
        report.put("cpuMethod", "server process CPU time (OperatingSystemMXBean.getProcessCpuTime over JMX) after"
                + " minus before the level, divided by surveys completed");
    }

    public Map<String, Object> report() {
        return report;
    }

    private double idleCpuMsPerSecond = Double.NaN;

    /** The server's CPU use with nobody on it (scheduled jobs, pool housekeeping, JMX itself), per second. */
    public double measureIdle(Duration quiet) throws InterruptedException {
        long before = server.cpuNanos();
        long t0 = System.nanoTime();
        Thread.sleep(quiet.toMillis());
        idleCpuMsPerSecond = (server.cpuNanos() - before) / 1e6 / ((System.nanoTime() - t0) / 1e9);
        report.put("idleServerCpuMsPerSecond", round(idleCpuMsPerSecond, 2));
        System.out.printf("[load] idle server CPU: %.2f ms per second%n", idleCpuMsPerSecond);
        return idleCpuMsPerSecond;
    }

    public Map<String, Object> runLevel(String name, String baseUrl, Level level, LoadRun.Journey journey, DbCount completedInDb)
            throws Exception {
        System.out.printf("[load] level %s: %d takers, up to %s (ramp-up %s), at most %d surveys%n", name,
                level.takers(), level.duration(), level.rampUp(), level.maxSurveys());
        var driverOs = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long rowsBefore = completedInDb == null ? 0 : completedInDb.get();
        db.resetStatementCounts();
        long cpuBefore = server.cpuNanos();
        Map<String, Long> threadsBefore = server.threadCpuMillis();
        long driverCpuBefore = driverOs.getProcessCpuTime();
        server.startSampling();
        LoadRun.Outcome outcome = LoadRun.run(baseUrl, level.takers(), level.rampUp(), level.duration(),
                level.maxSurveys(), level.think(), journey);
        long[] peak = server.stopSampling();
        long cpu = server.cpuNanos() - cpuBefore;
        Map<String, Long> threadsAfter = server.threadCpuMillis();
        long jit = threadsAfter.getOrDefault("jit", 0L) - threadsBefore.getOrDefault("jit", 0L);
        long gc = threadsAfter.getOrDefault("gc", 0L) - threadsBefore.getOrDefault("gc", 0L);
        long driverCpu = driverOs.getProcessCpuTime() - driverCpuBefore;
        long[] statements = db.statementCounts();
        long rowsAfter = completedInDb == null ? 0 : completedInDb.get();

        long done = outcome.completed();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("level", name);
        r.put("takers", level.takers());
        r.put("surveysCompleted", done);
        r.put("errors", outcome.errors());
        r.put("errorKinds", outcome.errorKinds());
        r.put("abandonedAtTimeLimit", outcome.abandoned());
        r.put("seconds", round(outcome.seconds(), 1));
        r.put("surveysPerSecond", round(done / outcome.seconds(), 2));
        r.put("serverCpuSeconds", round(cpu / 1e9, 2));
        r.put("serverCpuMsPerSurvey", done == 0 ? null : round(cpu / 1e6 / done, 1));
        if (!Double.isNaN(idleCpuMsPerSecond) && done > 0) {
            double net = cpu / 1e6 - idleCpuMsPerSecond * outcome.seconds();
            r.put("serverCpuMsPerSurveyNetOfIdle", round(net / done, 1));
        }
        // The JIT compilers' share (Linux per-thread CPU): compiling is a warm-up cost that fades as the
        // process runs; shown apart so a short level on a recently started server is not read as the
        // steady-state cost. The collector's share is part of the cost and stays in.
        r.put("serverJitCpuMs", jit);
        r.put("serverGcCpuMs", gc);
        if (done > 0) {
            r.put("serverCpuMsPerSurveyWithoutJit", round((cpu / 1e6 - jit) / done, 1));
        }
        r.put("sqlStatements", statements[0]);
        r.put("sqlPerSurvey", done == 0 ? null : round((double) statements[0] / done, 1));
        r.put("utilityStatementsPerSurvey", done == 0 ? null : round((double) statements[1] / done, 1));
        r.put("roundTripsMs", outcome.latencies().summary());
        r.put("peakHeapUsedMb", round(peak[0] / 1_048_576.0, 1));
        r.put("peakHeapCommittedMb", round(peak[1] / 1_048_576.0, 1));
        r.put("driverCpuSeconds", round(driverCpu / 1e9, 2));
        r.put("dbRowsBefore", rowsBefore);
        r.put("dbRowsAfter", rowsAfter);
        r.put("dbCheck", completedInDb == null ? "n/a (read-only journey)" : rowsAfter - rowsBefore == done ? "OK: grew by " + done
                : "MISMATCH: grew by " + (rowsAfter - rowsBefore) + ", driver completed " + done);
        List<Map<String, Object>> top = db.topStatements(30);
        for (Map<String, Object> statement : top) {
            statement.put("callsPerSurvey", done == 0 ? null : round((long) statement.get("calls") / (double) done, 2));
        }
        r.put("topStatements", top);
        results.add(r);
        report.put("levels", results);
        System.out.println("[load] " + name + ": " + Map.of("completed", done, "errors", outcome.errors(),
                "cpuMsPerSurvey", String.valueOf(r.get("serverCpuMsPerSurvey")), "sqlPerSurvey",
                String.valueOf(r.get("sqlPerSurvey")), "dbCheck", r.get("dbCheck")));
        return r;
    }

    /**
     * Heap per open session, the way Vaadin's capacity guide measures it: live heap after a full GC
     * with none of the benchmark's sessions open, then with {@code sessions} open (each at the page
     * {@code openOne} leaves it on), the difference divided by the count.
     */
    public Map<String, Object> heapPerSession(String baseUrl, int sessions,
            java.util.function.Function<java.util.Collection<FlowClient>, LoadRun.Journey> openOne) throws Exception {
        long before = server.liveHeapAfterFullGc();
        Map<String, Long> histogramBefore = server.classHistogram();
        java.util.Collection<FlowClient> open = new java.util.concurrent.ConcurrentLinkedQueue<>();
        LoadRun.Outcome opened = LoadRun.run(baseUrl, Math.min(sessions, 50), Duration.ZERO, Duration.ofMinutes(5),
                sessions, LoadRun.Think.none(new Random(1)), openOne.apply(open));
        long after = server.liveHeapAfterFullGc();
        Map<String, Long> histogramAfter = server.classHistogram();
        // Then every tab is closed (unload beacon): what stays is the HTTP session without its UI.
        long closeErrors = 0;
        for (FlowClient client : open) {
            try {
                client.closeTab();
            } catch (Exception e) {
                closeErrors++;
            }
        }
        long closed = server.liveHeapAfterFullGc();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("sessionsOpened", opened.completed());
        r.put("errors", opened.errors());
        r.put("errorKinds", opened.errorKinds());
        r.put("liveHeapBeforeMb", round(before / 1_048_576.0, 1));
        r.put("liveHeapAfterMb", round(after / 1_048_576.0, 1));
        r.put("heapPerSessionKb", opened.completed() == 0 ? null : round((after - before) / 1024.0 / opened.completed(), 1));
        r.put("liveHeapAfterTabsClosedMb", round(closed / 1_048_576.0, 1));
        r.put("heapPerClosedTabSessionKb", opened.completed() == 0 ? null
                : round((closed - before) / 1024.0 / opened.completed(), 1));
        r.put("closeErrors", closeErrors);
        // Where the heap of the open sessions goes: the classes that grew most, bytes per session.
        Map<String, Object> growth = new LinkedHashMap<>();
        long n = Math.max(1, opened.completed());
        histogramAfter.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - histogramBefore.getOrDefault(e.getKey(), 0L)))
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(20)
                .forEach(e -> growth.put(e.getKey(), e.getValue() / n));
        r.put("bytesPerSessionByClass", growth);
        r.put("method", "live heap after two full GCs (MemoryMXBean.gc over JMX) with the sessions open minus before,"
                + " divided by the sessions opened; each session holds a UI on the survey's question page with 6 of its"
                + " 13 questions answered. Then each tab sends the unload beacon and the heap is measured again: what an"
                + " HTTP session costs until it times out (30 min) once its UI is closed");
        report.put("heapPerOpenSession", r);
        System.out.println("[load] heap per open session: " + r);
        return r;
    }

    /** Writes the JSON report and prints the table. */
    public Path write(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve(name + ".json");
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(json, mapper.writeValueAsString(report));
        String table = table();
        Files.writeString(dir.resolve(name + ".txt"), table);
        System.out.println(table);
        System.out.println("[load] report: " + json.toAbsolutePath());
        return json;
    }

    @SuppressWarnings("unchecked")
    public String table() {
        StringBuilder sb = new StringBuilder();
        String[] rows = {"takers", "surveysCompleted", "errors", "abandonedAtTimeLimit", "seconds", "surveysPerSecond",
                "serverCpuMsPerSurvey", "serverCpuMsPerSurveyNetOfIdle", "serverCpuMsPerSurveyWithoutJit", "serverJitCpuMs", "serverGcCpuMs", "sqlPerSurvey", "utilityStatementsPerSurvey", "p50 ms (all)", "p95 ms (all)",
                "p99 ms (all)", "max ms (all)", "peakHeapUsedMb", "driverCpuSeconds", "dbCheck"};
        sb.append(String.format("%-28s", "figure"));
        for (var r : results) {
            sb.append(String.format(" | %-22s", r.get("level")));
        }
        sb.append('\n');
        for (String row : rows) {
            sb.append(String.format("%-28s", row));
            for (var r : results) {
                Object v;
                if (row.contains("(all)")) {
                    var all = ((Map<String, Map<String, Object>>) r.get("roundTripsMs")).get("all");
                    v = all.get(row.substring(0, row.indexOf(' ')));
                } else {
                    v = r.get(row);
                }
                String s = String.valueOf(v);
                sb.append(String.format(" | %-22s", s.length() > 22 ? s.substring(0, 22) : s));
            }
            sb.append('\n');
        }
        sb.append("\nround trips by kind, p50 / p95 / p99 ms (count):\n");
        for (var r : results) {
            sb.append("  ").append(r.get("level")).append(":\n");
            ((Map<String, Map<String, Object>>) r.get("roundTripsMs")).forEach((kind, d) -> sb.append(String.format(
                    "    %-10s %7s / %7s / %7s  (%s)%n", kind, d.get("p50"), d.get("p95"), d.get("p99"), d.get("count"))));
        }
        sb.append("\nstatements of the server's role by calls, per survey (pg_stat_statements; a JDBC batch counts each row):\n");
        for (var r : results) {
            sb.append("  ").append(r.get("level")).append(":\n");
            for (var statement : (List<Map<String, Object>>) r.get("topStatements")) {
                String query = String.valueOf(statement.get("query"));
                sb.append(String.format("    %7s  %s%n", statement.get("callsPerSurvey"),
                        query.length() > 110 ? query.substring(0, 110) + "…" : query));
            }
        }
        Object heap = report.get("heapPerOpenSession");
        if (heap != null) {
            sb.append("\nheap per open session: ").append(heap).append('\n');
        }
        return sb.toString();
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
