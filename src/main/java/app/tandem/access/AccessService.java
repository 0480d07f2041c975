package app.tandem.access;

import app.tandem.base.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * People, organisations and the local area, always within the caller's own area (tenancy filters
 * every query below this service).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class AccessService {

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final LocalAreaRepository areas;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SignedInSessions sessions;

    AccessService(AccountRepository accounts, OrganisationRepository organisations, LocalAreaRepository areas,
            PasswordEncoder passwordEncoder, CurrentUser currentUser,
            org.springframework.context.ApplicationEventPublisher events, SignedInSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.organisations = organisations;
        this.areas = areas;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public AreaSummary currentArea() {
        long areaId = currentUser.require().areaId();
        return areas.findById(areaId)
                .map(a -> new AreaSummary(Objects.requireNonNull(a.getId()), a.getName(), a.getSlug()))
                .orElseThrow(() -> new NotFoundException("Local area"));
    }

    @PreAuthorize("isAuthenticated()")
    public List<OrganisationSummary> organisations() {
        return organisations.findAllByOrderByNameAsc().stream().map(Organisation::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, OrganisationSummary> organisationsById() {
        Map<Long, OrganisationSummary> byId = new LinkedHashMap<>();
        organisations().forEach(o -> byId.put(o.id(), o));
        return byId;
    }

    /** Everyone in the area, for admins (includes e-mail addresses and disabled accounts). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonSummary> people() {
        return accounts.findAllByOrderByDisplayNameAsc().stream().map(AccessService::summary).toList();
    }

    /** Officers and admins who can lead actions, for pickers and for showing who leads what. */
    @PreAuthorize("isAuthenticated()")
    public List<PersonSummary> staff() {
        TandemUser viewer = currentUser.require();
        boolean seesEmail = viewer.hasRole(Role.ADMIN) || viewer.hasRole(Role.OFFICER);
        return accounts.findAllByOrderByDisplayNameAsc().stream()
                .filter(a -> a.getRole() == Role.OFFICER || a.getRole() == Role.ADMIN)
                .map(AccessService::summary)
                .map(p -> seesEmail ? p : new PersonSummary(p.id(), null, p.displayName(), p.jobTitle(),
                        p.organisationId(), p.role(), p.enabled()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonSummary addPerson(@Valid NewPerson person,
            @NotBlank(message = "{person.password.required}")
                    @Size(min = 10, max = 200, message = "{person.password.length}")
                    String initialPassword) {
        Account added = save(person, initialPassword);
        publish(added, PersonChanged.Change.ADDED, added.getRole().name());
        return summary(added);
    }

    /** Start-up work only (demo data): accepts the short demo password that admins may not set. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public PersonSummary importPerson(@Valid NewPerson person, String password) {
        return summary(save(person, password));
    }

    private Account save(NewPerson person, String rawPassword) {
        if (person.organisationId() != null) {
            organisations.findById(person.organisationId()).orElseThrow(() -> new NotFoundException("Organisation"));
        }
        try {
            return accounts.saveAndFlush(new Account(person.email(), person.displayName().trim(), person.jobTitle(),
                    person.organisationId(), person.role(), Objects.requireNonNull(passwordEncoder.encode(rawPassword))));
        } catch (DataIntegrityViolationException e) {
            throw new DuplicateException("person.email.taken");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonSummary setPersonEnabled(long accountId, boolean enabled) {
        if (!enabled && currentUser.require().accountId() == accountId) {
            throw new IllegalArgumentException("You cannot disable your own account.");
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Person"));
        if (account.getErasedAt() != null && enabled) {
            throw new IllegalArgumentException("An erased account cannot be enabled again.");
        }
        if (account.isEnabled() != enabled) {
            account.setEnabled(enabled);
            publish(account, enabled ? PersonChanged.Change.ENABLED : PersonChanged.Change.DISABLED, "");
        }
        if (!enabled) {
            // AC-8: a disabled account's open tabs go to the sign-in page at their next request.
            sessions.endSessionsOf(accountId);
        }
        return summary(account);
    }

    /**
     * Gives a person another role (AU-1: recorded with the old and new role; not one's own). Their open sessions end (AC-8): the rights they signed in with
     * are kept in the session, so they sign in again and get the new ones.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonSummary changeRole(long accountId, @jakarta.validation.constraints.NotNull Role role) {
        if (currentUser.require().accountId() == accountId) {
            throw new IllegalArgumentException("You cannot change your own role.");
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Person"));
        if (account.getErasedAt() != null) {
            throw new IllegalArgumentException("An erased account keeps its role.");
        }
        Role before = account.getRole();
        if (before != role) {
            account.setRole(role);
            publish(account, PersonChanged.Change.ROLE_CHANGED, before.name() + " -> " + role.name());
            sessions.endSessionsOf(accountId);
        }
        return summary(account);
    }

    /**
     * The account a sign-in attempt named, if there is one, in whichever area it is: for recording
     * a failed sign-in in that area's audit (AU-1). System work only.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public java.util.Optional<SignInName> findSignInName(String email) {
        String key = email.trim().toLowerCase(java.util.Locale.ROOT);
        return app.tandem.base.Tenancy.callAsSystem(() -> accounts.findByEmail(key)
                .map(a -> new SignInName(Objects.requireNonNull(a.getId()), Objects.requireNonNull(a.getAreaId()))));
    }

    /** Who a sign-in attempt named: ids only. */
    public record SignInName(long accountId, long areaId) {}

    private void publish(Account account, PersonChanged.Change change, String detail) {
        events.publishEvent(new PersonChanged(Objects.requireNonNull(account.getAreaId()),
                Objects.requireNonNull(account.getId()), change, detail));
    }

    /** The contact details the caller's area publishes (accessibility statement, privacy notice). */
    @PreAuthorize("hasRole('ADMIN')")
    public app.tandem.base.AreaContact areaContact() {
        return areas.findById(currentUser.require().areaId()).map(LocalArea::contact)
                .orElseThrow(() -> new NotFoundException("Local area"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public app.tandem.base.AreaContact updateAreaContact(@Valid AreaContactEdit edit) {
        LocalArea area = areas.findById(currentUser.require().areaId())
                .orElseThrow(() -> new NotFoundException("Local area"));
        area.setContact(edit);
        return area.contact();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationSummary addOrganisation(@Valid NewOrganisation organisation) {
        if (organisations.existsByShortNameIgnoreCase(organisation.shortName().trim())) {
            throw new DuplicateException("organisation.shortName.taken");
        }
        return organisations.saveAndFlush(new Organisation(organisation.name().trim(), organisation.shortName().trim(),
                        organisation.kind()))
                .summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationSummary setOrganisationActive(long organisationId, boolean active) {
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation"));
        organisation.setActive(active);
        return organisation.summary();
    }

    /** Start-up work only: creates an area, or returns the one with this slug. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public AreaSummary ensureArea(@NotBlank @Size(max = 200) String name,
            @NotBlank @jakarta.validation.constraints.Pattern(regexp = "[a-z0-9-]{2,60}") String slug) {
        LocalArea area = areas.findBySlug(slug).orElseGet(() -> areas.saveAndFlush(new LocalArea(name, slug)));
        return new AreaSummary(Objects.requireNonNull(area.getId()), area.getName(), area.getSlug());
    }

    @PreAuthorize("hasRole('SYSTEM')")
    public boolean hasAnyAccount() {
        return accounts.countBy() > 0;
    }

    // --- For public pages (report module's public plan page): callers may be anonymous ---

    /**
     * The area with this slug. An area's name and slug are public (they are in public URLs).
     * Local areas are not tenant rows, so this works without a signed-in account.
     */
    @PreAuthorize("permitAll()")
    public java.util.Optional<AreaSummary> areaForSlug(String slug) {
        return areas.findBySlug(slug).map(a -> new AreaSummary(Objects.requireNonNull(a.getId()), a.getName(), a.getSlug()));
    }

    /**
     * Organisation short names by id in the area the caller's tenancy names (for an anonymous
     * visitor: only inside {@code Tenancy.callAs}; otherwise none), for public pages.
     */
    @PreAuthorize("permitAll()")
    public Map<Long, String> organisationShortNames() {
        Map<Long, String> byId = new LinkedHashMap<>();
        organisations.findAllByOrderByNameAsc().forEach(o -> byId.put(Objects.requireNonNull(o.getId()), o.summary().shortName()));
        return byId;
    }

    private static PersonSummary summary(Account a) {
        return new PersonSummary(Objects.requireNonNull(a.getId()), a.getEmail(), a.getDisplayName(), a.getJobTitle(),
                a.getOrganisationId(), a.getRole(), a.isEnabled());
    }

    // --- For background jobs (notification digests): every area, as the system user ---

    /** Every local area, for jobs that then work in each area in turn. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<AreaSummary> allAreas() {
        return areas.findAll().stream()
                .map(a -> new AreaSummary(Objects.requireNonNull(a.getId()), a.getName(), a.getSlug()))
                .toList();
    }
}
