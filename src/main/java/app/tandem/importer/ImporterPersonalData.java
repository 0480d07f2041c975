package app.tandem.importer;

import app.tandem.base.PersonalDataContributor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The importer's own record of who moved which plan file (PR-3): in the person's export, and on
 * erasure their e-mail address leaves it (the row, with its account id, stays: it is an audit).
 */
@Component
class ImporterPersonalData implements PersonalDataContributor {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<PersonalDataSection> export(DataSubject person) {
        List<List<PersonalDataSection.Field>> items = new ArrayList<>();
        for (ImportAudit a : em.createQuery("select a from ImportAudit a where a.accountId = :id order by a.at",
                ImportAudit.class).setParameter("id", person.accountId()).getResultList()) {
            items.add(List.of(new PersonalDataSection.Field("At", String.valueOf(a.at)),
                    new PersonalDataSection.Field("What", a.what.name()),
                    new PersonalDataSection.Field("Plan", a.planTitle == null ? "" : a.planTitle),
                    new PersonalDataSection.Field("File", a.fileName == null ? "" : a.fileName)));
        }
        return List.of(new PersonalDataSection("Plan files imported or exported", items));
    }

    @Override
    public int erase(DataSubject person) {
        return em.createQuery("update ImportAudit a set a.accountEmail = :erased where a.accountId = :id "
                        + "and a.areaId = :area")
                .setParameter("erased", "erased-" + person.accountId() + "@tandem.invalid")
                .setParameter("id", person.accountId()).setParameter("area", person.areaId()).executeUpdate();
    }
}
