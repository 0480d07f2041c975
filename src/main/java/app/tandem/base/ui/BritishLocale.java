package app.tandem.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Tandem is for English local areas: dates read 14/03/2026 and "14 March 2026", whatever language
 * the browser reports, so a date typed by an officer means the same to everyone.
 */
@Component
class BritishLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(Locale.UK));
    }
}
