package app.tandem.survey;

import app.tandem.survey.SurveyViews.SurveyDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The immutable definitions of surveys being taken, shared by every session: keyed by area, survey
 * and revision (raised by every change), so a changed survey is simply a new key and the old entry
 * ages out. At most {@link #MAX_ENTRIES} definitions are kept, least recently used dropped first.
 */
@Component
class DefinitionCache {

    static final int MAX_ENTRIES = 200;

    record Key(long areaId, long surveyId, long revision) {}

    private final Map<Key, SurveyDefinition> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SurveyDefinition> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    SurveyDefinition get(Key key, Supplier<SurveyDefinition> load) {
        synchronized (entries) {
            SurveyDefinition found = entries.get(key);
            if (found != null) {
                return found;
            }
        }
        SurveyDefinition loaded = load.get();
        if (loaded.revision() == key.revision()) {
            synchronized (entries) {
                entries.put(key, loaded);
            }
        }
        return loaded;
    }

    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
