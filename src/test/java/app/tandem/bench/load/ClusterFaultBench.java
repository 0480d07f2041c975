package app.tandem.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.access.AccessService;
import app.tandem.access.NewPerson;
import app.tandem.access.PersonSummary;
import app.tandem.access.Role;
import app.tandem.bench.load.UiTree.Node;
import app.tandem.plan.PlanService;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.WaveEdit;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault run of issue 9: a survey wave taken through the cluster ({@code bench/cluster.sh}:
 * two nodes, HAProxy with a sticky {@code TANDEM_NODE} cookie, one PostgreSQL) while node 2 is
 * killed with {@code kill -9} in the middle, with a mail fan-out under way on it.
 *
 * <pre>./mvnw -Pproduction package -DskipTests &amp;&amp; ./mvnw test -Dgroups=bench -Dtest=ClusterFaultBench</pre>
 *
 * The nodes run the production jar as it is: package again after changing the code.
 *
 * <ol>
 * <li>Starts the cluster with {@code SMTP=external} (or reuses a running one) after starting its
 * own GreenMail on the cluster's SMTP port, so it sees every mail the nodes send.</li>
 * <li>Prepares through this test's own Spring context on the cluster's database (no scheduled work,
 * no outbox republishing, its own private mail server): the benchmark survey, a fresh wave and its
 * link, and {@code bench.accounts} forum-member accounts {@code bench-parent-N@northmere.test}.</li>
 * <li>Anonymous takers (link) and signed-in takers ({@code /surveys/{wave}/take}) through the
 * balancer, each on the node its cookie names.</li>
 * <li>At {@code bench.killAfter} seconds an admin signed in on node 2 adds a second wave of the
 * parents' survey: node 2 mails every forum member. When part of those mails are written, node 2
 * is killed.</li>
 * <li>Takers on node 1 must finish without an error; takers on node 2 must get the reload words,
 * then anonymous ones start again and signed-in ones sign in again and find their saved answers.</li>
 * <li>Checks in the database: responses = thank-you pages seen (anonymous ones whose submit was cut
 * are "in doubt"), one response per account; and that every forum member got the second wave's
 * mail exactly once (waits for the outbox of the live node to finish the dead node's work).</li>
 * <li>Stops the cluster if it started it.</li>
 * </ol>
 * Prints a table and writes {@code target/bench/cluster-fault.json} and {@code .txt}.
 * Knobs: {@code bench.anonymous} (30), {@code bench.signedIn} (40), {@code bench.accounts} (100),
 * {@code bench.seconds} (100), {@code bench.killAfter} (35), {@code bench.mailWaitSeconds} (300).
 */
@Tag("bench")
@ActiveProfiles("postgres")
class ClusterFaultBench extends TandemSpringTest {

    static final String PASSWORD = "bench-parent-password";
    static final String KILLED = "node2";

    static final Cluster CLUSTER;
    static final boolean STARTED_HERE;
    static final GreenMail MAIL;
    static final String MAIL_NOTE;

    static {
        try {
            Cluster found = Cluster.fromState();
            boolean running = found != null && found.running(2);
            int smtpPort = Integer.parseInt(System.getenv().getOrDefault("SMTP_PORT",
                    found != null && found.get("SMTP_PORT") != null ? found.get("SMTP_PORT") : "3025"));
            if (running) {
                STARTED_HERE = false;
                if ("external".equals(found.get("SMTP")) && portFree(smtpPort)) {
                    MAIL = greenMail(smtpPort);
                    MAIL_NOTE = "counted by the bench's GreenMail on 127.0.0.1:" + smtpPort;
                } else {
                    MAIL = null;
                    MAIL_NOTE = "not counted: the running cluster sends mail to node 1's embedded server"
                            + " (start it with SMTP=external, or stop it and let this bench start one)";
                }
                System.out.println("[fault] reusing the running cluster (" + found.balancerUrl() + ")");
            } else {
                STARTED_HERE = true;
                MAIL = greenMail(smtpPort);
                MAIL_NOTE = "counted by the bench's GreenMail on 127.0.0.1:" + smtpPort;
                System.out.println("[fault] starting the cluster: SMTP=external bench/cluster.sh start");
                Cluster.script(Map.of("SMTP", "external", "NODES", "2", "SMTP_PORT", String.valueOf(smtpPort)),
                        Duration.ofMinutes(20), "start");
                found = Cluster.fromState();
            }
            CLUSTER = found;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> CLUSTER.get("DB_URL"));
        registry.add("spring.datasource.username", () -> CLUSTER.get("DB_USER"));
        registry.add("spring.datasource.password", () -> "");
        registry.add("DB_URL", () -> CLUSTER.get("DB_URL"));
        registry.add("DB_USER", () -> CLUSTER.get("DB_USER"));
        // Not a third node: no demo loading, no scheduled work, no taking over the nodes' outbox.
        registry.add("tandem.demo", () -> "false");
        registry.add("spring.modulith.events.republish-outstanding-events-on-restart", () -> "false");
        registry.add("spring.modulith.events.staleness.published", () -> "PT1000H");
        registry.add("spring.modulith.events.staleness.processing", () -> "PT1000H");
        registry.add("spring.modulith.events.staleness.resubmitted", () -> "PT1000H");
        registry.add("spring.modulith.events.staleness.check-interval", () -> "PT1000H");
        registry.add("tandem.mail.retry-interval", () -> "PT1000H");
        registry.add("tandem.mail.daily-digest-cron", () -> "-");
        registry.add("tandem.retention.cron", () -> "-");
        registry.add("tandem.survey.announce-cron", () -> "-");
        registry.add("tandem.backup.cron", () -> "-");
        // Mail this context's own set-up causes (the first wave's announcement) goes to a private server.
        registry.add("tandem.mail.embedded", () -> "true");
        registry.add("tandem.mail.embedded-port", () -> "0");
    }

    @AfterAll
    static void stopWhatWasStarted() throws Exception {
        if (MAIL != null) {
            MAIL.stop();
        }
        if (STARTED_HERE && !Boolean.getBoolean("bench.keepCluster")) {
            System.out.println("[fault] stopping the cluster this run started");
            Cluster.script(Map.of(), Duration.ofMinutes(3), "stop");
        }
    }

    @Autowired
    PlanService plans;

    @Autowired
    SurveyService surveys;

    @Autowired
    AccessService access;

    @Autowired
    JdbcTemplate jdbc;

    record Prepared(long planId, long surveyId, long waveId, String linkPath, List<String> accounts) {}

    @Test
    void a_node_dies_in_the_middle_of_a_survey_wave() throws Exception {
        int anonymous = Integer.getInteger("bench.anonymous", 30);
        int signedIn = Integer.getInteger("bench.signedIn", 40);
        int accounts = Math.max(signedIn, Integer.getInteger("bench.accounts", 100));
        long seconds = Long.getLong("bench.seconds", 100);
        long killAfter = Long.getLong("bench.killAfter", 35);
        long mailWait = Long.getLong("bench.mailWaitSeconds", 300);

        Prepared p = as(NORTHMERE_ADMIN, () -> prepare(accounts));
        System.out.printf("[fault] survey %d, wave %d, %d accounts; %d anonymous and %d signed-in takers for %d s,"
                + " node 2 killed after about %d s%n", p.surveyId(), p.waveId(), p.accounts().size(), anonymous,
                signedIn, seconds, killAfter);

        FaultRun.Context ctx = new FaultRun.Context(CLUSTER.balancerUrl(), p.linkPath(),
                "surveys/" + p.waveId() + "/take", PASSWORD, KILLED);
        LoadRun.Think think = new LoadRun.Think(new Random(11), Duration.ofMillis(150), Duration.ofMillis(450),
                Duration.ofMillis(1500), Duration.ofMillis(4000));
        var driverOs = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long driverCpuBefore = driverOs.getProcessCpuTime();

        long t0 = System.nanoTime();
        long deadline = t0 + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < anonymous; i++) {
            long delay = 5_000L * i / Math.max(1, anonymous);
            FaultRun run = new FaultRun(ctx, withSeed(think, 100 + i));
            int n = i + 1;
            threads.add(Thread.ofVirtual().name("anonymous-" + i).start(() -> {
                try {
                    Thread.sleep(delay);
                    run.anonymousTaker("anonymous-" + n, deadline);
                } catch (InterruptedException e) {
                    // stopped at the grace deadline
                }
            }));
        }
        // Signed-in parents arrive from 25 s before the kill to 5 s after it, so many are mid-survey at the kill.
        long firstArrival = Math.max(0, killAfter - 25) * 1000;
        long spread = (Math.min(killAfter, 25) + 5) * 1000;
        for (int i = 0; i < signedIn; i++) {
            long delay = firstArrival + spread * i / Math.max(1, signedIn);
            String email = p.accounts().get(i);
            FaultRun run = new FaultRun(ctx, withSeed(think, 300 + i));
            threads.add(Thread.ofVirtual().name("signed-in-" + i).start(() -> {
                try {
                    Thread.sleep(delay);
                    run.signedInTaker(email);
                } catch (InterruptedException e) {
                    // stopped at the grace deadline
                }
            }));
        }

        // The fault: a second wave announced from node 2, and node 2 killed while its mails go out.
        Thread.sleep(Math.max(0, killAfter * 1000 - 5_000));
        Map<String, Object> kill = new LinkedHashMap<>();
        String waveName = "Fault run second wave " + Instant.now();
        long wave2 = -1;
        List<Map<String, Object>> audience = List.of();
        try {
            audience = forumMembers(p.waveId());
            addWaveOnNode(CLUSTER.nodeUrl(2), p.planId(), p.surveyId(), waveName);
            wave2 = jdbc.queryForObject("select max(id) from survey_wave where survey_id = ? and name = ?", Long.class,
                    p.surveyId(), waveName);
            kill.put("secondWaveId", wave2);
        } catch (Exception e) {
            kill.put("secondWaveError", e.toString());
            System.err.println("[fault] could not add the second wave on node 2: " + e);
        }
        String key = "survey-opened:" + wave2;
        long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long written = 0;
        while (wave2 > 0 && System.nanoTime() < waitUntil) {
            written = count("select count(*) from notification_mail where dedup_key = ?", key);
            if (written >= Math.max(1, audience.size() / 3)) {
                break; // a third of the mails written: the fan-out is well under way
            }
            Thread.sleep(2);
        }
        ctx.killedAtNanos = System.nanoTime();
        Cluster.script(Map.of(), Duration.ofSeconds(30), "kill-node", "2");
        long killedAtSecond = (ctx.killedAtNanos - t0) / 1_000_000_000L;
        long writtenAtKill = wave2 > 0 ? count("select count(*) from notification_mail where dedup_key = ?", key) : 0;
        kill.put("atSecond", killedAtSecond);
        kill.put("secondWaveAudience", audience.size());
        kill.put("mailRowsWrittenWhenKillDecided", written);
        kill.put("mailRowsCommittedRightAfterKill", writtenAtKill);
        System.out.printf("[fault] node 2 killed at %d s; %d of %d mail rows of the second wave committed%n",
                killedAtSecond, writtenAtKill, audience.size());

        long grace = deadline + Duration.ofMinutes(3).toNanos();
        long abandoned = 0;
        for (Thread t : threads) {
            t.join(Math.max(1, (grace - System.nanoTime()) / 1_000_000));
        }
        for (Thread t : threads) {
            if (t.isAlive()) {
                abandoned++;
                t.interrupt();
            }
        }
        double runSeconds = (System.nanoTime() - t0) / 1e9;
        long driverCpuMs = (driverOs.getProcessCpuTime() - driverCpuBefore) / 1_000_000;

        // ------------------------------------------------------------------ database check
        FaultRun.Stats s = ctx.stats;
        long anonThanks = sumPrefix(s, "anonymous.thanks.");
        long inDoubt = s.get("anonymous.inDoubt");
        long anonInDb = count("select count(*) from survey_response where wave_id = ? and status = 'SUBMITTED'"
                + " and account_id is null", p.waveId());
        long signedThanks = sumPrefix(s, "signedIn.thanks.") + s.get("signedIn.alreadySubmittedBeforeKill");
        long signedInDb = count("select count(*) from survey_response where wave_id = ? and status = 'SUBMITTED'"
                + " and account_id is not null", p.waveId());
        long twice = count("select count(*) from (select account_id from survey_response where wave_id = ?"
                + " and account_id is not null and status = 'SUBMITTED' group by account_id having count(*) > 1) d",
                p.waveId());
        long drafts = count("select count(*) from survey_response where wave_id = ? and status <> 'SUBMITTED'",
                p.waveId());
        boolean anonOk = anonInDb >= anonThanks && anonInDb <= anonThanks + inDoubt;
        boolean signedOk = signedInDb == signedThanks && twice == 0;

        // ------------------------------------------------------------------ mail check
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("how", MAIL_NOTE);
        boolean mailOk = true;
        if (wave2 > 0 && MAIL != null) {
            mailOk = checkMail(wave2, audience, mail, ctx.killedAtNanos, mailWait);
        } else {
            mailOk = MAIL == null;
        }

        // ------------------------------------------------------------------ report
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("when", Instant.now().toString());
        report.put("cluster", Map.of("balancer", CLUSTER.balancerUrl(), "nodes", CLUSTER.nodes(),
                "startedByThisRun", STARTED_HERE));
        report.put("takers", Map.of("anonymous", anonymous, "signedIn", signedIn, "accounts", p.accounts().size(),
                "runSeconds", Math.round(runSeconds), "abandonedAtGraceDeadline", abandoned));
        report.put("think", "150-450 ms before each answer, 1.5-4 s before each page");
        report.put("kill", kill);
        report.put("counters", s.snapshot(s.counters));
        report.put("errors", s.snapshot(s.errorKinds));
        report.put("reloadWordsSeen", s.snapshot(s.reloadWords));
        report.put("answerMismatches", List.copyOf(s.mismatches));
        report.put("perTaker", List.copyOf(s.takers));
        Map<String, Object> db = new LinkedHashMap<>();
        db.put("anonymousThankYouPages", anonThanks);
        db.put("anonymousInDoubt", inDoubt);
        db.put("anonymousResponsesInDb", anonInDb);
        db.put("anonymousCheck", (anonOk ? "OK " : "FAILED ") + anonThanks + " <= " + anonInDb + " <= "
                + (anonThanks + inDoubt));
        db.put("signedInSubmittedSeen", signedThanks);
        db.put("signedInResponsesInDb", signedInDb);
        db.put("accountsWithTwoResponses", twice);
        db.put("draftsLeft", drafts);
        db.put("signedInCheck", (signedOk ? "OK " : "FAILED ") + signedInDb + " = " + signedThanks + ", doubled "
                + twice);
        report.put("database", db);
        report.put("mail", mail);
        report.put("latencies", ctx.latencies.summary());
        report.put("driverCpuMs", driverCpuMs);
        String table = table(report, s);
        System.out.println(table);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("cluster-fault.json"),
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report));
        Files.writeString(dir.resolve("cluster-fault.txt"), table);
        if (!STARTED_HERE) {
            System.out.println("[fault] node 2 of the running cluster is down: bench/cluster.sh start-node 2");
        }

        long node1Errors = s.errorKinds.entrySet().stream().filter(e -> e.getKey().startsWith("node1 "))
                .mapToLong(e -> e.getValue().get()).sum();
        assertThat(node1Errors).as("errors of takers on node 1 " + s.snapshot(s.errorKinds)).isZero();
        assertThat(sumPrefix(s, "anonymous.thanks.node1")).as("anonymous surveys finished on node 1").isPositive();
        assertThat(s.mismatches).as("signed-in answers after resuming").isEmpty();
        assertThat(s.get("lost.noReloadMessage")).as("takers on node 2 that got no reload message").isZero();
        assertThat(s.reloadWords.keySet()).as("the words the browser shows")
                .allMatch(w -> w.startsWith("This page needs to be reloaded"));
        assertThat(anonOk).as("anonymous responses in the database " + db).isTrue();
        assertThat(signedOk).as("signed-in responses in the database " + db).isTrue();
        assertThat(mailOk).as("second wave's mail exactly once " + mail).isTrue();
    }

    // ---------------------------------------------------------------------- preparation

    private Prepared prepare(int accounts) {
        long planId = plans.listPlans().getFirst().id();
        long surveyId = BenchmarkSurvey.ensure(surveys, planId);
        var wave = surveys.createWave(surveyId, new WaveEdit(0, "Fault run " + Instant.now(), null, LocalDate.now(),
                LocalDate.now().plusDays(30)));
        String link = surveys.openLink(wave.id()).path();
        Set<String> existing = access.people().stream().map(PersonSummary::email)
                .filter(java.util.Objects::nonNull).map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= accounts; i++) {
            String email = "bench-parent-" + i + "@northmere.test";
            if (!existing.contains(email)) {
                access.addPerson(new NewPerson(email, "Bench parent " + i, null, null, Role.FORUM_MEMBER), PASSWORD);
            }
            emails.add(email);
        }
        return new Prepared(planId, surveyId, wave.id(), link, emails);
    }

    /** Everyone the parents' survey's announcement is for: enabled forum members of the wave's area. */
    private List<Map<String, Object>> forumMembers(long waveId) {
        return jdbc.queryForList("""
                select a.id, lower(a.email) as email from account a
                where a.area_id = (select area_id from survey_wave where id = ?)
                and a.role = 'FORUM_MEMBER' and a.enabled = true order by a.id""", waveId);
    }

    /** An admin on node 2 (its own address, no balancer) adds a wave in the survey builder, as in a browser. */
    private static void addWaveOnNode(String nodeUrl, long planId, long surveyId, String name) throws Exception {
        var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        FlowClient admin = new FlowClient(http, nodeUrl, (k, n) -> {});
        admin.signIn(NORTHMERE_ADMIN, "demo");
        UiTree page = admin.open("plans/" + planId + "/surveys/build/" + surveyId);
        Node add = FaultRun.button(page, java.util.regex.Pattern.compile("Add a wave"));
        if (add == null) {
            throw new IllegalStateException("No 'Add a wave' on " + page.summary());
        }
        page = admin.click(add, "add-wave");
        admin.setValue(page.byLabel("vaadin-text-field", "Name of the wave"), name);
        page = admin.setValue(admin.tree().byLabel("vaadin-date-picker", "Closes after"),
                LocalDate.now().plusDays(30).toString());
        Node save = FaultRun.button(page, java.util.regex.Pattern.compile("Save wave"));
        if (save == null) {
            throw new IllegalStateException("No 'Save wave' in the dialog on " + page.summary());
        }
        admin.click(save, "save-wave");
    }

    // ---------------------------------------------------------------------- mail

    /**
     * Waits until every forum member has the second wave's mail row and every row marked sent has
     * arrived (or the time is up), then counts what GreenMail received per recipient: missing,
     * doubled, arrived without a row (sent just before a crash, then sent again).
     */
    private boolean checkMail(long wave2, List<Map<String, Object>> audience, Map<String, Object> out,
            long killedAt, long waitSeconds) throws Exception {
        String key = "survey-opened:" + wave2;
        String marker = "surveys/" + wave2 + "/take";
        long until = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        Map<String, Integer> received;
        Map<Long, String> rows;
        long completeAfterKillMs = -1;
        while (true) {
            received = receivedWith(marker);
            rows = new HashMap<>();
            for (var r : jdbc.queryForList("select recipient_id, status from notification_mail where dedup_key = ?", key)) {
                rows.put(((Number) r.get("recipient_id")).longValue(), (String) r.get("status"));
            }
            boolean complete = rows.size() >= audience.size();
            for (var m : audience) {
                String status = rows.get(((Number) m.get("id")).longValue());
                if (status == null || ("SENT".equals(status) && received.getOrDefault((String) m.get("email"), 0) == 0)) {
                    complete = false;
                }
            }
            if (complete) {
                completeAfterKillMs = (System.nanoTime() - killedAt) / 1_000_000;
                break;
            }
            if (System.nanoTime() > until) {
                break;
            }
            Thread.sleep(2_000);
        }
        int expected = 0;
        int missingRows = 0;
        int missingMail = 0;
        int doubled = 0;
        int notSentByChoice = 0;
        List<String> problems = new ArrayList<>();
        for (var m : audience) {
            long id = ((Number) m.get("id")).longValue();
            String email = (String) m.get("email");
            String status = rows.get(id);
            int got = received.getOrDefault(email, 0);
            if (status == null) {
                missingRows++;
                problems.add(email + ": no mail row");
            } else if ("SENT".equals(status)) {
                expected++;
                if (got == 0) {
                    missingMail++;
                    problems.add(email + ": row SENT, nothing received");
                }
            } else {
                notSentByChoice++;
            }
            if (got > 1) {
                doubled++;
                problems.add(email + ": received " + got + " times");
            }
        }
        Set<String> members = audience.stream().map(m -> (String) m.get("email")).collect(Collectors.toSet());
        long strangers = received.keySet().stream().filter(e -> !members.contains(e)).count();
        out.put("secondWave", wave2);
        out.put("audience", audience.size());
        out.put("expected", expected);
        out.put("notSentByTheirChoice", notSentByChoice);
        out.put("received", received.values().stream().mapToInt(Integer::intValue).sum());
        out.put("missingRows", missingRows);
        out.put("missing", missingMail);
        out.put("doubled", doubled);
        out.put("toSomeoneElse", strangers);
        out.put("allInSecondsAfterKill", completeAfterKillMs < 0 ? "not within " + waitSeconds + " s"
                : Math.round(completeAfterKillMs / 100.0) / 10.0);
        out.put("outbox", jdbc.queryForList("""
                select status, completion_attempts, completion_date is not null as completed,
                publication_date, last_resubmission_date from event_publication
                where event_type like '%SurveyWaveOpened' and serialized_event like ?""",
                "%\"waveId\":" + wave2 + "%").stream().map(r -> r.toString()).toList());
        out.put("allMailReceivedSinceStart", MAIL.getReceivedMessages().length);
        out.put("problems", problems.size() > 20 ? problems.subList(0, 20) : problems);
        return missingRows == 0 && missingMail == 0 && doubled == 0 && strangers == 0;
    }

    /** Recipient (lower case) to how many received messages mention {@code marker} in a text part. */
    private static Map<String, Integer> receivedWith(String marker) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (!text(m).contains(marker)) {
                continue;
            }
            Address[] to = m.getRecipients(Message.RecipientType.TO);
            if (to == null) {
                continue;
            }
            for (Address a : to) {
                String email = a instanceof jakarta.mail.internet.InternetAddress ia ? ia.getAddress() : a.toString();
                out.merge(email.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return out;
    }

    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart mp) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                sb.append(text(mp.getBodyPart(i))).append('\n');
            }
            return sb.toString();
        }
        return "";
    }

    // ---------------------------------------------------------------------- helpers

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static long sumPrefix(FaultRun.Stats s, String prefix) {
        return s.counters.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(e -> e.getValue().get()).sum();
    }

    private static LoadRun.Think withSeed(LoadRun.Think t, long seed) {
        return new LoadRun.Think(new Random(seed), t.answerMin(), t.answerMax(), t.pageMin(), t.pageMax());
    }

    private static GreenMail greenMail(int port) {
        GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    private static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static String table(Map<String, Object> r, FaultRun.Stats s) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> kill = (Map<String, Object>) r.get("kill");
        Map<String, Object> db = (Map<String, Object>) r.get("database");
        Map<String, Object> mail = (Map<String, Object>) r.get("mail");
        sb.append("\n=== Cluster fault run (kill -9 of node 2 at ").append(kill.get("atSecond")).append(" s) ===\n");
        String f = "%-58s %s%n";
        sb.append(String.format(f, "anonymous surveys finished on node 1 / node 2",
                sumPrefix(s, "anonymous.thanks.node1") + " / " + sumPrefix(s, "anonymous.thanks.node2")));
        sb.append(String.format(f, "  of them restarted on node 1 after the reload", s.get("anonymous.restartedAndFinished.node1")));
        sb.append(String.format(f, "signed-in surveys finished on node 1 / node 2",
                sumPrefix(s, "signedIn.thanks.node1") + " / " + sumPrefix(s, "signedIn.thanks.node2")));
        sb.append(String.format(f, "errors on node 1 / node 2 (before the kill or not lost)",
                sumPrefix(s, "errors.node1") + " / " + sumPrefix(s, "errors.node2")));
        sb.append(String.format(f, "errors after a reload", s.counters.entrySet().stream()
                .filter(e -> e.getKey().contains("after reload")).mapToLong(e -> e.getValue().get()).sum()));
        long lost = s.counters.entrySet().stream().filter(e -> e.getKey().startsWith("lost.") && e.getKey()
                .substring(5).chars().allMatch(Character::isUpperCase)).mapToLong(e -> e.getValue().get()).sum();
        sb.append(String.format(f, "takers on node 2 that lost their page", lost));
        sb.append(String.format(f, "  reload messages seen", s.reloadWords.values().stream().mapToLong(v -> v.get()).sum()));
        s.reloadWords.forEach((w, n) -> sb.append(String.format(f, "    \"" + FaultRun.abbreviate(w).substring(0,
                Math.min(50, FaultRun.abbreviate(w).length())) + "...\"", n.get())));
        sb.append(String.format(f, "  no reload message", s.get("lost.noReloadMessage")));
        sb.append(String.format(f, "signed-in resumed with their saved answers (matched)", s.get("signedIn.resumedWithSavedAnswers")));
        sb.append(String.format(f, "signed-in resumed, saved by the request the kill cut", s.get("signedIn.resumedSavedDuringCutRequest")));
        sb.append(String.format(f, "signed-in answers differing / saved answers missing",
                s.get("signedIn.resumedButAnswersDiffer") + " / " + s.get("signedIn.savedAnswersMissing")));
        sb.append(String.format(f, "signed-in with nothing saved yet (started over)", s.get("signedIn.nothingSavedStartedOver")));
        sb.append(String.format(f, "signed-in whose submit had committed before the kill", s.get("signedIn.alreadySubmittedBeforeKill")));
        sb.append(String.format(f, "anonymous submits in doubt (cut by the kill)", db.get("anonymousInDoubt")));
        sb.append(String.format(f, "DB: anonymous responses (thank-you pages <= DB <= + in doubt)", db.get("anonymousCheck")));
        sb.append(String.format(f, "DB: signed-in responses = submitted seen, none doubled", db.get("signedInCheck")));
        sb.append(String.format(f, "DB: drafts left in the wave", db.get("draftsLeft")));
        sb.append(String.format(f, "mail of the second wave: audience / expected / received", mail.get("audience") + " / "
                + mail.get("expected") + " / " + mail.get("received")));
        sb.append(String.format(f, "mail: missing / doubled / rows missing", mail.get("missing") + " / "
                + mail.get("doubled") + " / " + mail.get("missingRows")));
        sb.append(String.format(f, "mail rows committed when node 2 died", kill.get("mailRowsCommittedRightAfterKill")));
        sb.append(String.format(f, "all mail in, seconds after the kill", mail.get("allInSecondsAfterKill")));
        sb.append(String.format(f, "mail", mail.get("how")));
        sb.append(String.format(f, "driver CPU (ms)", r.get("driverCpuMs")));
        return sb.toString();
    }
}
