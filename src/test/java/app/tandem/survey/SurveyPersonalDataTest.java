package app.tandem.survey;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.access.AccessService;
import app.tandem.access.NewPerson;
import app.tandem.access.PersonSummary;
import app.tandem.access.PersonalDataService;
import app.tandem.access.Role;
import app.tandem.base.PersonalDataContributor.PersonalDataSection;
import app.tandem.plan.PlanService;
import app.tandem.survey.SurveyFixtures.Built;
import app.tandem.survey.SurveyViews.Answer;
import app.tandem.survey.SurveyViews.Submission;
import app.tandem.survey.SurveyViews.TakingStart;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Quality bar PR-3 for surveys: answers given while signed in are in the person's export; erasure
 * unlinks them without changing any count; the free-text retention period removes old written answers.
 */
class SurveyPersonalDataTest extends TandemSpringTest {

    @Autowired SurveyService surveys;
    @Autowired PersonalDataService personalData;
    @Autowired AccessService access;
    @Autowired PlanService plans;
    @Autowired SurveyPersonalData rule;
    @Autowired JdbcTemplate jdbc;

    String email;
    PersonSummary person;
    Built built;
    String words;

    @BeforeEach
    void aParentWhoAnsweredSignedIn() {
        email = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@northmere.test";
        person = as(NORTHMERE_ADMIN, () -> access.addPerson(new NewPerson(email, "Sam Surveyed", null, null,
                Role.FORUM_MEMBER), "a long first password"));
        long planId = as(NORTHMERE_ADMIN, () -> plans.listPlans().getFirst().id());
        built = as(NORTHMERE_OFFICER, () -> SurveyFixtures.standard(surveys, planId, Audience.PARENTS_CARERS,
                "Rights check " + UUID.randomUUID().toString().substring(0, 6)));
        words = "My daughter waited a year for speech therapy " + UUID.randomUUID();
        as(email, () -> {
            TakingStart start = surveys.startTaking(built.wave().id());
            Map<Long, Answer> answers = new HashMap<>();
            answers.put(built.q(1).id(), Answer.choice("agree"));
            answers.put(built.q(2).id(), Answer.choice("no"));
            answers.put(built.q(7).id(), Answer.text(words));
            return surveys.submit(new Submission(built.wave().id(), start.submissionKey(), answers));
        });
    }

    @Test
    void the_export_holds_the_persons_survey_answers() {
        var sections = as(NORTHMERE_ADMIN, () -> personalData.export(person.id())).sections();
        PersonalDataSection answers = sections.stream()
                .filter(s -> s.title().equals("Survey answers given while signed in")).findFirst().orElseThrow();
        assertThat(answers.items().toString()).contains(words).contains("Communication after referral was good")
                .contains(built.definition().title());
    }

    @Test
    void erasure_unlinks_the_answers_and_keeps_every_count() {
        long q1 = built.q(1).id();
        var before = as(NORTHMERE_OFFICER, () -> surveys.tally(built.wave().id(), q1));

        as(NORTHMERE_ADMIN, () -> personalData.erase(person.id()));

        assertThat(jdbc.queryForObject("select count(*) from survey_response where account_id = ?", Long.class,
                person.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from survey_response where wave_id = ?", Long.class,
                built.wave().id())).isEqualTo(1L);
        assertThat(as(NORTHMERE_OFFICER, () -> surveys.tally(built.wave().id(), q1))).isEqualTo(before);
        var sections = as(NORTHMERE_ADMIN, () -> personalData.export(person.id())).sections();
        assertThat(sections).filteredOn(s -> s.title().equals("Survey answers given while signed in"))
                .allSatisfy(s -> assertThat(s.items()).isEmpty());
    }

    @Test
    void the_free_text_retention_period_removes_old_written_answers_and_keeps_the_choices() {
        long areaId = ((app.tandem.access.TandemUser) userDetailsService.loadUserByUsername(email)).areaId();
        assertThat(as(NORTHMERE_ADMIN, () -> rule.applyBefore(areaId, Instant.now().minus(2, ChronoUnit.DAYS))))
                .as("answered today: not old enough").isZero();
        assertThat(textCount()).isOne();

        int removed = as(NORTHMERE_ADMIN, () -> rule.applyBefore(areaId, Instant.now().plus(2, ChronoUnit.DAYS)));

        assertThat(removed).isPositive();
        assertThat(textCount()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where wave_id = ? and question_id = ?",
                Long.class, built.wave().id(), built.q(1).id())).isEqualTo(1L);
        assertThat(rule.kind()).isEqualTo(app.tandem.base.RetentionRule.RetentionKind.FREE_TEXT_ANSWERS);
    }

    private long textCount() {
        return jdbc.queryForObject("select count(*) from survey_answer where wave_id = ? and text_value like ?",
                Long.class, built.wave().id(), "%" + words + "%");
    }
}
