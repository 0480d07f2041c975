package app.tandem.survey;

import app.tandem.base.PersonalDataContributor;
import app.tandem.base.RetentionRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Survey answers a person gave while signed in (PR-3): in their export; on erasure their drafts go,
 * their sent answers stay in the counts without their account, and written answers nobody else was
 * shown are removed. The area's free-text retention period removes old written answers (the
 * choices, and so the counts and measures, stay). Anonymous answers name nobody and are not here.
 */
@Component
class SurveyPersonalData implements PersonalDataContributor, RetentionRule {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ResponseStore store;

    SurveyPersonalData(ResponseStore store) {
        this.store = store;
    }

    @Override
    public List<PersonalDataSection> export(DataSubject person) {
        List<List<PersonalDataSection.Field>> items = new ArrayList<>();
        for (ResponseStore.OwnAnswer a : store.answersOf(person.areaId(), person.accountId())) {
            List<PersonalDataSection.Field> item = new ArrayList<>();
            item.add(new PersonalDataSection.Field("Survey", a.survey() + ", " + a.wave()));
            item.add(new PersonalDataSection.Field("Sent", a.submittedOn() == null ? "not sent (a draft)" : a.submittedOn().toString()));
            item.add(new PersonalDataSection.Field("Question", a.question() == null ? "" : a.question()));
            String answer = a.text() != null ? a.text() : a.number() != null ? a.number().toPlainString() : a.option();
            item.add(new PersonalDataSection.Field("Answer", answer));
            items.add(item);
        }
        return List.of(new PersonalDataSection("Survey answers given while signed in", items));
    }

    @Override
    public int erase(DataSubject person) {
        return store.eraseAccount(person.areaId(), person.accountId());
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.FREE_TEXT_ANSWERS;
    }

    @Override
    public int applyBefore(long areaId, Instant cutoff) {
        return store.removeTextAnsweredBefore(areaId, LocalDate.ofInstant(cutoff, UK));
    }
}
