package app.tandem.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.VaadinService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 9: a path the router has a view for is not looked up as a static file; every other path still is. */
class ViewPathsAreNotFilesTest extends KaribuTest {

    @Autowired
    List<StaticFileHandlerFactory> factories;

    @Test
    void view_paths_skip_the_static_file_lookup_and_other_paths_keep_it() throws Exception {
        RouteRegistry routes = VaadinService.getCurrent().getRouter().getRegistry();
        List<String> askedAbout = new ArrayList<>();
        StaticFileHandler handler = ViewPathsAreNotFiles.routesFirst(() -> routes, (request, response) -> {
            askedAbout.add(request.getPathInfo());
            return request.getPathInfo().equals("/favicon.ico");
        });

        for (String view : List.of("/s/Ab3_x-Yz0123456789abcdefghijklmnopqrstuvw", "/plans/3", "/login", "/surveys/12/take",
                "/public/northmere/4")) {
            assertThat(serve(handler, view)).as(view).isFalse();
        }
        assertThat(askedAbout).as("view paths never reach the file lookup").isEmpty();

        assertThat(serve(handler, "/favicon.ico")).isTrue();
        for (String other : List.of("/", "/VAADIN/build/bundle.js", "/icons/icon.png", "/no-such-page", "/s/", "/surveys/12/results")) {
            serve(handler, other);
        }
        assertThat(askedAbout).containsExactly("/favicon.ico", "/", "/VAADIN/build/bundle.js", "/icons/icon.png",
                "/no-such-page", "/s/", "/surveys/12/results");
    }

    @Test
    void it_is_the_one_static_file_handler_factory_spring_offers_vaadin() {
        assertThat(factories).singleElement().isInstanceOf(ViewPathsAreNotFiles.class);
    }

    private static boolean serve(StaticFileHandler handler, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath("");
        request.setPathInfo(path);
        return handler.serveStaticResource(request, new MockHttpServletResponse());
    }
}
