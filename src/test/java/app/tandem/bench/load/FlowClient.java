package app.tandem.bench.load;

import app.tandem.bench.load.UiTree.Node;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, without a browser: speaks Vaadin Flow 25's client-server protocol over
 * {@code java.net.http} the way the Flow client does (recorded from Chromium, see README's
 * benchmark section):
 * <ol>
 * <li>{@code GET /path} (the bootstrap page; sets the session cookie), then
 * {@code GET /?v-r=init&location=path}: the app config with the UI id ({@code v-uiId}), the first
 * UIDL and its {@code Vaadin-Security-Key} (the CSRF token of every later request). Push is off.</li>
 * <li>{@code POST /?v-r=uidl&v-uiId=N} with {@code {"csrfToken", "rpc": [...], "syncId", "clientId"}}:
 * first the {@code ui-navigate} event on node 1 that renders the route, then the property-change
 * events every newly upgraded web component fires, then the user's own actions: {@code mSync} +
 * {@code value-changed} to set a field, {@code click} events on buttons.</li>
 * </ol>
 * Node ids come from the responses only ({@link UiTree}). Not thread-safe: one taker, one client.
 */
public final class FlowClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the server says when a session or UI is gone; the real client shows "please reload". */
    public static final class SessionLostException extends IOException {
        SessionLostException(String message) {
            super(message);
        }
    }

    /** A round trip's duration by kind, reported to whoever measures. */
    @FunctionalInterface
    public interface Timing {
        void record(String kind, long nanos);
    }

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64"
            + "&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo";

    private final HttpClient http;
    private final String baseUrl;
    private final Timing timing;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private UiTree tree = new UiTree();
    private int uiId = -1;
    private String csrfToken;
    private String springCsrf;
    private int syncId;
    private int clientId;
    private String route;
    private String pendingLocation;
    /** The words the browser would show for a lost session, as the page's start-up settings gave them. */
    private String sessionExpiredCaption;
    private String sessionExpiredMessage;

    public FlowClient(HttpClient http, String baseUrl, Timing timing) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timing = timing;
    }

    public UiTree tree() {
        return tree;
    }

    /** The route of the current view as the server last told us (path without the leading slash). */
    public String route() {
        return route;
    }

    /** A cookie this tab holds (e.g. the balancer's {@code TANDEM_NODE}), or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /**
     * The caption the browser shows when the server answers that it no longer knows this page
     * ({@code sessExpMsg} of the page's start-up settings); null when it would reload silently.
     */
    public String sessionExpiredCaption() {
        return sessionExpiredCaption;
    }

    public String sessionExpiredMessage() {
        return sessionExpiredMessage;
    }

    /**
     * An empty round trip, as the browser's client resends after a failed request: a server that
     * lost the page answers with the session-expired meta ({@link SessionLostException}).
     */
    public void ping() throws IOException, InterruptedException {
        rpc("ping", JSON.createArrayNode());
    }

    /** Opens a page as typing its address does: bootstrap page, init, the navigation event, settle. */
    public UiTree open(String pathAndQuery) throws IOException, InterruptedException {
        String path = pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery;
        String query = "";
        int q = path.indexOf('?');
        if (q >= 0) {
            query = path.substring(q + 1);
            path = path.substring(0, q);
        }
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(baseUrl + "/" + pathAndQuery.replaceFirst("^/", "")))
                .GET(), "page");
        if (page.statusCode() != 200) {
            throw new IOException("GET /" + path + " answered " + page.statusCode());
        }
        Matcher csrf = META_CSRF.matcher(page.body());
        springCsrf = csrf.find() ? csrf.group(1) : null;

        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=init&location="
                + enc(path) + "&query=" + enc(query) + BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis()
                + "&v-wn=v-" + System.nanoTime())).GET(), "init");
        if (init.statusCode() != 200) {
            throw new IOException("init of /" + path + " answered " + init.statusCode());
        }
        JsonNode config = JSON.readTree(stripPrefix(init.body())).get("appConfig");
        if (config == null || config.get("uidl") == null) {
            throw new IOException("init of /" + path + " had no UIDL: " + abbreviate(init.body()));
        }
        tree = new UiTree();
        JsonNode expired = config.path("sessExpMsg");
        sessionExpiredCaption = expired.path("caption").isString() ? expired.path("caption").asString() : null;
        sessionExpiredMessage = expired.path("message").isString() ? expired.path("message").asString() : null;
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt(0);
        clientId = uidl.path("clientId").asInt(0);
        tree.apply(uidl);

        ObjectNode data = JSON.createObjectNode()
                .put("route", "/" + path).put("query", query).put("appShellTitle", "Tandem").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        route = path;
        rpc("navigate", event(1, "ui-navigate", data));
        settle();
        return tree;
    }

    /** Follows a router link the way a click on it does in the browser (client-side navigation). */
    public UiTree followLink(String href) throws IOException, InterruptedException {
        String path = href.startsWith("/") ? href.substring(1) : href;
        ObjectNode data = JSON.createObjectNode()
                .put("route", path).put("query", "").put("appShellTitle", "Tandem").put("trigger", "client");
        data.putObject("historyState").put("idx", 0);
        route = path;
        rpc("navigate", event(1, "ui-navigate", data));
        settle();
        return tree;
    }

    /** Signs in through Spring Security's form login (what the LoginForm's native form posts), then opens the landing page. */
    public UiTree signIn(String email, String password) throws IOException, InterruptedException {
        open("login");
        if (springCsrf == null) {
            throw new IOException("The login page had no _csrf meta tag");
        }
        String form = "_csrf=" + enc(springCsrf) + "&username=" + enc(email) + "&password=" + enc(password);
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "login");
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error")) {
            throw new IOException("Sign-in as " + email + " failed: " + posted.statusCode() + " " + location);
        }
        String target = URI.create(baseUrl).resolve(location).getPath();
        return open(target == null || target.isEmpty() ? "/" : target);
    }

    /** Types a value into a field (text field, text area, radio group...): property sync plus its change event. */
    public UiTree setValue(Node field, String value) throws IOException, InterruptedException {
        return setProperty(field, "value", JSON.getNodeFactory().stringNode(value), valueEvent(field), "answer");
    }

    /** The DOM event whose listener synchronises the field's value ("value-changed", or "change" for text fields on change). */
    private String valueEvent(Node field) {
        for (var listener : field.listeners.entrySet()) {
            JsonNode constant = tree.constant(listener.getValue());
            if (constant != null && constant.has("}value")) {
                return listener.getKey();
            }
        }
        return "value-changed";
    }

    /** Sets a synchronised property and fires the event the component would fire for it. */
    public UiTree setProperty(Node field, String property, JsonNode value, String eventName, String kind)
            throws IOException, InterruptedException {
        ArrayNode rpc = JSON.createArrayNode();
        if (field.listener(eventName) != null) {
            rpc.add(eventObject(field.id(), eventName, JSON.createObjectNode()));
        }
        ObjectNode sync = rpc.addObject();
        sync.put("type", "mSync").put("node", field.id()).put("feature", 1).put("property", property);
        sync.set("value", value);
        rpc(kind, rpc);
        return tree;
    }

    /**
     * Fires a DOM event on an element with the event data its listener asks for, as the browser
     * would: {@code data} gives the value of each expression this client can evaluate, by expression.
     */
    public UiTree fireEvent(Node element, String eventName, java.util.function.Function<String, JsonNode> data, String kind)
            throws IOException, InterruptedException {
        rpc(kind, event(element.id(), eventName, eventData(element, eventName, data)));
        return tree;
    }

    /**
     * The event data the element's listener for {@code eventName} asks for (its expressions, from the
     * listener's constant), each evaluated by {@code evaluate}; property syncs ({@code "}name"}) left out.
     */
    private ObjectNode eventData(Node element, String eventName, java.util.function.Function<String, JsonNode> evaluate) {
        String key = element.listener(eventName);
        if (key == null) {
            throw new IllegalStateException(element + " has no " + eventName + " listener on " + tree.summary());
        }
        ObjectNode data = JSON.createObjectNode();
        JsonNode expressions = tree.constant(key);
        if (expressions != null) {
            for (var e : expressions.properties()) {
                if (!e.getKey().startsWith("}")) {
                    data.set(e.getKey(), evaluate.apply(e.getKey()));
                }
            }
        }
        return data;
    }

    /** Clicks a button: a click event with the event data its listener asks for. */
    public UiTree click(Node button, String kind) throws IOException, InterruptedException {
        return click(button, kind, expression -> null);
    }

    /**
     * Clicks a button; {@code page} evaluates the event data expressions this client knows from the
     * page's own state (null for the mouse and key fields, which get neutral values).
     */
    public UiTree click(Node button, String kind, java.util.function.Function<String, JsonNode> page)
            throws IOException, InterruptedException {
        ObjectNode data = eventData(button, "click", expr -> {
            JsonNode known = page.apply(expr);
            if (known != null) {
                return known;
            }
            // the mouse and key fields of a click: neutral values
            return expr.endsWith("Key") ? JSON.getNodeFactory().booleanNode(false)
                    : JSON.getNodeFactory().numberNode(expr.equals("event.detail") ? 1 : 0);
        });
        rpc(kind, event(button.id(), "click", data));
        if (pendingLocation != null) {
            // The server sent the browser elsewhere (Page.setLocation): a new page load.
            String location = pendingLocation;
            pendingLocation = null;
            return open(URI.create(baseUrl + "/").resolve(location).getRawPath().substring(1)
                    + (URI.create(baseUrl + "/").resolve(location).getRawQuery() == null ? ""
                            : "?" + URI.create(baseUrl + "/").resolve(location).getRawQuery()));
        }
        settle();
        return tree;
    }

    /**
     * Closes the tab: the Flow client's unload beacon ({@code "UNLOAD": true}), after which the
     * server drops the UI (the HTTP session stays until it times out).
     */
    public void closeTab() throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        body.putArray("rpc");
        body.put("UNLOAD", true);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), "close");
        if (response.statusCode() != 200) {
            throw new IOException("The unload beacon answered HTTP " + response.statusCode());
        }
    }

    /** Fires the property-change events a browser's freshly upgraded web components send after a render. */
    private void settle() throws IOException, InterruptedException {
        List<Node> fresh = tree.attachedWithChangeListeners();
        if (fresh.isEmpty()) {
            return;
        }
        ArrayNode rpc = JSON.createArrayNode();
        for (Node n : fresh) {
            for (String e : n.listeners.keySet()) {
                if (e.endsWith("-changed")) {
                    rpc.add(eventObject(n.id(), e, JSON.createObjectNode()));
                }
            }
        }
        rpc("settle", rpc);
    }

    private static ArrayNode event(int node, String name, ObjectNode data) {
        ArrayNode rpc = JSON.createArrayNode();
        rpc.add(eventObject(node, name, data));
        return rpc;
    }

    private static ObjectNode eventObject(int node, String name, ObjectNode data) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "event").put("node", node).put("event", name);
        e.set("data", data);
        return e;
    }

    /** One UIDL round trip: sends the invocations, applies the answer to the tree. */
    public JsonNode rpc(String kind, ArrayNode invocations) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        body.set("rpc", invocations);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), kind);
        if (response.statusCode() != 200) {
            throw new IOException(kind + " answered HTTP " + response.statusCode() + " on " + tree.summary());
        }
        JsonNode uidl = JSON.readTree(stripPrefix(response.body()));
        JsonNode execute = uidl.get("execute");
        if (execute != null) {
            for (JsonNode call : execute) {
                String script = call.get(call.size() - 1).asString("");
                if (script.contains("window.open") && call.size() >= 3 && "_self".equals(call.get(1).asString(""))) {
                    pendingLocation = call.get(0).asString();
                }
            }
        }
        JsonNode meta = uidl.get("meta");
        if (meta != null) {
            if (meta.path("sessionExpired").asBoolean(false) && pendingLocation != null) {
                return uidl; // signed out or sent away on purpose: the caller follows the redirect
            }
            if (meta.path("sessionExpired").asBoolean(false)) {
                throw new SessionLostException("Session expired (the browser shows 'please reload') on " + tree.summary());
            }
            if (meta.has("appError")) {
                throw new IOException("Server error on " + kind + ": " + meta.get("appError"));
            }
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        tree.apply(uidl);
        return uidl;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String kind) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            cookies.forEach((k, v) -> cookie.append(cookie.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", cookie.toString());
        }
        request.timeout(Duration.ofSeconds(30));
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new SessionLostException("Connection refused (the browser shows 'please reload'): " + e.getMessage());
        }
        timing.record(kind, System.nanoTime() - started);
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    private static String stripPrefix(String body) {
        // Flow may wrap UIDL in "for(;;);[...]" against JSON hijacking; the object starts at the first brace.
        int brace = body.indexOf('{');
        return brace > 0 ? body.substring(brace, body.lastIndexOf('}') + 1) : body;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
