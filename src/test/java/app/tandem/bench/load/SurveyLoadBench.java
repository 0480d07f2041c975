package app.tandem.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.plan.PlanService;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.WaveEdit;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The survey load benchmark (issue 9): Tandem's production jar on PostgreSQL, parents completing
 * a 13-question survey through its anonymous link over HTTP with Vaadin's own protocol
 * ({@link FlowClient}), at 1, 100 and 1,000 concurrent takers.
 *
 * <pre>./mvnw -Pproduction package -DskipTests &amp;&amp; ./mvnw test -Dgroups=bench -Dtest=SurveyLoadBench</pre>
 *
 * This test's own Spring context (on the same database, as another database role) builds the
 * schema, loads the demo areas, creates the benchmark survey through {@link SurveyService} if it is
 * missing, opens a fresh wave and takes its link. Everything measured happens in the server process.
 * Prints a table and writes {@code target/bench/survey-load.json} and {@code .txt}.
 *
 * <p>System properties: {@code bench.levels} (default {@code 1,100,1000}), {@code bench.seconds}
 * (time per level after ramp-up, default 90), {@code bench.heapSessions} (default 1000),
 * think time {@code bench.answerMs} (default {@code 1000-3000}) and {@code bench.pageMs}
 * (default {@code 3000-6000}).
 */
@Tag("bench")
@ActiveProfiles("postgres")
class SurveyLoadBench extends TandemSpringTest {

    static final String TITLE = "Load benchmark survey";

    /** Started before the Spring context; stopped when the test JVM exits. */
    static final BenchDatabase DB;

    static {
        try {
            DB = BenchDatabase.start();
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DB::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("DB_URL", DB::jdbcUrl);
        registry.add("DB_USER", () -> "postgres");
        registry.add("tandem.demo", () -> "true");
        registry.add("tandem.mail.embedded", () -> "true");
    }

    @Autowired
    PlanService plans;

    @Autowired
    SurveyService surveys;

    @Test
    void parents_complete_surveys_through_the_anonymous_link() throws Exception {
        String link = as(NORTHMERE_ADMIN, this::benchmarkSurveyLink);
        long waveId = Long.parseLong(link.substring(0, link.indexOf(' ')));
        String path = link.substring(link.indexOf(' ') + 1);
        LoadBench.DbCount submitted = () -> DB.count(
                "select count(*) from survey_response where wave_id = " + waveId + " and status = 'SUBMITTED'");

        Path dir = Path.of("target", "bench");
        try (ServerProcess server = ServerProcess.startTandem(DB, false, dir.resolve("survey-server"))) {
            LoadBench bench = new LoadBench(server, DB);
            String url = server.baseUrl();
            LoadRun.Think think = new LoadRun.Think(new Random(), range("bench.answerMs", "1000-3000")[0],
                    range("bench.answerMs", "1000-3000")[1], range("bench.pageMs", "3000-6000")[0],
                    range("bench.pageMs", "3000-6000")[1]);
            bench.report().put("survey", Map.of("questions", 13, "link", "s/<token> (not printed)", "waveId", waveId));
            bench.report().put("think", Map.of("beforeEachAnswerMs", System.getProperty("bench.answerMs", "1000-3000"),
                    "beforeEachPageMs", System.getProperty("bench.pageMs", "3000-6000")));

            // Warm-up: the JIT and the caches, not reported as a level. Rounds of 20 s until the JIT
            // compilers use less than a second of CPU in a round (at most bench.warmUpRounds, default 6).
            int warmSurveys = 0;
            int warmErrors = 0;
            List<Long> jitPerRound = new ArrayList<>();
            for (int round = 0; round < Integer.getInteger("bench.warmUpRounds", 6); round++) {
                long jitBefore = server.threadCpuMillis().getOrDefault("jit", 0L);
                var warm = LoadRun.run(url, 10, Duration.ZERO, Duration.ofSeconds(20), 400,
                        LoadRun.Think.none(new Random(7 + round)), new SurveyJourney(path));
                warmSurveys += (int) warm.completed();
                warmErrors += (int) warm.errors();
                long jit = server.threadCpuMillis().getOrDefault("jit", 0L) - jitBefore;
                jitPerRound.add(jit);
                System.out.println("[load] warm-up round " + (round + 1) + ": " + warm.completed() + " surveys, "
                        + warm.errors() + " errors " + warm.errorKinds() + ", JIT " + jit + " ms");
                if (jit < 1000) {
                    break;
                }
            }
            bench.report().put("warmUp", Map.of("surveys", warmSurveys, "errors", warmErrors, "jitMsPerRound",
                    jitPerRound));

            bench.measureIdle(Duration.ofSeconds(10));

            int heapSessions = Integer.getInteger("bench.heapSessions", 1000);
            if (heapSessions > 0) {
                bench.heapPerSession(url, heapSessions, open -> new SurveyJourney(path, 6, open));
            }

            long seconds = Long.getLong("bench.seconds", 90);
            List<Map<String, Object>> levels = new ArrayList<>();
            for (String level : System.getProperty("bench.levels", "1,100,1000").split(",")) {
                int takers = Integer.parseInt(level.trim());
                Duration ramp = Duration.ofSeconds(takers <= 1 ? 0 : Math.max(5, takers / 33));
                levels.add(bench.runLevel(takers + (takers == 1 ? " taker" : " takers"), url,
                        new LoadBench.Level(takers, ramp, ramp.plusSeconds(seconds), 1_000_000, think),
                        new SurveyJourney(path), submitted));
            }
            bench.write(dir, "survey-load");
            for (var r : levels) {
                assertThat((long) r.get("surveysCompleted")).as("surveys completed at " + r.get("level")).isPositive();
                assertThat((String) r.get("dbCheck")).as("responses in the database at " + r.get("level"))
                        .startsWith("OK");
            }
        }
    }

    /** Creates the benchmark survey in Northmere's plan when it is missing; opens a new wave; "waveId path". */
    private String benchmarkSurveyLink() {
        long planId = plans.listPlans().getFirst().id();
        long surveyId = BenchmarkSurvey.ensure(surveys, planId);
        var wave = surveys.createWave(surveyId, new WaveEdit(0, "Load run " + java.time.Instant.now(), null,
                LocalDate.now(), LocalDate.now().plusDays(30)));
        var link = surveys.openLink(wave.id());
        return wave.id() + " " + link.path();
    }

    private static Duration[] range(String property, String fallback) {
        String[] parts = System.getProperty(property, fallback).split("-");
        return new Duration[] {Duration.ofMillis(Long.parseLong(parts[0].trim())),
                Duration.ofMillis(Long.parseLong(parts[parts.length - 1].trim()))};
    }

}
