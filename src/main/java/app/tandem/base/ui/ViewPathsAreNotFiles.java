package app.tandem.base.ui;

import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Vaadin's servlet asks its static file server about every request before the router sees it, and
 * for a page's path (a survey link {@code /s/<token>}, {@code /plans/3}) that is a search of the
 * class path and of every jar's {@code META-INF/resources} for a file that is never there: 3 to 12 %
 * of the request threads' CPU in the load benchmark's flight recordings (issue 9).
 * This handler, which Vaadin's lookup takes from Spring in place of its default
 * ({@link StaticFileHandlerFactory}), answers "not a file" at once for any path the router has a
 * view for and leaves every other path (the bundle under {@code /VAADIN/}, icons, unknown paths) to
 * Vaadin's own {@link StaticFileServer}. Tandem keeps no static files at view paths.
 */
@Component
class ViewPathsAreNotFiles implements StaticFileHandlerFactory {

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        return routesFirst(() -> service.getRouter().getRegistry(), new StaticFileServer(service));
    }

    /** A handler that leaves paths with a view to the router and asks {@code files} about the rest. */
    static StaticFileHandler routesFirst(Supplier<RouteRegistry> routes, StaticFileHandler files) {
        return (request, response) -> !isViewPath(routes.get(), request) && files.serveStaticResource(request, response);
    }

    static boolean isViewPath(RouteRegistry routes, HttpServletRequest request) {
        String path = Objects.requireNonNullElse(request.getServletPath(), "")
                + Objects.requireNonNullElse(request.getPathInfo(), "");
        if (path.length() <= 1 || path.endsWith("/") || path.startsWith("/VAADIN/") || path.lastIndexOf('.') > path.lastIndexOf('/')) {
            return false; // the root, folders, Vaadin's own resources and anything with a file extension: as before
        }
        return routes.getNavigationTarget(path.substring(1)).isPresent();
    }
}
