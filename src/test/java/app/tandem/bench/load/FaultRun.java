package app.tandem.bench.load;

import app.tandem.bench.load.UiTree.Node;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Survey takers through the balancer while a node dies, and what each of them saw. A taker's node
 * is the balancer's {@code TANDEM_NODE} cookie of its first page. What a taker on the killed node
 * does is what a person does: reads the message the browser shows (the page's own
 * {@code sessExpMsg}), reloads; an anonymous taker starts again from the link, a signed-in one signs
 * in again, opens the survey and must find the answers it had saved.
 *
 * <p>A survey is taken by {@link SurveyJourney} (the load bench's own driver, so both follow the
 * survey pages as they change); where a taker was when its node died is read from the last page
 * it had. Only the steps after a reload (resume, "Check your answers", send) are driven here.
 */
final class FaultRun {

    static final String NODE_COOKIE = "TANDEM_NODE";
    static final Pattern ALREADY = Pattern.compile("(?i).*already answered.*");

    /** Where a taker was when something failed. */
    enum Stage {
        /** signing in, opening the survey, its first page with "Start now" */
        STARTING,
        /** on a question page (ticks go to the server with its "Next") */
        ANSWERING,
        /** sending from "Check your answers" */
        SUBMITTING,
        /** the thank-you page was shown */
        DONE
    }

    /** Counters shared by all takers (thread-safe). */
    static final class Stats {
        final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> reloadWords = new ConcurrentHashMap<>();
        final List<String> mismatches = java.util.Collections.synchronizedList(new ArrayList<>());
        /** One line per survey a taker began: who, which node, how it ended. */
        final List<Map<String, Object>> takers = java.util.Collections.synchronizedList(new ArrayList<>());

        void taker(String who, String node, String outcome) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("taker", who);
            row.put("node", node);
            row.put("outcome", outcome);
            takers.add(row);
        }

        void add(String key) {
            counters.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        }

        long get(String key) {
            AtomicLong v = counters.get(key);
            return v == null ? 0 : v.get();
        }

        void error(String node, Exception e) {
            add("errors." + node);
            String kind = node + " " + e.getClass().getSimpleName() + ": " + abbreviate(e.getMessage());
            if (errorKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet() == 1) {
                System.err.println("[fault] taker error: " + kind);
            }
        }

