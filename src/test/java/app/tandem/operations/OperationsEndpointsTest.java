package app.tandem.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.tandem.TandemSpringTest;
import app.tandem.security.RouteAccessAnnotationsTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 9 parts 4 and 6 over HTTP (MockMvc through the real security filter chains): the balancer's
 * probes are the only anonymous actuator paths and say only UP; the Prometheus endpoint answers an
 * admin's session or the scraper's token and nobody else (401 without credentials, 403 for other
 * roles); the Tandem meters are on it.
 */
class OperationsEndpointsTest extends TandemSpringTest {

    static final String TOKEN = "test-scrape-token";

    /** Every actuator endpoint Spring Boot could expose, plus the health group paths. */
    static final List<String> ACTUATOR_PATHS = List.of("/actuator", "/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness", "/actuator/health/db", "/actuator/prometheus", "/actuator/metrics",
            "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
            "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/info", "/actuator/shutdown",
            "/actuator/sessions", "/actuator/modulith", "/actuator/scheduledtasks");

    @Autowired
    WebApplicationContext web;

    @Autowired
    SurveyMetrics surveys;

    @Autowired
    RuntimeMeters runtime;

    @Autowired
    MeterRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc http;

    @BeforeEach
    void httpThroughTheSecurityChains() {
        http = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @Test
    void the_probes_are_open_and_say_only_up() throws Exception {
        for (String probe : RouteAccessAnnotationsTest.REVIEWED_ANONYMOUS_HTTP_PATHS) {
            MockHttpServletResponse r = http.perform(get(probe)).andReturn().getResponse();
            assertThat(r.getStatus()).as(probe).isEqualTo(200);
            assertThat(r.getContentAsString()).as(probe).isEqualTo("{\"status\":\"UP\"}");
            assertThat(r.getCookies()).as("a probe starts no session").isEmpty();
        }
    }

    /** What the balancer sees when a node starts shutting down (Spring publishes this on SIGTERM). */
    @Test
    void readiness_says_down_while_the_node_refuses_traffic_and_liveness_stays_up() throws Exception {
        org.springframework.boot.availability.AvailabilityChangeEvent.publish(web,
                org.springframework.boot.availability.ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(status(get("/actuator/health/readiness"))).isEqualTo(503);
            assertThat(status(get("/actuator/health/liveness"))).isEqualTo(200);
        } finally {
            org.springframework.boot.availability.AvailabilityChangeEvent.publish(web,
                    org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(status(get("/actuator/health/readiness"))).isEqualTo(200);
    }

    @Test
    void anonymous_callers_reach_exactly_the_reviewed_actuator_paths() throws Exception {
        Set<String> open = new LinkedHashSet<>();
        for (String path : ACTUATOR_PATHS) {
            int status = http.perform(get(path)).andReturn().getResponse().getStatus();
            if (status != 401) {
                open.add(path);
            }
        }
        assertThat(open).isEqualTo(RouteAccessAnnotationsTest.REVIEWED_ANONYMOUS_HTTP_PATHS);
    }

    @Test
    void prometheus_refuses_anonymous_wrong_tokens_and_non_admins() throws Exception {
        assertThat(status(get("/actuator/prometheus"))).isEqualTo(401);
        assertThat(status(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token"))).isEqualTo(401);
        assertThat(status(get("/actuator/prometheus").header("Authorization", "Bearer "))).isEqualTo(401);
        for (String email : List.of(NORTHMERE_OFFICER, NORTHMERE_FORUM_MEMBER, NORTHMERE_YOUNG_PERSON, NORTHMERE_VIEWER)) {
            assertThat(status(get("/actuator/prometheus").session(sessionOf(email)))).as(email).isEqualTo(403);
        }
    }

    @Test
    void an_admin_session_and_the_scraper_token_read_the_tandem_meters() throws Exception {
        surveys.started();
        String asAdmin = http.perform(get("/actuator/prometheus").session(sessionOf(NORTHMERE_ADMIN))).andReturn()
                .getResponse().getContentAsString();
        MockHttpServletResponse asScraper = http.perform(get("/actuator/prometheus")
                .header("Authorization", "Bearer " + TOKEN)).andReturn().getResponse();

        assertThat(asScraper.getStatus()).isEqualTo(200);
        assertThat(asScraper.getCookies()).as("the scraper gets no session").isEmpty();
        for (String body : List.of(asAdmin, asScraper.getContentAsString())) {
            assertThat(body).contains("tandem_surveys_started_total", "tandem_surveys_completed_total",
                    "tandem_surveys_submission_seconds", "tandem_ui_sessions", "tandem_outbox_backlog", "jvm_memory_used_bytes");
        }
    }

    @Test
    void an_admin_still_cannot_read_other_actuator_endpoints() throws Exception {
        assertThat(status(get("/actuator/env").session(sessionOf(NORTHMERE_ADMIN)))).isEqualTo(403);
        assertThat(status(get("/actuator/health").header("Authorization", "Bearer " + TOKEN))).isEqualTo(403);
    }

    @Test
    void a_timed_submission_counts_one_completion_and_one_latency_sample() {
        double completed = registry.get(SurveyMetrics.COMPLETED).counter().count();
        long timed = registry.get(SurveyMetrics.SUBMISSION).timer().count();

        String saved = surveys.timeSubmission(() -> "saved");

        assertThat(saved).isEqualTo("saved");
        assertThat(registry.get(SurveyMetrics.COMPLETED).counter().count()).isEqualTo(completed + 1);
        assertThat(registry.get(SurveyMetrics.SUBMISSION).timer().count()).isEqualTo(timed + 1);
    }

    @Test
    void a_failed_submission_is_not_counted_as_completed() {
        double completed = registry.get(SurveyMetrics.COMPLETED).counter().count();

        try {
            surveys.timeSubmission(() -> {
                throw new IllegalStateException("database down");
            });
        } catch (IllegalStateException expected) {
            // the caller sees the failure
        }

        assertThat(registry.get(SurveyMetrics.COMPLETED).counter().count()).isEqualTo(completed);
    }

    @Test
    void the_outbox_backlog_gauge_counts_incomplete_publications() {
        double before = registry.get(RuntimeMeters.OUTBOX_BACKLOG).gauge().value();
        UUID id = UUID.randomUUID();
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                + " status, completion_attempts) values (?, 'bench.listener', 'bench.Event', '{}', current_timestamp,"
                + " 'PUBLISHED', 0)", id);
        try {
            assertThat(registry.get(RuntimeMeters.OUTBOX_BACKLOG).gauge().value()).isEqualTo(before + 1);
        } finally {
            jdbc.update("delete from event_publication where id = ?", id);
        }
        assertThat(registry.get(RuntimeMeters.OUTBOX_BACKLOG).gauge().value()).isEqualTo(before);
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return http.perform(request).andReturn().getResponse().getStatus();
    }

    /** A session as the app's sign-in leaves it: the security context under Spring Security's key. */
    private MockHttpSession sessionOf(String email) {
        UserDetails user = login(email);
        logout();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }
}
