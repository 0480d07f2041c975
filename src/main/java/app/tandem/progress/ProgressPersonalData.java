package app.tandem.progress;

import app.tandem.base.PersonalDataContributor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Progress updates a person wrote, for their export (PR-3). Erasure changes nothing here: an
 * update names its author by account id only, and the account's name becomes "A former officer",
 * so the update's words, which are the plan's history, stay whole.
 */
@Component
class ProgressPersonalData implements PersonalDataContributor {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<PersonalDataSection> export(DataSubject person) {
        List<List<PersonalDataSection.Field>> items = new ArrayList<>();
        for (ProgressUpdate u : em.createQuery(
                        "select u from ProgressUpdate u where u.authorId = :id order by u.date, u.id", ProgressUpdate.class)
                .setParameter("id", person.accountId()).getResultList()) {
            items.add(List.of(new PersonalDataSection.Field("Date", String.valueOf(u.date)),
                    new PersonalDataSection.Field("Action", String.valueOf(u.actionId)),
                    new PersonalDataSection.Field("Status change",
                            u.statusChanged ? nullToEmpty(u.fromLabel) + " to " + nullToEmpty(u.toLabel) : ""),
                    new PersonalDataSection.Field("Words", u.narrative)));
        }
        return List.of(new PersonalDataSection("Progress updates written", items));
    }

    @Override
    public int erase(DataSubject person) {
        return 0;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
