package app.tandem.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * All UI text, from the shared bundle {@code vaadin-i18n/translations} and one bundle per module
 * under {@code i18n/} (e.g. {@code i18n/progress.properties}), so modules add words without
 * touching each other's files. English only for now; another language is a set of
 * {@code _xx.properties} files beside these.
 */
@Component
public class TandemI18NProvider implements I18NProvider {

    static final String SHARED = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(TandemI18NProvider.class);

    private final List<String> baseNames;

    TandemI18NProvider() {
        this.baseNames = discover();
    }

    /** The shared bundle and every module bundle; also handy for Spring's MessageSource. */
    public static List<String> discover() {
        List<String> names = new ArrayList<>();
        names.add(SHARED);
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String file = r.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.UK);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (String baseName : baseNames) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale);
                if (bundle.containsKey(key)) {
                    String value = bundle.getString(key);
                    return params.length == 0 ? value : new MessageFormat(value, locale).format(params);
                }
            } catch (MissingResourceException e) {
                log.debug("No bundle {} for {}", baseName, locale);
            }
        }
        log.warn("Missing translation for key {}", key);
        return "!" + key;
    }
}
