package app.tandem;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base for browser tests ({@code *IT}, run by failsafe): the whole app on a random port, driven
 * by the machine's Debian chromium through Playwright, with axe-core checking every page a test
 * visits (quality bar PR-4).
 *
 * <p>One browser per test class, a fresh browser context (cookies, storage) per test. Where
 * chromium is missing the class is skipped, unless {@code -Dtandem.requireBrowser=true} (CI)
 * turns that into a failure.
 *
 * <p>Navigate with {@link #open(String)} or, after a click, {@link #arrived()}: both wait for
 * Vaadin to settle and run {@link #checkAccessibility(Page)}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
public abstract class BrowserTestSupport {

    /** Debian's chromium; {@code -Dtandem.chromium=...} points elsewhere (or nowhere, to try the skip). */
    public static final Path CHROMIUM = Path.of(System.getProperty("tandem.chromium", "/usr/bin/chromium"));

    /** Exactly the flags verified on these machines (design/stack.md, "Browser tests"). */
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    /** True when no Flow client is busy and no request is in flight (what TestBench waits for). */
    private static final String VAADIN_IDLE = """
            () => {
              const flow = window.Vaadin && window.Vaadin.Flow;
              if (!flow || !flow.clients) { return false; }
              for (const client of Object.values(flow.clients)) {
                if (client && typeof client.isActive === 'function' && client.isActive()) { return false; }
              }
              // Axe measures colours mid-animation otherwise (a fading notification fails contrast).
              return !document.querySelector('vaadin-connection-indicator[loading], [opening], [closing]');
            }""";

    /**
     * The text of whatever has keyboard focus: a native radio button or check box by its label, a
     * text field or area as {@code "field:" + its label}, anything else (a button, a Vaadin radio
     * button) by the text of the element around it.
     */
    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
              if (!e) { return ''; }
              if (e.tagName === 'INPUT' && (e.type === 'radio' || e.type === 'checkbox') && e.labels && e.labels.length) { return e.labels[0].textContent.trim(); }
              const host = e.closest('vaadin-button, vaadin-radio-button, vaadin-checkbox, vaadin-text-field, vaadin-text-area')
                || (e.getRootNode().host) || e;
              if (host.tagName === 'VAADIN-TEXT-FIELD' || host.tagName === 'VAADIN-TEXT-AREA') { return 'field:' + host.label; }
              return (host.textContent || '').trim();
            }""";

    @Autowired
    private UserDetailsService accounts;

    @Autowired
    private ApplicationContext spring;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    /** Keeps a screenshot and the HTML of the page a test failed on, under target/playwright-failures. */
    @RegisterExtension
    final AfterTestExecutionCallback keepFailurePage = extension -> {
        if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            Path dir = Path.of("target", "playwright-failures");
            String name = getClass().getSimpleName() + "." + extension.getRequiredTestMethod().getName();
            try {
                Files.createDirectories(dir);
                page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
                Files.writeString(dir.resolve(name + ".html"), page.content());
            } catch (RuntimeException | java.io.IOException e) {
                // Best effort: never hide the test's own failure.
            }
        }
    };

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Browser tests need Debian chromium at " + CHROMIUM
                    + " (apt-get install -y chromium); it is missing";
            if (Boolean.getBoolean("tandem.requireBrowser")) {
                fail(message + " and tandem.requireBrowser=true, so this is a failure.");
            }
            message += ", so these tests are skipped. Set -Dtandem.requireBrowser=true to fail instead.";
            // Surefire counts a class aborted in @BeforeAll as "Tests run: 0" and drops the reason: say it here too.
            System.err.println("[browser tests] " + message);
            Assumptions.abort(message);
        }
        // Never let Playwright try to download its own browsers, even when run outside Maven.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setLocale("en-GB")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Opens a path (e.g. {@code "/privacy"}), waits for Vaadin, and checks the page with axe. */
    protected Page open(String path) {
        page.navigate(baseUrl() + path);
        return arrived();
    }

    /** After a click that changed page: waits for Vaadin to settle and checks the page with axe. */
    protected Page arrived() {
        settle();
        checkAccessibility(page);
        return page;
    }

    /** Waits for the page's h1 and for Vaadin to finish every round trip. */
    protected void settle() {
        page.locator("h1").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE));
        page.waitForFunction(VAADIN_IDLE);
    }

    /** Signs in through the real login form and waits for the landing page (checked with axe). */
    protected Page signIn(String email) {
        return signIn(email, "demo");
    }

    protected Page signIn(String email, String password) {
        open("/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("E-mail address")).fill(email);
        // getByLabel("Password") would also match the show-password button.
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(url -> !url.contains("/login"));
        return arrived();
    }

    /**
     * Runs {@code work} in the test's own thread as this account (to prepare data through the
     * services, or to check it), then puts back whoever was signed in before.
     */
    protected <T> T as(String email, java.util.function.Supplier<T> work) {
        return as(accounts.loadUserByUsername(email), work);
    }

    /** The same, as a user made in the test (an area's system user, say). */
    protected <T> T as(UserDetails user, java.util.function.Supplier<T> work) {
        SecurityContextStrategy.useStrategyOf(spring);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Presses Tab until the focused element's text contains the words, then leaves focus there. */
    protected void tabTo(String words) {
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            String focused = (String) page.evaluate(FOCUSED);
            if (focused != null && focused.contains(words)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached '" + words + "'");
    }

    /** Waits until the text is on screen, then for Vaadin, and checks the page with axe. */
    protected void waitFor(String text) {
        page.getByText(text).first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE));
        arrived();
    }

    /** The path of the current page, e.g. {@code /actions/12}. */
    protected String currentPath() {
        return java.net.URI.create(page.url()).getPath();
    }

    /** The number at the end of a path such as {@code /actions/12} or {@code /actions/12/edit}. */
    protected static long idIn(String path) {
        var m = Pattern.compile("/(\\d+)(?:/[a-z]+)?/?$").matcher(path);
        if (!m.find()) {
            throw new IllegalArgumentException("No id in " + path);
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and fails listing every serious or
     * critical violation: rule id, what to do, and each offending element.
     */
    protected static void checkAccessibility(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        if (results.isErrored()) {
            fail("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
        }
        List<Rule> blocking = results.getViolations().stream()
                .filter(r -> BLOCKING_IMPACTS.contains(r.getImpact()))
                .toList();
        if (blocking.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder()
                .append(blocking.size()).append(" serious or critical accessibility violation(s) on ")
                .append(page.url()).append(':');
        for (Rule rule : blocking) {
            report.append("\n- [").append(rule.getImpact()).append("] ").append(rule.getId()).append(": ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                report.append("\n    at ").append(node.getTarget()).append("  ").append(abbreviate(node.getHtml()));
                if (node.getFailureSummary() != null) {
                    report.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
                }
            }
        }
        fail(report.toString());
    }

    private static String abbreviate(String html) {
        if (html == null) {
            return "";
        }
        String oneLine = html.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }
}
