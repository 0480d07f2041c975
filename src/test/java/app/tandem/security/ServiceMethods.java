package app.tandem.security;

import app.tandem.AppRoutes;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/** The app's service API as the security tests see it: public methods of public {@code @Service} classes. */
final class ServiceMethods {

    private ServiceMethods() {}

    static List<Class<?>> publicServices() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        return scanner.findCandidateComponents(AppRoutes.ROOT_PACKAGE).stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(Objects::nonNull)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, ServiceMethods.class.getClassLoader()))
                .filter(c -> Modifier.isPublic(c.getModifiers()))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    /**
     * Public methods declared by the public services, without those that implement a framework
     * interface (such as {@code UserDetailsService#loadUserByUsername}), which the framework calls
     * before anyone is signed in.
     */
    static List<Method> publicServiceMethods() {
        List<Method> methods = new ArrayList<>();
        for (Class<?> service : publicServices()) {
            Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                    .filter(m -> !implementsFrameworkInterface(m))
                    .sorted(Comparator.comparing(ServiceMethods::name))
                    .forEach(methods::add);
        }
        return methods;
    }

    static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    /**
     * The guard annotations the running configuration actually enforces: {@code @PreAuthorize}
     * always, {@code @RolesAllowed} and {@code @Secured} only when {@code @EnableMethodSecurity}
     * switches them on (otherwise they would be silently ignored).
     */
    static List<Class<? extends Annotation>> effectiveGuards() {
        EnableMethodSecurity config = ClassUtils
                .resolveClassName("app.tandem.access.SecurityConfig", ServiceMethods.class.getClassLoader())
                .getAnnotation(EnableMethodSecurity.class);
        List<Class<? extends Annotation>> guards = new ArrayList<>();
        if (config == null) {
            return guards;
        }
        if (config.prePostEnabled()) {
            guards.add(PreAuthorize.class);
        }
        if (config.jsr250Enabled()) {
            guards.add(RolesAllowed.class);
        }
        if (config.securedEnabled()) {
            guards.add(Secured.class);
        }
        return guards;
    }

    private static boolean implementsFrameworkInterface(Method m) {
        for (Class<?> type : ClassUtils.getAllInterfacesForClassAsSet(m.getDeclaringClass())) {
            if (type.getName().startsWith(AppRoutes.ROOT_PACKAGE + ".")) {
                continue;
            }
            try {
                type.getMethod(m.getName(), m.getParameterTypes());
                return true;
            } catch (NoSuchMethodException e) {
                // not from this interface
            }
        }
        return false;
    }
}
