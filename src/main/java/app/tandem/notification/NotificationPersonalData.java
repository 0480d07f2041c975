package app.tandem.notification;

import app.tandem.base.PersonalDataContributor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A person's mail preferences and the log of mail sent to them (PR-3). Erasure deletes the
 * preferences and takes the e-mail address out of the sent-log; the log's rows stay so the outbox
 * never sends the same thing twice.
 */
@Component
class NotificationPersonalData implements PersonalDataContributor {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<PersonalDataSection> export(DataSubject person) {
        List<List<PersonalDataSection.Field>> preferences = new ArrayList<>();
        for (MailPreference p : em.createQuery("select p from MailPreference p where p.accountId = :id order by p.kind",
                MailPreference.class).setParameter("id", person.accountId()).getResultList()) {
            preferences.add(List.of(new PersonalDataSection.Field("Mail", p.kind.name()),
                    new PersonalDataSection.Field("How often", p.frequency.name())));
        }
        List<List<PersonalDataSection.Field>> mail = new ArrayList<>();
        for (SentMail m : em.createQuery("select m from SentMail m where m.recipientId = :id order by m.createdAt",
                SentMail.class).setParameter("id", person.accountId()).getResultList()) {
            mail.add(List.of(new PersonalDataSection.Field("Created at", String.valueOf(m.createdAt)),
                    new PersonalDataSection.Field("Sent at", m.sentAt == null ? "" : m.sentAt.toString()),
                    new PersonalDataSection.Field("To", m.recipientEmail),
                    new PersonalDataSection.Field("Kind", m.kind.name()),
                    new PersonalDataSection.Field("Subject", m.subject),
                    new PersonalDataSection.Field("Status", m.status.name())));
        }
        return List.of(new PersonalDataSection("Mail preferences", preferences),
                new PersonalDataSection("Mail sent", mail));
    }

    @Override
    public int erase(DataSubject person) {
        int n = em.createQuery("delete from MailPreference p where p.accountId = :id and p.areaId = :area")
                .setParameter("id", person.accountId()).setParameter("area", person.areaId()).executeUpdate();
        n += em.createQuery("update SentMail m set m.recipientEmail = :erased where m.recipientId = :id "
                        + "and m.areaId = :area")
                .setParameter("erased", "erased-" + person.accountId() + "@tandem.invalid")
                .setParameter("id", person.accountId()).setParameter("area", person.areaId()).executeUpdate();
        return n;
    }
}
