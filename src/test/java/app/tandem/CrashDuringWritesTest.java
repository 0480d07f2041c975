package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * FI-7: the app is killed (kill -9: {@code destroyForcibly}) in the middle of a burst of writes on
 * its file H2 database. When the database is opened again, every plan whose write was acknowledged
 * is there, and every plan that is there is whole: no plan without its status scheme, priority,
 * outcome, action, milestone and risk.
 */
class CrashDuringWritesTest {

    private static final int ACKS_BEFORE_KILL = 25;

    @TempDir Path dir;

    @Test
    void kill_9_during_writes_loses_nothing_acknowledged_and_leaves_nothing_half_done() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BurstWriter.class.getName(), dir.toString())
                .redirectError(dir.resolve("child.log").toFile())
                .start();
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(ACKS_BEFORE_KILL);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(Long.parseLong(line.substring(4).trim()));
                        enough.countDown();
                    }
                }
            } catch (java.io.IOException killed) {
                // The child died: that is the point.
            }
        });
        try {
            assertThat(enough.await(150, TimeUnit.SECONDS)).as("the child acknowledged " + ACKS_BEFORE_KILL
                    + " writes (its log: " + dir.resolve("child.log") + ")").isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        reader.join(5_000);
        Set<Long> acked = Set.copyOf(acknowledged);

        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir + "/tandem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        h2.setUser("sa");
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        List<Long> plans = jdbc.queryForList("select id from plan where title like 'Burst plan %'", Long.class);
        System.out.printf("[FI-7] killed after %d acknowledged writes; %d plans on disk after restart%n", acked.size(),
                plans.size());
        assertThat(plans).as("every acknowledged plan survived").containsAll(acked);
        for (long plan : plans) {
            assertThat(List.of(
                    count(jdbc, "select count(*) from status_label where plan_id = ?", plan),
                    count(jdbc, "select count(*) from priority where plan_id = ?", plan),
                    count(jdbc, "select count(*) from outcome o join priority p on p.id = o.priority_id where p.plan_id = ?", plan),
                    count(jdbc, "select count(*) from action where plan_id = ?", plan),
                    count(jdbc, "select count(*) from milestone m join action a on a.id = m.action_id where a.plan_id = ?", plan),
                    count(jdbc, "select count(*) from risk r join action a on a.id = r.action_id where a.plan_id = ?", plan)))
                    .as("plan " + plan + " is whole (status labels, priorities, outcomes, actions, milestones, risks)")
                    .containsExactly(4L, 1L, 1L, 1L, 1L, 1L);
        }
        assertThat(count(jdbc, "select count(*) from action where plan_id not in (select id from plan)", null)).isZero();
        jdbc.execute("shutdown");
    }

    private static long count(JdbcTemplate jdbc, String sql, Long plan) {
        Long n = plan == null ? jdbc.queryForObject(sql, Long.class) : jdbc.queryForObject(sql, Long.class, plan);
        return n == null ? 0 : n;
    }
}
