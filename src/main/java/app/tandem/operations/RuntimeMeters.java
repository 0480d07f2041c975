package app.tandem.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Node-level gauges: {@value #UI_SESSIONS}, the Vaadin sessions open on this node (each holds its
 * UIs' state in the heap), and {@value #OUTBOX_BACKLOG}, the event publications not yet completed
 * (mail waiting to go; the table is shared, so every node reports the same cluster-wide figure).
 */
@Component
class RuntimeMeters implements VaadinServiceInitListener {

    static final String UI_SESSIONS = "tandem.ui.sessions";
    static final String OUTBOX_BACKLOG = "tandem.outbox.backlog";

    private static final Logger log = LoggerFactory.getLogger(RuntimeMeters.class);

    private final AtomicLong sessions = new AtomicLong();
    private final JdbcTemplate jdbc;

    RuntimeMeters(MeterRegistry registry, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        Gauge.builder(UI_SESSIONS, sessions, AtomicLong::get).description("Vaadin sessions open on this node")
                .register(registry);
        Gauge.builder(OUTBOX_BACKLOG, this, RuntimeMeters::backlog)
                .description("Event publications (mail) not yet completed").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
    }

    long openSessions() {
        return sessions.get();
    }

    /**
     * The outbox is Spring Modulith's table, shared by all areas and holding no area's rows, so
     * this count is the one query in Tandem that is not area-scoped (the area-filter test lists it).
     */
    double backlog() {
        try {
            Long n = jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
            return n == null ? Double.NaN : n;
        } catch (DataAccessException e) {
            log.debug("Outbox backlog not readable", e);
            return Double.NaN;
        }
    }
}
