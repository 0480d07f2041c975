package app.tandem;

import app.tandem.access.AccessService;
import app.tandem.access.TandemUser;
import app.tandem.base.Tenancy;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanDraft.ActionDraft;
import app.tandem.plan.PlanDraft.MilestoneDraft;
import app.tandem.plan.PlanDraft.OutcomeDraft;
import app.tandem.plan.PlanDraft.PriorityDraft;
import app.tandem.plan.PlanDraft.RiskDraft;
import app.tandem.plan.PlanKind;
import app.tandem.plan.PlanService;
import app.tandem.plan.Resource;
import app.tandem.plan.StatusScheme;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The child JVM of {@link CrashDuringWritesTest}: the whole app on a file H2 database in the
 * directory given, writing whole plans (plan, status scheme, priority, outcome, action, milestone,
 * risk: one transaction each) as fast as it can and printing {@code ACK <id>} once each one's
 * service call has returned, until it is killed.
 */
public final class BurstWriter {

    private BurstWriter() {}

    public static void main(String[] args) {
        String dir = args[0];
        // The production URL (the test layer on the class path would swap in an in-memory one).
        java.util.Properties main = new java.util.Properties();
        try (var in = BurstWriter.class.getResourceAsStream("/application.properties")) {
            main.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--tandem.data-dir=" + dir,
                "--spring.datasource.url=" + main.getProperty("spring.datasource.url"),
                "--tandem.demo=false", "--server.port=0", "--tandem.mail.embedded-port=0",
                "--logging.level.root=warn");
        app.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        AccessService access = app.getBean(AccessService.class);
        PlanService plans = app.getBean(PlanService.class);
        signIn(TandemUser.system(Tenancy.ALL_AREAS));
        long areaId = access.ensureArea("Burst", "burst").id();
        signIn(TandemUser.system(areaId));
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            long id = plans.createPlan(draft("Burst plan " + i));
            System.out.println("ACK " + id);
            System.out.flush();
        }
    }

    private static void signIn(TandemUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** One of everything a plan holds, so a half-written plan shows as a missing part. */
    static PlanDraft draft(String title) {
        ActionDraft action = new ActionDraft("1.1a", "Burst action", null, null, null, null, null, null, null, null,
                null, Resource.ER, "April 2026", "Q4 2026", null, null, null, null, null, "Green", LocalDate.of(2026, 1, 5),
                List.of(new MilestoneDraft("First step", "June 2026", null)),
                List.of(new RiskDraft("It slips", "Delay", 3, 4, "Watch it", 2, 2, null)));
        OutcomeDraft outcome = new OutcomeDraft("1.1", "Things are better", List.of("Families notice"), List.of(action));
        PriorityDraft priority = new PriorityDraft("1", "Burst priority", null, null, null, null, null, null, null, null,
                List.of(outcome), null);
        return new PlanDraft(PlanKind.IMPROVEMENT_PLAN, title, "2026-27", LocalDate.of(2026, 4, 1), null, null, null, null,
                null, null, null, null, null, null, null, null, null, StatusScheme.brag().options(), List.of(priority));
    }
}
