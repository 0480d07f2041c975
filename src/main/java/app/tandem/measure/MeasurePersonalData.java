package app.tandem.measure;

import app.tandem.base.PersonalDataContributor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Measure values a person entered (PR-3). A value records who entered it by name, so erasure
 * replaces that name with "A former officer"; the figures stay.
 */
@Component
class MeasurePersonalData implements PersonalDataContributor {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<PersonalDataSection> export(DataSubject person) {
        List<List<PersonalDataSection.Field>> items = new ArrayList<>();
        for (MeasureValue v : em.createQuery(
                        "select v from MeasureValue v where v.enteredBy = :name order by v.enteredAt", MeasureValue.class)
                .setParameter("name", person.displayName()).getResultList()) {
            items.add(List.of(new PersonalDataSection.Field("Entered at", String.valueOf(v.enteredAt)),
                    new PersonalDataSection.Field("Measure", String.valueOf(v.measureId)),
                    new PersonalDataSection.Field("Series", v.series),
                    new PersonalDataSection.Field("Value", v.value.toPlainString()),
                    new PersonalDataSection.Field("Note", v.note == null ? "" : v.note)));
        }
        return List.of(new PersonalDataSection("Measure values entered", items));
    }

    @Override
    public int erase(DataSubject person) {
        return em.createQuery("update MeasureValue v set v.enteredBy = :former where v.enteredBy = :name "
                        + "and v.areaId = :area")
                .setParameter("former", person.formerLabel()).setParameter("name", person.displayName())
                .setParameter("area", person.areaId()).executeUpdate();
    }
}
