package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.access.AccessService;
import app.tandem.access.AreaContactEdit;
import app.tandem.access.NewOrganisation;
import app.tandem.access.NewPerson;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.FeedbackViews.NewForumRating;
import app.tandem.feedback.TargetKind;
import app.tandem.language.LanguageService;
import app.tandem.language.LanguageViews.GlossaryEdit;
import app.tandem.measure.MeasureService;
import app.tandem.measure.MeasureViews.ValueEntry;
import app.tandem.notification.NotificationService;
import app.tandem.plan.PlanDraft;
import app.tandem.plan.PlanService;
import app.tandem.progress.NewUpdate;
import app.tandem.progress.ProgressService;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * BI-4: validation holds at the service boundary, not only in forms. Each module's commands are
 * called directly, as a caller that skipped the form would, with null, blank, too long, malformed
 * and negative values: each is refused with a validation error and nothing is saved.
 */
class ServiceBoundaryValidationTest extends TandemSpringTest {

    @Autowired AccessService access;
    @Autowired PlanService plans;
    @Autowired ProgressService progress;
    @Autowired FeedbackService feedback;
    @Autowired MeasureService measures;
    @Autowired LanguageService language;
    @Autowired NotificationService notifications;
    @Autowired JdbcTemplate jdbc;

    private long actionId;

    @BeforeEach
    void anAction() {
        actionId = jdbc.queryForObject("select min(a.id) from action a join local_area l on l.id = a.area_id "
                + "where l.slug = 'northmere'", Long.class);
    }

    @Test
    void access_refuses_blank_too_long_and_malformed_people_organisations_and_contacts() {
        login(NORTHMERE_ADMIN);
        refused("account", () -> access.addPerson(new NewPerson("", " ", null, null, null), "short"));
        refused("account", () -> access.addPerson(new NewPerson("not an address", "x".repeat(121), null, null,
                app.tandem.access.Role.VIEWER), "a long enough password"));
        refused("organisation", () -> access.addOrganisation(new NewOrganisation("x".repeat(201), "", null)));
        String contactBefore = access.areaContact().toString();
        assertThatThrownBy(() -> access.updateAreaContact(new AreaContactEdit("x".repeat(201), "nobody", "call me",
                null, "also nobody"))).isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations()).hasSize(4));
        assertThat(access.areaContact()).hasToString(contactBefore);
        long viewer = jdbc.queryForObject("select id from account where email = ?", Long.class, NORTHMERE_VIEWER);
        assertThatThrownBy(() -> access.changeRole(viewer, null)).isInstanceOf(ConstraintViolationException.class);
        assertThat(jdbc.queryForObject("select role from account where id = ?", String.class, viewer)).isEqualTo("VIEWER");
    }

    @Test
    void plans_refuse_a_plan_without_a_title_or_with_a_negative_monitoring_interval() {
        login(NORTHMERE_ADMIN);
        PlanDraft good = BurstWriter.draft("Valid plan");
        PlanDraft blankTitle = new PlanDraft(good.kind(), " ", good.periodText(), good.startDate(), good.endDate(),
                null, null, null, null, null, null, -5, null, null, null, null, null, good.statusScheme(),
                good.priorities());
        refused("plan", () -> plans.createPlan(blankTitle));
    }

    @Test
    void progress_refuses_an_update_without_a_date_or_words() {
        login(NORTHMERE_OFFICER);
        refused("progress_update", () -> progress.post(actionId,
                new NewUpdate("", null, " ", null, List.of(), List.of(), Set.of(), null)));
        refused("progress_update", () -> progress.post(actionId,
                new NewUpdate("key-" + System.nanoTime(), LocalDate.now(), "x".repeat(8001), null,
                        List.of(new NewUpdate.EvidenceInput("", null)), List.of(), Set.of(), null)));
    }

    @Test
    void feedback_refuses_empty_or_too_long_comments_and_ratings_without_reasons() {
        login(NORTHMERE_FORUM_MEMBER);
        refused("feedback_comment", () -> feedback.post(new NewComment(null, actionId, null, " ", false, false, "")));
        refused("feedback_comment", () -> feedback.post(new NewComment(TargetKind.values()[0], actionId, null,
                "x".repeat(2001), false, false, "key-" + System.nanoTime())));
        refused("feedback_forum_rating", () -> feedback.rateAction(actionId, new NewForumRating(1, null, "")));
    }

    @Test
    void measures_language_and_mail_settings_refuse_missing_and_malformed_values() {
        login(NORTHMERE_OFFICER);
        refused("measure_value", () -> measures.enterValue(new ValueEntry(1, 1, null, 0, null, null, "x".repeat(501))));
        login(NORTHMERE_ADMIN);
        refused("language_glossary_term", () -> language.saveTerm(new GlossaryEdit("1 not an acronym", "", "x".repeat(1001))));
        refused("notification_preference", () -> notifications.setMySetting(null, null));
    }

    private void refused(String table, Runnable call) {
        long before = count(table);
        assertThatThrownBy(call::run).isInstanceOf(ConstraintViolationException.class);
        assertThat(count(table)).as("rows in " + table).isEqualTo(before);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
