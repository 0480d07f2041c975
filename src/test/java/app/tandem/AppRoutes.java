package app.tandem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The app's own views, found on the class path whatever their visibility: our views are
 * package-private, which Karibu's {@code Routes.autoDiscoverViews} skips.
 */
public final class AppRoutes {

    public static final String ROOT_PACKAGE = "app.tandem";

    private AppRoutes() {}

    /** Every class annotated {@code @Route} under the root package. */
    public static List<Class<? extends Component>> routes() {
        return scan(new AnnotationTypeFilter(Route.class)).stream()
                .<Class<? extends Component>>map(c -> c.asSubclass(Component.class))
                .toList();
    }

    /** Every {@code @Layout} class under the root package. */
    public static List<Class<? extends Component>> layouts() {
        return scan(new AnnotationTypeFilter(Layout.class)).stream()
                .<Class<? extends Component>>map(c -> c.asSubclass(Component.class))
                .toList();
    }

    /** Every error view under the root package. */
    @SuppressWarnings("unchecked")
    public static List<Class<? extends HasErrorParameter<?>>> errorViews() {
        return scan(new AssignableTypeFilter(HasErrorParameter.class)).stream()
                .<Class<? extends HasErrorParameter<?>>>map(c -> (Class<? extends HasErrorParameter<?>>) c)
                .toList();
    }

    private static List<Class<?>> scan(TypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents(ROOT_PACKAGE).stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(Objects::nonNull)
                .map(name -> ClassUtils.resolveClassName(name, AppRoutes.class.getClassLoader()))
                .sorted(Comparator.comparing(Class::getName))
                .<Class<?>>map(c -> c)
                .toList();
    }
}
