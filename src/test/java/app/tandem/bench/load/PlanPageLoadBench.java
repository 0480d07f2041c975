package app.tandem.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.bench.load.UiTree.Node;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The protocol driver on signed-in pages: officers sign in through the real form, open their
 * plan from the plan list, search its actions and sign out. A small check that the driver and the
 * measuring harness work on any page, not only the survey's:
 * {@code ./mvnw -Pproduction package -DskipTests && ./mvnw test -Dgroups=bench -Dtest=PlanPageLoadBench}.
 */
@Tag("bench")
class PlanPageLoadBench {

    @Test
    void officers_open_and_search_their_plan() throws Exception {
        Path dir = Path.of("target", "bench", "plan-page");
        try (BenchDatabase db = BenchDatabase.start(); ServerProcess server = ServerProcess.startTandem(db, true, dir)) {
            LoadBench bench = new LoadBench(server, db);
            LoadRun.Journey journey = (client, think) -> {
                UiTree page = client.signIn("officer@northmere.test", "demo");
                think.beforePage();
                page = client.followLink("plans");
                Node plan = page.find("a", n -> n.attribute("href") != null && n.attribute("href").startsWith("plans/"))
                        .getFirst();
                think.beforePage();
                page = client.followLink(plan.attribute("href"));
                think.beforeAnswer();
                page = client.setValue(page.byLabel("vaadin-text-field", "Search actions"), "Local Offer");
                think.beforePage();
                page = client.click(page.byLabel("vaadin-button", "Sign out"), "sign-out");
                if (!page.heading().startsWith("Sign in")) {
                    throw new IllegalStateException("Sign-out did not lead to the sign-in page: " + page.summary());
                }
            };
            var think = new LoadRun.Think(new Random(), Duration.ofMillis(200), Duration.ofMillis(500),
                    Duration.ofMillis(500), Duration.ofMillis(1500));
            var r1 = bench.runLevel("1 officer", server.baseUrl(),
                    new LoadBench.Level(1, Duration.ZERO, Duration.ofSeconds(20), 1000, think), journey, null);
            var r20 = bench.runLevel("20 officers", server.baseUrl(),
                    new LoadBench.Level(20, Duration.ofSeconds(5), Duration.ofSeconds(30), 10_000, think), journey, null);
            bench.write(Path.of("target", "bench"), "plan-page-load");
            assertThat((long) r1.get("surveysCompleted")).isPositive();
            assertThat((long) r20.get("errors")).isZero();
        }
    }
}
