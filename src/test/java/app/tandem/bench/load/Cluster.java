package app.tandem.bench.load;

import java.io.IOException;
import java.io.Reader;
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
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The cluster of {@code bench/cluster.sh} as a load driver sees it: its state file
 * ({@code target/cluster/cluster.properties}) and the script's commands (start, stop, kill-node,
 * start-node), run as child processes with their output on the console.
 */
public final class Cluster {

    public static final Path SCRIPT = Path.of("bench", "cluster.sh");
    public static final Path STATE = Path.of("target", "cluster", "cluster.properties");

    private Properties state;

    private Cluster(Properties state) {
        this.state = state;
    }

    /** The cluster described by the state file, or null when there is none. */
    public static Cluster fromState() throws IOException {
        if (!Files.exists(STATE)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(STATE)) {
            p.load(r);
        }
        return new Cluster(p);
    }

    /** Runs {@code bench/cluster.sh} with arguments and extra environment; fails on a non-zero exit. */
    public static void script(Map<String, String> env, Duration timeout, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(SCRIPT.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(env);
        String javaHome = System.getProperty("java.home");
        if (javaHome != null && !builder.environment().containsKey("JAVA_HOME")) {
            builder.environment().put("JAVA_HOME", javaHome);
        }
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("bench/cluster.sh " + String.join(" ", args) + " did not finish in " + timeout);
        }
        if (process.exitValue() != 0) {
            throw new IOException("bench/cluster.sh " + String.join(" ", args) + " exited with " + process.exitValue());
        }
    }

    public void reload() throws IOException {
        Cluster fresh = fromState();
        if (fresh != null) {
            state = fresh.state;
        }
    }

    public String get(String key) {
        return state.getProperty(key);
    }

    public int nodes() {
        return Integer.parseInt(state.getProperty("NODES", "0"));
    }

    public String balancerUrl() {
        return get("BALANCER_URL");
    }

    public String nodeUrl(int i) {
        return get("NODE" + i + "_URL");
    }

    public long nodePid(int i) {
        String pid = get("NODE" + i + "_PID");
        return pid == null ? -1 : Long.parseLong(pid);
    }

    public boolean alive(long pid) {
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** PostgreSQL, HAProxy and at least {@code nodes} nodes alive and ready. */
    public boolean running(int nodes) {
        if (!alive(pidOf("PG_PID")) || !alive(pidOf("HAPROXY_PID")) || nodes() < nodes) {
            return false;
        }
        for (int i = 1; i <= nodes; i++) {
            if (!alive(nodePid(i)) || !ready(nodeUrl(i))) {
                return false;
            }
        }
        return true;
    }

    private long pidOf(String key) {
        String pid = get(key);
        return pid == null || pid.isBlank() ? -1 : Long.parseLong(pid.trim());
    }

    public static boolean ready(String baseUrl) {
        if (baseUrl == null) {
            return false;
        }
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
