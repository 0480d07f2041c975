package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserTestSupport;
import app.tandem.TandemSpringTest;
import app.tandem.access.AccessService;
import app.tandem.access.PersonSummary;
import app.tandem.access.Role;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a council must be able to promise about the pages themselves, in a real browser:
 * the published pages (PR-4, PR-5) with the area's contacts, nothing loaded from anywhere else and
 * no cookie but the session's; the security headers and a CSP Vaadin works under (no violation
 * reported); sessions (AC-8); and an unexpected error shown plainly with a reference that is in
 * the log (BI-7).
 */
class TrustPagesIT extends BrowserTestSupport {

    @Autowired ServletContext servletContext;
    @Autowired AccessService access;

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @Autowired org.springframework.context.ApplicationContext springContext;

    @BeforeEach
    void recordRequestsAndCspViolations() {
        app.tandem.SecurityContextStrategy.useStrategyOf(springContext);
        watch(page);
    }

    private void watch(Page p) {
        p.onRequest(r -> requests.add(r.url()));
        p.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                cspViolations.add(m.text());
            }
        });
        p.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
    }

    @AfterEach
    void nothingBrokeTheContentSecurityPolicy() {
        SecurityContextHolder.clearContext();
        assertThat(cspViolations).as("CSP violations reported by the browser").isEmpty();
    }

    @Test
    void published_pages_show_the_areas_contacts_and_load_nothing_from_elsewhere() {
        open("/accessibility?area=northmere");
        assertThat(page.locator("h1").textContent()).isEqualTo("Accessibility statement");
        assertThat(page.getByText("send@northmere.test").count()).isPositive();
        assertThat(page.getByText("Equality Advisory and Support Service").count()).isPositive();

        open("/privacy?area=northmere");
        assertThat(page.locator("h1").textContent()).isEqualTo("Privacy notice");
        assertThat(page.getByText("dpo@northmere.test").count()).isPositive();
        assertThat(page.content()).contains("Northmere is responsible for the information in Tandem");

        open("/privacy");
        assertThat(page.getByText("has not added its contact details yet").count()).isPositive();
        open("/login");

        // Signed in, Vaadin's full client runs: still nothing from elsewhere, no CSP violation.
        signIn(TandemSpringTest.NORTHMERE_OFFICER);
        open("/accessibility");
        assertThat(page.getByText("send@northmere.test").count()).isPositive();

        assertThat(requests).isNotEmpty().allSatisfy(url -> assertThat(url).satisfiesAnyOf(
                u -> assertThat(u).startsWith(baseUrl() + "/"),
                u -> assertThat(u).startsWith("data:"),
                u -> assertThat(u).startsWith("blob:" + baseUrl())));
        assertThat(context.cookies()).extracting(c -> c.name).containsExactly("JSESSIONID");
        Cookie session = context.cookies().get(0);
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).hasToString("LAX");
    }

    @Test
    void an_admin_edits_the_contact_details_the_public_pages_show() {
        signIn(TandemSpringTest.EASTBROOK_ADMIN);
        open("/admin/area-contact");
        page.getByLabel("Phone number").fill("call us");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save contact details")).click();
        settle();
        assertThat(page.getByText("Enter a phone number using digits").count()).isPositive();
        checkAccessibility(page);

        page.getByLabel("Phone number").fill("01632 960999");
        page.getByLabel("Team name").fill("Eastbrook SEND Information Service");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save contact details")).click();
        settle();
        assertThat(page.getByText("Contact details saved").count()).isPositive();

        BrowserContext visitor = newVisitor();
        Page anonymous = visitor.newPage();
        anonymous.navigate(baseUrl() + "/accessibility?area=eastbrook");
        anonymous.getByText("01632 960999").first().waitFor();
        assertThat(anonymous.getByText("Eastbrook SEND Information Service").count()).isPositive();
        visitor.close();
    }

    @Test
    void responses_carry_the_security_headers_and_a_lax_http_only_session_cookie() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        var headers = login.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("*");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        for (String path : new String[] {"/privacy", "/styles/tandem.css", "/"}) {
            var other = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).headers();
            assertThat(other.firstValue("Content-Security-Policy")).as(path).isEqualTo(
                    headers.firstValue("Content-Security-Policy"));
            assertThat(other.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(other.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        String cookie = headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        // Behind a proxy that ended HTTPS, the cookie is Secure.
        HttpResponse<String> viaProxy = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(viaProxy.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
    }

    @Test
    void signing_in_changes_the_session_id_and_signing_out_ends_the_session() throws Exception {
        open("/login");
        String before = sessionId(context);
        signIn(TandemSpringTest.NORTHMERE_VIEWER);
        String signedIn = sessionId(context);
        assertThat(signedIn).isNotEqualTo(before);
        assertThat(statusOfHomeWith(signedIn)).isEqualTo(200);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url -> url.contains("/login"));
        assertThat(statusOfHomeWith(signedIn)).as("the old session no longer signs anyone in").isEqualTo(302);
    }

    @Test
    void disabling_an_account_sends_every_open_tab_of_it_to_the_sign_in_page() {
        signIn(TandemSpringTest.NORTHMERE_VIEWER);
        BrowserContext secondBrowser = newVisitor();
        Page second = secondBrowser.newPage();
        watch(second);
        Page first = page;
        page = second;
        signIn(TandemSpringTest.NORTHMERE_VIEWER);
        page = first;
        long viewer = asAdmin(() -> access.people().stream()
                .filter(p -> p.email().equals(TandemSpringTest.NORTHMERE_VIEWER)).map(PersonSummary::id)
                .findFirst().orElseThrow());
        try {
            asAdmin(() -> access.setPersonEnabled(viewer, false));

            // An open tab's next click finds the session gone: the page says so in plain words, as an
            // alert with the focus on it, and Esc (or Enter, or a click) reloads onto the sign-in page.
            first.locator("a[href='privacy'], a[href='/privacy'], vaadin-side-nav-item").first().click();
            com.microsoft.playwright.Locator reload = first.locator(".v-system-error");
            reload.waitFor();
            assertThat(reload.textContent()).contains("This page needs to be reloaded")
                    .contains("If you were signed in, your saved answers are kept.");
            assertThat(reload.getAttribute("role")).isEqualTo("alert");
            assertThat(first.evaluate("() => document.activeElement.classList.contains('v-system-error')"))
                    .isEqualTo(true);
            first.keyboard().press("Escape");
            first.waitForURL(url -> url.contains("/login"));
            second.reload();
            second.waitForURL(url -> url.contains("/login"));
        } finally {
            asAdmin(() -> access.setPersonEnabled(viewer, true));
            secondBrowser.close();
        }
    }

    @Test
    void changing_a_role_ends_the_sessions_signed_in_with_the_old_one() {
        signIn(TandemSpringTest.NORTHMERE_VIEWER);
        long viewer = asAdmin(() -> access.people().stream()
                .filter(p -> p.email().equals(TandemSpringTest.NORTHMERE_VIEWER)).map(PersonSummary::id)
                .findFirst().orElseThrow());
        try {
            asAdmin(() -> access.changeRole(viewer, Role.YOUNG_PERSON));
            page.reload();
            page.waitForURL(url -> url.contains("/login"));
        } finally {
            asAdmin(() -> access.changeRole(viewer, Role.VIEWER));
        }
    }

    @Test
    void an_unexpected_error_shows_a_plain_message_and_a_reference_that_is_in_the_log() {
        ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .setRoute("test-only/failing", FailingView.class, List.of());
        Logger errors = (Logger) LoggerFactory.getLogger("app.tandem.base.ui.ErrorReference");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        errors.addAppender(logged);
        try {
            open("/test-only/failing");
            assertThat(page.locator("h1").textContent()).isEqualTo("Sorry, something went wrong");
            String reference = page.locator("#error-reference").textContent().replace("Reference: ", "").trim();
            assertThat(reference).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
            assertThat(page.content()).doesNotContain("secret_table").doesNotContain("IllegalStateException")
                    .doesNotContain("at app.tandem");
            assertThat(logged.list).anySatisfy(e -> {
                assertThat(e.getFormattedMessage()).contains(reference);
                assertThat(e.getThrowableProxy().getMessage()).contains("secret_table");
            });

            // A failure in a page already open: the same plain words, in an alert.
            open("/test-only/failing?ok");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Break something")).click();
            page.locator("vaadin-notification-card #error-reference").waitFor();
            String second = page.locator("vaadin-notification-card #error-reference").textContent();
            assertThat(second).contains("Nothing you did caused this").doesNotContain("secret_table");
            checkAccessibility(page);
            String ref2 = second.substring(second.indexOf("Reference: ") + 11).trim();
            assertThat(logged.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains(ref2));
        } finally {
            errors.detachAppender(logged);
            ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).removeRoute("test-only/failing");
        }
    }

    /** Fails while opening, unless asked for {@code ?ok}; then its button fails. Registered only by the test. */
    @AnonymousAllowed
    public static class FailingView extends VerticalLayout implements BeforeEnterObserver {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            if (!event.getLocation().getQueryParameters().getParameters().containsKey("ok")) {
                throw new IllegalStateException("select * from secret_table where password = 'hunter2'");
            }
            setId("main-content");
            getElement().setAttribute("role", "main");
            add(new H1("A page that fails"), new Button("Break something", e -> {
                throw new IllegalStateException("update secret_table set x = 1");
            }));
        }
    }

    private BrowserContext newVisitor() {
        return page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl()).setLocale("en-GB"));
    }

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElseThrow();
    }

    private int statusOfHomeWith(String sessionId) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/")).header("Cookie", "JSESSIONID=" + sessionId)
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private <T> T asAdmin(Supplier<T> work) {
        return as(TandemSpringTest.NORTHMERE_ADMIN, work);
    }
}
