package app.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.tandem.TandemSpringTest;
import app.tandem.TestData;
import app.tandem.access.AccessService;
import app.tandem.access.NewPerson;
import app.tandem.access.PersonSummary;
import app.tandem.access.PersonalDataService;
import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import app.tandem.audit.AuditViews.AuditFilter;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.ModerationService;
import app.tandem.feedback.TargetKind;
import app.tandem.notification.NotificationService;
import app.tandem.plan.PlanService;
import app.tandem.progress.NewUpdate;
import app.tandem.progress.ProgressService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Quality bar AU-2: a known secret goes in through every path that takes a password, a token or
 * someone's words (sign-in, a comment held and then moderated, a progress update, an unsubscribe
 * link, a person's export and erasure, the audit CSV); afterwards neither the log output nor any
 * audit record holds it. A survey module adds its answers to this test when it arrives.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLoggedTest extends TandemSpringTest {

    @Autowired
    WebApplicationContext web;

    @Autowired
    FeedbackService feedback;

    @Autowired
    ModerationService moderation;

    @Autowired
    ProgressService progress;

    @Autowired
    PlanService plans;

    @Autowired
    NotificationService notifications;

    @Autowired
    AccessService access;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    app.tandem.survey.SurveyService surveys;

    @Test
    void a_secret_written_through_every_path_is_in_neither_the_log_nor_the_audit(CapturedOutput output) throws Exception {
        String secret = "Zq" + UUID.randomUUID().toString().replace("-", "");
        // The app's own filters (the one-click unsubscribe endpoint is one) behind Spring Security's.
        jakarta.servlet.Filter[] appFilters = web.getBeansOfType(jakarta.servlet.Filter.class).values().stream()
                .filter(f -> f.getClass().getName().startsWith("app.tandem")).toArray(jakarta.servlet.Filter[]::new);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .addFilters(appFilters)
                .build();

        // Passwords: a wrong one for a real account, and one typed into the e-mail box.
        mvc.perform(post("/login").param("username", NORTHMERE_OFFICER).param("password", secret).with(csrf()));
        mvc.perform(post("/login").param("username", secret).param("password", secret).with(csrf()));
        mvc.perform(post("/login").param("username", secret + "@northmere.test").param("password", "x").with(csrf()));

        // Words: comments (one published, one held and then rejected with the secret in the reason).
        String email = "secret-" + UUID.randomUUID().toString().substring(0, 8) + "@northmere.test";
        PersonSummary member = as(NORTHMERE_ADMIN, () -> access.addPerson(new NewPerson(email, "Sam Secret", null, null,
                Role.FORUM_MEMBER), "a long first password"));
        TandemUser officer = (TandemUser) login(NORTHMERE_OFFICER);
        long planId = plans.listPlans().getFirst().id();
        long ownAction = plans.findActions(planId, TestData.ledBy(officer.accountId()), 0, 1).getFirst().id();
        as(email, () -> feedback.post(comment(ownAction, "Published words " + secret)));
        long held = as(email, () -> feedback.post(comment(ownAction, "Call 07700 900123 " + secret))).commentId();
        as(NORTHMERE_ADMIN, () -> moderation.reject(held, "Reason " + secret));

        // Words: a progress update.
        as(NORTHMERE_OFFICER, () -> progress.post(ownAction, new NewUpdate(UUID.randomUUID().toString(), LocalDate.now(),
                "Update words " + secret, null, List.of(), List.of(), Set.of(), null)));

        // Tokens: an unsubscribe link, by a mail client and through the page.
        int status = mvc.perform(post("/unsubscribe").param("t", secret)).andReturn().getResponse().getStatus();
        assertThat(status).as("the one-click endpoint refused the made-up token").isEqualTo(400);
        notifications.unsubscribe(secret);

        // Words: a survey answer written while signed in, held for an admin (it holds a phone number).
        var built = as(NORTHMERE_OFFICER, () -> app.tandem.survey.SurveyFixtures.standard(surveys,
                plans.listPlans().getFirst().id(), app.tandem.survey.Audience.PARENTS_CARERS, "Secrets survey"));
        for (String words : List.of("Ring 07700 900123 " + secret)) {
            as(email, () -> {
                var start = surveys.startTaking(built.wave().id());
                return surveys.submit(new app.tandem.survey.SurveyViews.Submission(built.wave().id(),
                        java.util.UUID.randomUUID(), java.util.Map.of(
                                built.q(1).id(), app.tandem.survey.SurveyViews.Answer.choice("agree"),
                                built.q(2).id(), app.tandem.survey.SurveyViews.Answer.choice("no"),
                                built.q(7).id(), app.tandem.survey.SurveyViews.Answer.text(words))));
            });
        }
        as(NORTHMERE_OFFICER, () -> surveys.textAnswers(built.wave().id(), built.q(7).id()));

        // A person's rights and the audit's own export.
        as(NORTHMERE_ADMIN, () -> personalData.exportJson(member.id()));
        as(NORTHMERE_ADMIN, () -> personalData.erase(member.id()));
        as(NORTHMERE_ADMIN, () -> audit.exportCsv(AuditFilter.everything()));
        Thread.sleep(1500); // mail about the comment goes out on other threads, which log too

        assertThat(output.getAll()).isNotEmpty().doesNotContain(secret);
        List<String> auditText = jdbc.queryForList("select coalesce(object_label, '') || ' ' || coalesce(object_type, '') "
                + "|| ' ' || kind from audit_record", String.class);
        assertThat(auditText).isNotEmpty().noneMatch(t -> t.contains(secret));
        // The paths above were really taken: they left records.
        assertThat(as(NORTHMERE_ADMIN, () -> audit.count(new AuditFilter(AuditKind.SIGN_IN_FAILED, officer.accountId(),
                null, null)))).isPositive();
        assertThat(as(NORTHMERE_ADMIN, () -> audit.count(new AuditFilter(AuditKind.MODERATION, null, null, null))))
                .isPositive();
    }

    private static NewComment comment(long actionId, String body) {
        return new NewComment(TargetKind.ACTION, actionId, null, body, false, false, UUID.randomUUID().toString());
    }
}
