package app.tandem.demo;

import app.tandem.access.AccessService;
import app.tandem.access.AreaSummary;
import app.tandem.access.NewOrganisation;
import app.tandem.access.NewPerson;
import app.tandem.access.OrganisationKind;
import app.tandem.access.OrganisationSummary;
import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import app.tandem.base.Tenancy;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanService;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Loads the demo areas on first start; an area that already exists is left alone. */
@Component
@ConditionalOnProperty(name = "tandem.demo", havingValue = "true")
class DemoData implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccessService access;
    private final PlanService plans;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    private final ObjectProvider<SecurityContextHolderStrategy> securityStrategy;
    private final LockProvider lockProvider;

    DemoData(AccessService access, PlanService plans, PlatformTransactionManager transactions, JsonMapper json,
            ApplicationEventPublisher events, ObjectProvider<SecurityContextHolderStrategy> securityStrategy,
            LockProvider lockProvider) {
        this.lockProvider = lockProvider;
        this.securityStrategy = securityStrategy;
        this.access = access;
        this.plans = plans;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.events = events;
    }

    /**
     * Runs before the web server opens its port, so nobody can try the demo logins before they exist.
     */
    @Override
    public void afterSingletonsInstantiated() {
        // Method security reads the context through the configured strategy (Vaadin's); make the
        // static holder, which the system user is put into below, the same one before anyone else does.
        securityStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        DemoFile file;
        try (InputStream in = new ClassPathResource("demo/northmere.json").getInputStream()) {
            file = json.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The demo data file cannot be read", e);
        }
        try (DemoLock held = DemoLock.take(lockProvider)) {
            for (DemoArea area : file.areas()) {
                load(area);
            }
        }
    }

    /**
     * Nodes of a cluster start together on one database: the demo loading runs under a ShedLock row
     * that the other nodes wait for (up to {@link #LOCK_WAIT}); when they get it, the areas exist
     * and they load nothing.
     */
    static final java.time.Duration LOCK_WAIT = java.time.Duration.ofMinutes(10);

    record DemoLock(java.util.Optional<SimpleLock> lock) implements AutoCloseable {

        static DemoLock take(LockProvider locks) {
            long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
            boolean told = false;
            while (true) {
                var lock = locks.lock(new LockConfiguration(java.time.Instant.now(), "demo.load", LOCK_WAIT,
                        java.time.Duration.ZERO));
                if (lock.isPresent()) {
                    return new DemoLock(lock);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Another node has been loading the demo data for over " + LOCK_WAIT);
                }
                if (!told) {
                    log.info("Another node is loading the demo data; waiting for it");
                    told = true;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the demo data lock", e);
                }
            }
        }

        @Override
        public void close() {
            lock.ifPresent(SimpleLock::unlock);
        }
    }

    void load(DemoArea demo) {
        AreaSummary area = as(TandemUser.system(Tenancy.ALL_AREAS), () -> access.ensureArea(demo.name(), demo.slug()));
        Boolean loaded = as(TandemUser.system(area.id()), () -> transaction.execute(status -> {
            if (!access.organisations().isEmpty()) {
                return false;
            }
            long started = System.nanoTime();
            Map<String, Long> orgIds = new HashMap<>();
            for (DemoOrganisation o : demo.organisations()) {
                OrganisationSummary saved = access.addOrganisation(new NewOrganisation(o.name(), o.shortName(), o.kind()));
                orgIds.put(o.shortName(), saved.id());
            }
            for (DemoPerson p : demo.people()) {
                access.importPerson(new NewPerson(p.email(), p.name(), p.jobTitle(),
                        p.organisation() == null ? null : orgIds.get(p.organisation()), p.role()), DEMO_PASSWORD);
            }
            // Made-up contact details (01632 960 is Ofcom's range for drama), shown on the public pages.
            access.updateAreaContact(new app.tandem.access.AreaContactEdit("SEND Local Offer team, " + demo.name(),
                    "send@" + demo.slug() + ".test", "01632 960" + (100 + demo.slug().length() * 37 % 900),
                    "Town Hall, High Street, " + demo.name(),
                    "dpo@" + demo.slug() + ".test"));
            for (PlanDraft plan : demo.plans()) {
                plans.createPlan(plan);
            }
            log.info("Loaded demo area {} in {} ms", demo.name(), (System.nanoTime() - started) / 1_000_000);
            return true;
        }));
        if (Boolean.TRUE.equals(loaded)) {
            // Other modules' demo data (updates, periods, comments...) listens for this, runs as the
            // area's system user, and so is only added to an area created in this start-up.
            as(TandemUser.system(area.id()), () -> {
                events.publishEvent(new DemoAreaLoaded(area.id(), area.slug()));
                return null;
            });
        }
    }

    static <T> T as(TandemUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    record DemoFile(List<DemoArea> areas) {}

    record DemoArea(String name, String slug, List<DemoOrganisation> organisations, List<DemoPerson> people,
            List<PlanDraft> plans) {}

    record DemoOrganisation(String name, String shortName, OrganisationKind kind) {}

    record DemoPerson(String email, String name, @Nullable String jobTitle, @Nullable String organisation, Role role) {}
}