        Map<String, Long> snapshot(Map<String, AtomicLong> map) {
            Map<String, Long> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(k, v.get()));
            return out;
        }
    }

    /** What the run shares with its takers: where to go, the kill, the counters. */
    static final class Context {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final String balancer;
        final String linkPath;
        final String takePath;
        final String password;
        final String killedNode;
        final Stats stats = new Stats();
        final Latencies latencies = new Latencies();
        volatile long killedAtNanos = Long.MAX_VALUE;

        Context(String balancer, String linkPath, String takePath, String password, String killedNode) {
            if (!balancer.startsWith("http://127.0.0.1:") && !balancer.startsWith("http://localhost:")) {
                throw new IllegalArgumentException("The load driver targets loopback only, not " + balancer);
            }
            this.balancer = balancer;
            this.linkPath = linkPath;
            this.takePath = takePath;
            this.password = password;
            this.killedNode = killedNode;
        }

        boolean killed() {
            return System.nanoTime() >= killedAtNanos;
        }
    }

    /** One tab: a FlowClient whose first answered page's balancer cookie names the taker's node. */
    static final class Tab {
        final FlowClient client;
        volatile String node;
        Stage stage = Stage.STARTING;
        /** The failing request was cut by the kill (no answer from any server), not refused by a live one. */
        boolean cut;

        Tab(Context ctx) {
            Tab[] self = {this};
            this.client = new FlowClient(ctx.http, ctx.balancer, (kind, nanos) -> {
                ctx.latencies.record(kind, nanos);
                if (self[0].node == null) {
                    // cookies are read after this call: from the second response on, the first one's cookie is there
                    String c = self[0].client == null ? null : self[0].client.cookie(NODE_COOKIE);
                    if (c != null) {
                        self[0].node = c;
                    }
                }
            });
        }

        String node() {
            String n = node != null ? node : client.cookie(NODE_COOKIE);
            return n == null ? "none" : n;
        }
    }

    private final Context ctx;
    private final LoadRun.Think think;
    FaultRun(Context ctx, LoadRun.Think think) {
        this.ctx = ctx;
        this.think = think;
    }

    // ---------------------------------------------------------------------------- anonymous

    /** Anonymous surveys one after another until the deadline, each with a new browser session. */
    void anonymousTaker(String who, long deadlineNanos) throws InterruptedException {
        while (System.nanoTime() < deadlineNanos) {
            Tab tab = new Tab(ctx);
            try {
                survey(tab, ctx.linkPath, null);
                ctx.stats.add("anonymous.thanks." + tab.node());
                ctx.stats.taker(who, tab.node(), "finished");
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                if (!lostOnKilledNode(tab, e)) {
                    ctx.stats.error(tab.node(), e);
                    ctx.stats.taker(who, tab.node(), "error at " + tab.stage + ": " + abbreviate(e.getMessage()));
                    continue;
                }
                // A submit refused by a live node never reached the dead one; one cut in flight may have been saved.
                boolean inDoubt = tab.stage == Stage.SUBMITTING && tab.cut;
                if (inDoubt) {
                    ctx.stats.add("anonymous.inDoubt");
                }
                // The person reloads: the link's first page again, on a live node.
                Tab again = new Tab(ctx);
                try {
                    survey(again, ctx.linkPath, null);
                    ctx.stats.add("anonymous.thanks." + again.node());
                    ctx.stats.add("anonymous.restartedAndFinished." + again.node());
                    ctx.stats.taker(who, tab.node(), "lost at " + tab.stage + (inDoubt ? " (submit in doubt)" : "")
                            + ", reloaded, finished on " + again.node());
                } catch (InterruptedException ie) {
                    throw ie;
                } catch (Exception e2) {
                    ctx.stats.error(again.node() + " (after reload)", e2);
                    ctx.stats.taker(who, tab.node(), "lost at " + tab.stage + ", reloaded, error on " + again.node()
                            + ": " + abbreviate(e2.getMessage()));
                }
            }
        }
    }

    // ---------------------------------------------------------------------------- signed in

    /** One parent with an account: signs in, takes the survey once; after a lost node, signs in again and resumes. */
    void signedInTaker(String email) throws InterruptedException {
        Tab tab = new Tab(ctx);
        List<String> saved = new ArrayList<>();
        try {
            tab.client.signIn(email, ctx.password);
            survey(tab, ctx.takePath, saved);
            ctx.stats.add("signedIn.thanks." + tab.node());
            ctx.stats.taker(email, tab.node(), "finished");
            return;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            if (!lostOnKilledNode(tab, e)) {
                ctx.stats.error(tab.node(), e);
                ctx.stats.taker(email, tab.node(), "error at " + tab.stage + ": " + abbreviate(e.getMessage()));
                return;
            }
        }
        String lost = "lost at " + tab.stage + (saved.isEmpty() ? "" : " with " + saved.size() + " answers saved")
                + ", signed in again on ";
        // Reload: the survey's address needs signing in again (a new session on a live node).
        Tab again = new Tab(ctx);
        String resumed = "";
        try {
            again.client.signIn(email, ctx.password);
            UiTree page = again.client.open(ctx.takePath);
            List<String> headings = SurveyJourney.headings(page);
            if (headings.stream().anyMatch(h -> ALREADY.matcher(h).matches())) {
                // the submit had committed before the node died
                ctx.stats.add("signedIn.alreadySubmittedBeforeKill");
                ctx.stats.taker(email, tab.node(), lost + again.node() + ": already answered");
                return;
            }
            Node start = button(page, SurveyJourney.START);
            if (start != null) {
                page = again.client.click(start, "start");
            }
            Node next = button(page, SurveyJourney.NEXT);
            if (next != null) {
                page = again.client.click(next, "next", checkedInputs(page));
            }
            if (isCheckPage(page)) {
                List<String> now = checkAnswers(page);
                if (saved.isEmpty()) {
                    ctx.stats.add("signedIn.resumedSavedDuringCutRequest");
                    resumed = "resumed answers saved by the cut request";
                } else if (now.equals(saved)) {
                    ctx.stats.add("signedIn.resumedWithSavedAnswers");
                    resumed = "resumed with the same " + now.size() + " answers";
                } else {
                    resumed = "resumed with different answers";
                    ctx.stats.add("signedIn.resumedButAnswersDiffer");
                    ctx.stats.mismatches.add(email + ": before " + saved + " after " + now);
                }
                submit(again, page);
            } else {
                if (!saved.isEmpty()) {
                    ctx.stats.add("signedIn.savedAnswersMissing");
                    ctx.stats.mismatches.add(email + ": had reached 'Check your answers' but nothing was saved: "
                            + page.summary());
                } else {
                    ctx.stats.add("signedIn.nothingSavedStartedOver");
                }
                resumed = saved.isEmpty() ? "nothing saved yet, started over" : "saved answers missing, started over";
                survey(again, ctx.takePath, new ArrayList<>());
            }
            ctx.stats.add("signedIn.thanks." + again.node());
            ctx.stats.add("signedIn.finishedAfterReload." + again.node());
            ctx.stats.taker(email, tab.node(), lost + again.node() + ", " + resumed + ", finished");
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            ctx.stats.error(again.node() + " (after reload)", e);
            ctx.stats.taker(email, tab.node(), lost + again.node() + ", error: " + abbreviate(e.getMessage()));
        }
    }

    // ---------------------------------------------------------------------------- one survey

    /**
     * The whole survey as {@link SurveyJourney} takes it (open, answer, "Next", "Check your
     * answers", send, thank-you page, close the tab). When it fails, the last page the tab had says
     * where it was: "Check your answers" means the failing request was the submit (what that page
     * listed goes into {@code checkList}); the thank-you page means only the closing beacon failed,
     * which on the dead node counts as finished.
     */
    private void survey(Tab tab, String path, List<String> checkList) throws Exception {
        tab.stage = Stage.STARTING;
        try {
            new SurveyJourney(path).complete(tab.client, think);
            tab.stage = Stage.DONE;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            UiTree page = tab.client.tree();
            if (isThanksPage(page)) {
                tab.stage = Stage.DONE;
                if (ctx.killedNode.equals(tab.node()) && ctx.killed()) {
                    ctx.stats.add("closeBeaconLostAfterThanks");
                    return;
                }
            } else if (isCheckPage(page)) {
                tab.stage = Stage.SUBMITTING;
                if (checkList != null) {
                    checkList.clear();
                    checkList.addAll(checkAnswers(page));
                }
            } else if (!SurveyJourney.fields(page).isEmpty()) {
                tab.stage = Stage.ANSWERING;
            }
            throw e;
        }
    }

    /** Sends the answers listed on "Check your answers" (after resuming) and needs the thank-you page. */
    private void submit(Tab tab, UiTree page) throws Exception {
        Node send = button(page, SurveyJourney.SUBMIT);
        if (send == null) {
            throw new IllegalStateException("No 'Send' on " + page.summary());
        }
        think.beforePage();
        tab.stage = Stage.SUBMITTING;
        page = tab.client.click(send, "submit", checkedInputs(page));
        if (!isThanksPage(page)) {
            throw new IllegalStateException("No thank-you page after submitting: " + page.summary());
        }
        tab.stage = Stage.DONE;
        think.beforePage();
        tab.client.closeTab();
    }

    /**
     * What the browser sends with a page button's click: the page's checked inputs as [name, value]
     * pairs, read from each choice fieldset's markup as the server wrote it (answers resumed from a
     * draft come back checked). Null for any other expression (mouse and key fields).
     */
    static java.util.function.Function<String, tools.jackson.databind.JsonNode> checkedInputs(UiTree page) {
        return expression -> {
            if (!expression.contains("input:checked")) {
                return null;
            }
            var pairs = FlowClient.JSON.createArrayNode();
            for (Node field : SurveyJourney.fields(page)) {
                String html = field.property("innerHTML");
                if ("fieldset".equals(field.tag()) && html != null) {
                    for (var input : org.jsoup.Jsoup.parseBodyFragment(html).select("input[checked]")) {
                        pairs.addArray().add(input.attr("name")).add(input.attr("value"));
                    }
                }
            }
            return pairs;
        };
    }

    /**
     * Whether a failure is the killed node's: the taker was on it and the kill has happened. Then
     * finds the words the browser would show: a lost session answers with the session-expired
     * meta; a request cut by the kill (HTTP 502/503, time-out) is resent by the browser, which a
     * ping stands for, and that one meets the session-expired meta.
     */
    private boolean lostOnKilledNode(Tab tab, Exception e) throws InterruptedException {
        if (!ctx.killedNode.equals(tab.node()) || !ctx.killed()) {
            return false;
        }
        ctx.stats.add("lost." + tab.stage);
        boolean meta = e instanceof FlowClient.SessionLostException && String.valueOf(e.getMessage()).startsWith("Session expired");
        tab.cut = !meta;
        if (!meta) {
            // The browser's client shows "reconnecting" and resends; it tries again for a while.
            ctx.stats.add("lost.requestCut");
            String why = abbreviate(e.getMessage());
            for (int attempt = 1; attempt <= 10 && !meta; attempt++) {
                Thread.sleep(1_000);
                try {
                    tab.client.ping();
                    ctx.stats.add("lost.pingAnsweredNormally");
                    break;
                } catch (FlowClient.SessionLostException lost) {
                    meta = String.valueOf(lost.getMessage()).startsWith("Session expired");
                    why = abbreviate(lost.getMessage());
                    if (meta) {
                        ctx.stats.add("lost.reloadMessageAfterResend." + attempt);
                    }
                } catch (IOException other) {
                    why = abbreviate(other.getMessage());
                }
            }
            if (!meta) {
                ctx.stats.errorKinds.computeIfAbsent("no reload message: " + why, k -> new AtomicLong()).incrementAndGet();
            }
        }
        if (meta) {
            String caption = tab.client.sessionExpiredCaption();
            String words = caption == null ? "(no words: the browser reloads silently)"
                    : caption + " / " + tab.client.sessionExpiredMessage();
            ctx.stats.reloadWords.computeIfAbsent(words, k -> new AtomicLong()).incrementAndGet();
        } else {
            ctx.stats.add("lost.noReloadMessage");
        }
        return true;
    }

    // ---------------------------------------------------------------------------- pages

    static boolean isThanksPage(UiTree page) {
        return SurveyJourney.headings(page).stream().anyMatch(h -> SurveyJourney.THANKS.matcher(h).matches());
    }

    static boolean isCheckPage(UiTree page) {
        return SurveyJourney.headings(page).stream().anyMatch(h -> SurveyJourney.CHECK_PAGE.matcher(h).matches())
                && button(page, SurveyJourney.SUBMIT) != null;
    }

    /** "question: answer" for each row of "Check your answers" (a term followed by its description). */
    static List<String> checkAnswers(UiTree page) {
        List<String> out = new ArrayList<>();
        String term = null;
        for (Node n : page.elements()) {
            if ("dt".equals(n.tag())) {
                term = page.textOf(n);
            } else if ("dd".equals(n.tag()) && term != null) {
                out.add(term + ": " + page.textOf(n));
                term = null;
            }
        }
        return out;
    }

    static Node button(UiTree page, Pattern text) {
        List<Node> found = page.find("vaadin-button", b -> text.matcher(page.textOf(b)).matches());
        return found.isEmpty() ? null : found.getFirst();
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 160 ? one : one.substring(0, 160) + "...";
    }
}
