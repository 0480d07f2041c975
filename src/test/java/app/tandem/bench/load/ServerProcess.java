package app.tandem.bench.load;

import com.sun.management.OperatingSystemMXBean;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The production jar as its own process on loopback, watched through JMX (the JDK's attach API
 * starts the local management agent; no port is opened): its CPU time, its heap after a full GC,
 * and its peak heap sampled while a load runs.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private JMXConnector jmx;
    private OperatingSystemMXBean os;
    private MemoryMXBean memory;
    private volatile long peakHeapUsed;
    private volatile long peakHeapCommitted;
    private Thread sampler;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Checks the jar holds Vaadin's production bundle, not a development build. */
    public static void requireProductionJar(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build it first with ./mvnw -Pproduction package -DskipTests");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            String text = info == null ? "" : new String(zip.getInputStream(info).readAllBytes());
            if (!text.replace(" ", "").contains("\"productionMode\":true")) {
                throw new IllegalStateException(jar + " is not a production build: run ./mvnw -Pproduction package -DskipTests");
            }
        }
    }

    /** The production jar the README builds ({@code ./mvnw -Pproduction package -DskipTests}). */
    public static final Path JAR = Path.of("target", "tandem-0.1.0-SNAPSHOT.jar");

    /**
     * Tandem's production jar on the bench database with the {@code postgres} profile, as an
     * operator runs it (1 GB heap at most, G1), logging to {@code dir/server.log}. The jar is copied
     * first, so a rebuild during the run cannot change it.
     */
    public static ServerProcess startTandem(BenchDatabase db, boolean demoData, Path dir)
            throws IOException, InterruptedException {
        requireProductionJar(JAR);
        Files.createDirectories(dir);
        Path jar = dir.resolve("tandem.jar");
        Files.copy(JAR, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> env = new java.util.HashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "postgres");
        env.put("DB_URL", db.appJdbcUrl());
        env.put("DB_USER", BenchDatabase.APP_ROLE);
        env.put("DB_PASSWORD", BenchDatabase.APP_ROLE);
        env.put("TANDEM_DEMO", String.valueOf(demoData));
        env.put("TANDEM_DATA_DIR", dir.resolve("data").toString());
        // Mail goes to the server's own embedded SMTP server (nothing leaves the machine, nothing fails and retries).
        String smtp = String.valueOf(freePort());
        env.put("TANDEM_MAIL_EMBEDDED", "true");
        env.put("TANDEM_MAIL_EMBEDDEDPORT", smtp);
        env.put("SPRING_MAIL_PORT", smtp);
        env.put("TANDEM_MAIL_TOKEN_SECRET", "bench-secret-not-for-production");
        List<String> jvm = new ArrayList<>(List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC"));
        if (Boolean.getBoolean("bench.jfr")) {
            // -Dbench.jfr=true: a flight recording of the whole run, for finding where the CPU goes.
            jvm.add("-XX:StartFlightRecording=filename=" + dir.resolve("server.jfr").toAbsolutePath() + ",settings=profile");
        }
        System.out.println("[load] starting " + jar + " (postgres profile, " + jvm + ")");
        long started = System.nanoTime();
        ServerProcess server = start(jar, jvm, env, dir.resolve("server.log"));
        System.out.printf("[load] server pid %d on %s, ready in %.1f s%n", server.pid(), server.baseUrl(),
                (System.nanoTime() - started) / 1e9);
        return server;
    }

    /** Starts {@code java -jar} with the given JVM options and environment, and waits until it answers. */
    public static ServerProcess start(Path jar, List<String> jvmOptions, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        Files.createDirectories(log.getParent());
        ServerProcess server = new ServerProcess(builder.start(), port, log);
        server.awaitReady(Duration.ofMinutes(3));
        server.connectJmx();
        return server;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + log);
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not answer within " + timeout + "; see " + log);
    }

    private void connectJmx() throws IOException {
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(process.pid()));
            String address = vm.startLocalManagementAgent();
            vm.detach();
            jmx = JMXConnectorFactory.connect(new JMXServiceURL(address));
            MBeanServerConnection connection = jmx.getMBeanServerConnection();
            os = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME,
                    OperatingSystemMXBean.class);
            memory = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.MEMORY_MXBEAN_NAME,
                    MemoryMXBean.class);

        } catch (com.sun.tools.attach.AttachNotSupportedException e) {
            throw new IOException("Cannot attach to the server JVM " + process.pid(), e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /**
     * CPU time of the server's threads by what they do, in ms, from Linux's per-thread accounting
     * ({@code /proc/<pid>/task/<tid>/stat}, utime + stime in clock ticks of 10 ms): "jit" for the C1/C2
     * compiler threads, "gc" for the collector's threads, "app" for everything else (requests, jobs,
     * the pool). Empty where there is no /proc.
     */
    public Map<String, Long> threadCpuMillis() {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        Path tasks = Path.of("/proc", String.valueOf(process.pid()), "task");
        try (var dirs = java.nio.file.Files.list(tasks)) {
            for (Path task : dirs.toList()) {
                String stat;
                try {
                    stat = java.nio.file.Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                String[] fields = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                String kind = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? "jit"
                        : name.startsWith("GC Thread") || name.startsWith("G1 ") ? "gc" : "app";
                byKind.merge(kind, ticks * 10, Long::sum);
            }
        } catch (IOException e) {
            return Map.of();
        }
        return byKind;
    }


    /** The server process's CPU time (user + system, all threads), in nanoseconds. */
    public long cpuNanos() {
        return os.getProcessCpuTime();
    }

    /** Live heap: bytes used right after two full collections. */
    public long liveHeapAfterFullGc() throws InterruptedException {
        memory.gc();
        Thread.sleep(200);
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Bytes per class on the heap ({@code jcmd GC.class_histogram}, which runs a full GC first). */
    public Map<String, Long> classHistogram() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        Map<String, Long> bytes = new java.util.HashMap<>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(jcmd.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length >= 4 && cols[0].endsWith(":")) {
                    bytes.merge(cols[3], Long.parseLong(cols[2]), Long::sum);
                }
            }
        }
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return bytes;
    }

    /** Samples heap use every 500 ms until {@link #stopSampling()}; the largest value seen is the peak. */
    public void startSampling() {
        peakHeapUsed = 0;
        peakHeapCommitted = 0;
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    var usage = memory.getHeapMemoryUsage();
                    peakHeapUsed = Math.max(peakHeapUsed, usage.getUsed());
                    peakHeapCommitted = Math.max(peakHeapCommitted, usage.getCommitted());
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    return; // the server went away (fault run)
                }
            }
        });
    }

    public long[] stopSampling() throws InterruptedException {
        if (sampler != null) {
            sampler.interrupt();
            sampler.join();
        }
        return new long[] {peakHeapUsed, peakHeapCommitted};
    }

    public long maxHeap() {
        return memory.getHeapMemoryUsage().getMax();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        if (jmx != null) {
            try {
                jmx.close();
            } catch (IOException ignored) {
                // the process is going anyway
            }
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
