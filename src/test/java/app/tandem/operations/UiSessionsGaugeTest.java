package app.tandem.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The open-sessions gauge follows Vaadin's session life cycle (Karibu opens a real VaadinSession). */
class UiSessionsGaugeTest extends KaribuTest {

    @Autowired
    MeterRegistry registry;

    @Test
    void an_open_vaadin_session_is_counted_and_closing_it_is_too() throws InterruptedException {
        assertThat(VaadinSession.getCurrent()).isNotNull();
        double open = registry.get(RuntimeMeters.UI_SESSIONS).gauge().value();
        assertThat(open).isGreaterThanOrEqualTo(1);

        VaadinSession session = VaadinSession.getCurrent();
        // Vaadin runs the destroy listeners through session.access, as its own cleanup thread would.
        session.unlock();
        try {
            Thread cleanup = Thread.ofPlatform().start(() -> session.getService().fireSessionDestroy(session));
            cleanup.join();
        } finally {
            session.lock();
        }

        assertThat(registry.get(RuntimeMeters.UI_SESSIONS).gauge().value()).isEqualTo(open - 1);
    }
}
