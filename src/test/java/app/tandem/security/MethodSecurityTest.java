package app.tandem.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.access.AccessService;
import app.tandem.plan.PlanService;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Quality bar AC-2: method security is on, and every public method of every public service is
 * guarded. The last two tests fail if {@code @EnableMethodSecurity} is ever removed.
 */
class MethodSecurityTest extends TandemSpringTest {

    @Autowired
    PlanService plans;

    @Autowired
    AccessService access;

    @Test
    void the_scan_finds_the_apps_services() {
        assertThat(ServiceMethods.publicServices()).contains(PlanService.class, AccessService.class);
    }

    @Test
    void every_public_service_method_has_an_access_rule() {
        List<String> unguarded = new ArrayList<>();
        List<Class<? extends Annotation>> effective = ServiceMethods.effectiveGuards();
        for (Method method : ServiceMethods.publicServiceMethods()) {
            boolean guarded = effective.stream().anyMatch(a -> method.isAnnotationPresent(a)
                    || method.getDeclaringClass().isAnnotationPresent(a));
            if (!guarded) {
                unguarded.add(ServiceMethods.name(method));
            }
        }
        assertThat(unguarded).as("public service methods without %s", effective).isEmpty();
    }

    @Test
    void services_are_behind_the_security_proxy() {
        assertThat(AopUtils.isAopProxy(plans)).isTrue();
        assertThat(AopUtils.isAopProxy(access)).isTrue();
    }

    @Test
    void an_admin_only_method_refuses_an_officer() {
        login(NORTHMERE_OFFICER);

        assertThatThrownBy(() -> access.people()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_signed_in_method_refuses_a_caller_who_is_not_signed_in() {
        assertThatThrownBy(() -> plans.listPlans()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
