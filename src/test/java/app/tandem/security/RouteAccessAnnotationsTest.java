package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.AppRoutes;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Quality bar AC-3: every page says who may open it, and the pages open to anyone are exactly the
 * reviewed ones. Adding a public page means adding it to {@link #REVIEWED_ANONYMOUS_ROUTES} here,
 * in a change someone reviews.
 */
class RouteAccessAnnotationsTest {

    /**
     * Route paths anyone may open without signing in. Still to come and to be added when they
     * exist: public plan pages and survey-by-link.
     */
    static final Set<String> REVIEWED_ANONYMOUS_ROUTES = Set.of("login", "accessibility", "privacy",
            // report module: the published plan, read-only, for anyone (only published plans; never risks or notes)
            "public/:areaSlug/:planId(\\d+)",
            // notification module: one-click unsubscribe from a mail; a signed token turns off one kind for one person
            "unsubscribe",
            // survey module: a survey by its wave's anonymous link; the token (256 random bits, only its hash kept)
            // opens that one wave while it is open; answers hold no account, address or time of day
            "s/:token");

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void the_scan_finds_the_apps_pages() {
        assertThat(AppRoutes.routes()).extracting(Class::getSimpleName)
                .contains("HomeView", "PlanView", "ActionEditView", "LoginView", "PrivacyView");
    }

    @Test
    void every_route_has_exactly_one_access_annotation() {
        assertThat(AppRoutes.routes()).allSatisfy(route -> assertThat(accessAnnotations(route))
                .as("access annotations on %s", route.getName()).hasSize(1));
    }

    @Test
    void every_layout_and_error_view_has_exactly_one_access_annotation() {
        assertThat(Stream.concat(AppRoutes.layouts().stream(), AppRoutes.errorViews().stream()).toList())
                .isNotEmpty()
                .allSatisfy(view -> assertThat(accessAnnotations(view))
                        .as("access annotations on %s", view.getName()).hasSize(1));
    }

    @Test
    void anonymous_routes_are_exactly_the_reviewed_list() {
        Set<String> anonymous = AppRoutes.routes().stream()
                .filter(route -> route.isAnnotationPresent(AnonymousAllowed.class))
                .map(route -> route.getAnnotation(Route.class).value())
                .collect(Collectors.toSet());

        assertThat(anonymous).isEqualTo(REVIEWED_ANONYMOUS_ROUTES);
    }

    private static List<String> accessAnnotations(Class<?> type) {
        return ACCESS_ANNOTATIONS.stream().filter(type::isAnnotationPresent).map(Class::getSimpleName).toList();
    }
}
