package app.tandem.access;

import app.tandem.base.NotFoundException;
import app.tandem.base.PersonalDataContributor;
import app.tandem.base.PersonalDataContributor.DataSubject;
import app.tandem.base.PersonalDataContributor.PersonalDataSection;
import app.tandem.base.PersonalDataContributor.PersonalDataSection.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights (quality bar PR-3): everything Tandem holds about one account, and erasing it.
 * This module holds the profile; every other module with personal data takes part through
 * {@link PersonalDataContributor}, so this service knows none of them.
 *
 * <p>Erasure anonymises rather than deletes: the account row stays (disabled, its name replaced by
 * "A former forum member" and so on, its e-mail address and job title gone), so comments, updates
 * and the audit still say who did something ("a former officer") and the plan's history stays
 * whole. Each module decides what of its own rows goes; see the contributors.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataService {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataService.class);

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final List<PersonalDataContributor> contributors;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalDataService(AccountRepository accounts, OrganisationRepository organisations,
            List<PersonalDataContributor> contributors, CurrentUser currentUser, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.contributors = List.copyOf(contributors);
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Everything about one person in the admin's area, as titled sections; the export is audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonalDataExport export(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Person"));
        DataSubject subject = subject(account);
        List<PersonalDataSection> sections = new ArrayList<>();
        sections.add(profile(account));
        for (PersonalDataContributor c : contributors) {
            sections.addAll(c.export(subject));
        }
        events.publishEvent(new PersonChanged(areaOf(account), accountId, PersonChanged.Change.DATA_EXPORTED,
                sections.size() + " sections"));
        return new PersonalDataExport(accountId, account.getDisplayName(), clock.instant(), sections);
    }

    /**
     * Erases one account in a single transaction: every contributor anonymises its rows, then the
     * profile itself; if any part fails, nothing changes. Returns how many rows changed in all.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int erase(long accountId) {
        if (currentUser.require().accountId() == accountId) {
            throw new IllegalArgumentException("You cannot erase your own account.");
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Person"));
        if (account.getErasedAt() != null) {
            return 0;
        }
        DataSubject subject = subject(account);
        int changed = 0;
        for (PersonalDataContributor c : contributors) {
            changed += c.erase(subject);
        }
        String unusable = Objects.requireNonNull(passwordEncoder.encode(UUID.randomUUID().toString()));
        account.erase(subject.formerLabel(), unusable, clock.instant());
        accounts.flush();
        changed++;
        events.publishEvent(new PersonChanged(areaOf(account), accountId, PersonChanged.Change.ERASED,
                changed + " rows"));
        // A count only: the person's name is gone on purpose.
        log.info("Erased account {}: {} rows anonymised", accountId, changed);
        return changed;
    }

    private DataSubject subject(Account account) {
        return new DataSubject(areaOf(account), Objects.requireNonNull(account.getId()), account.getDisplayName(), account.getEmail(),
                FormerNames.of(account.getRole()));
    }

    private PersonalDataSection profile(Account a) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Name", a.getDisplayName()));
        fields.add(new Field("E-mail address", a.getEmail()));
        fields.add(new Field("Job title", a.getJobTitle() == null ? "" : a.getJobTitle()));
        fields.add(new Field("Organisation", a.getOrganisationId() == null ? ""
                : organisations.findById(a.getOrganisationId()).map(o -> o.summary().name()).orElse("")));
        fields.add(new Field("Role", a.getRole().name()));
        fields.add(new Field("Can sign in", a.isEnabled() ? "yes" : "no"));
        if (a.getErasedAt() != null) {
            fields.add(new Field("Erased at", a.getErasedAt().toString()));
        }
        return new PersonalDataSection("Profile", List.of(fields));
    }

    private static long areaOf(Account a) {
        return Objects.requireNonNull(a.getAreaId());
    }

    /** The export as held in memory; {@link PersonalDataFiles} writes it as JSON or HTML. */
    public record PersonalDataExport(long accountId, String displayName, Instant at, List<PersonalDataSection> sections) {}

    /** Both files of an export, named for download. */
    public record PersonalDataFile(String fileName, String contentType, byte[] bytes) {}

    /** The export as a JSON file (for machines and other systems). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonalDataFile exportJson(long accountId) {
        PersonalDataExport e = export(accountId);
        return new PersonalDataFile(PersonalDataFiles.baseName(e) + ".json", "application/json",
                PersonalDataFiles.json(e));
    }

    /** The export as a readable web page (for the person). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonalDataFile exportHtml(long accountId) {
        PersonalDataExport e = export(accountId);
        return new PersonalDataFile(PersonalDataFiles.baseName(e) + ".html", "text/html; charset=utf-8",
                PersonalDataFiles.html(e));
    }
}
