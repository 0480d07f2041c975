package app.tandem.notification;

import static app.tandem.notification.Mails.subject;
import static app.tandem.notification.Mails.to;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.plan.PlanService;
import app.tandem.survey.Audience;
import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.QuestionEdit;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.SurveyEdit;
import app.tandem.survey.SurveyViews.WaveEdit;
import app.tandem.survey.SurveyViews.WaveView;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 6: "a new survey for me" reaches the people the survey is for, once, with a link to take it. */
class SurveyMailTest extends TandemSpringTest {

    @Autowired
    EmbeddedMailServer smtp;

    @Autowired
    SurveyService surveys;

    @Autowired
    PlanService plans;

    @Test
    void a_young_peoples_survey_opening_mails_the_young_people_once_in_easy_words_and_nobody_else() throws Exception {
        smtp.start();
        String title = "How was your review meeting " + UUID.randomUUID().toString().substring(0, 8);
        WaveView wave = as(NORTHMERE_OFFICER, () -> {
            long planId = plans.listPlans().getFirst().id();
            SurveyDefinition survey = surveys.createSurvey(new SurveyEdit(0, planId, title, Audience.YOUNG_PEOPLE,
                    "A few questions about your last review.", 3, true));
            SurveyDefinition withSection = surveys.addSection(survey.id(), new SectionEdit(0, "Your review", null));
            surveys.addQuestion(withSection.sections().getFirst().id(),
                    QuestionEdit.of(QuestionType.SMILEY_3, "How did your review meeting feel?", true));
            return surveys.createWave(survey.id(), new WaveEdit(0, "Autumn", null, LocalDate.now().minusDays(1),
                    LocalDate.now().plusDays(30)));
        });

        Mails.awaitTrue(() -> mails(title).stream().anyMatch(to(NORTHMERE_YOUNG_PERSON)), "the young person's mail",
                Duration.ofSeconds(20));
        Thread.sleep(500);
        List<MimeMessage> received = mails(title);
        assertThat(received).filteredOn(to(NORTHMERE_YOUNG_PERSON)).hasSize(1);
        assertThat(received).filteredOn(to(NORTHMERE_FORUM_MEMBER)).isEmpty();
        assertThat(received).filteredOn(to(NORTHMERE_OFFICER)).isEmpty();
        assertThat(received).filteredOn(to(EASTBROOK_OFFICER)).isEmpty();
        MimeMessage mail = received.stream().filter(to(NORTHMERE_YOUNG_PERSON)).findFirst().orElseThrow();
        assertThat(subject(mail)).isEqualTo("A new survey for you: " + title);
        String plain = NotificationMailTest.part(mail, "text/plain");
        assertThat(plain).contains("It takes about 3 minutes").contains("/surveys/" + wave.id() + "/take");
    }

    @Autowired
    NotificationService notifications;

    @Autowired
    DigestJob digests;

    @Test
    void the_monthly_what_changed_mail_lists_the_surveys_open_for_that_reader() throws Exception {
        String title = "Short breaks this summer " + UUID.randomUUID().toString().substring(0, 8);
        long waveId = as(NORTHMERE_OFFICER, () -> {
            long planId = plans.listPlans().getFirst().id();
            SurveyDefinition survey = surveys.createSurvey(new SurveyEdit(0, planId, title, Audience.PARENTS_CARERS,
                    null, 5, false));
            SurveyDefinition withSection = surveys.addSection(survey.id(), new SectionEdit(0, "Short breaks", null));
            surveys.addQuestion(withSection.sections().getFirst().id(),
                    QuestionEdit.of(QuestionType.AGREE_5, "I could book the short breaks my child needed.", true));
            return surveys.createWave(survey.id(), new WaveEdit(0, "Summer", null, LocalDate.now(),
                    LocalDate.now().plusDays(40))).id();
        });
        as(NORTHMERE_FORUM_MEMBER, () -> notifications.setMySetting(MailKind.PLAN_CHANGES, Frequency.MONTHLY));
        as(NORTHMERE_YOUNG_PERSON, () -> notifications.setMySetting(MailKind.PLAN_CHANGES, Frequency.MONTHLY));
        try {
            // A month of its own, so other tests' monthly mails do not count here.
            java.time.YearMonth month = java.time.YearMonth.of(2035, 4);
            digests.sendDaily(month.plusMonths(1).atDay(1));
            String subject = "What changed in April 2035";
            Mails.awaitTrue(() -> monthly(NORTHMERE_FORUM_MEMBER, subject).size() == 1
                    && monthly(NORTHMERE_YOUNG_PERSON, subject).size() == 1, "both monthly mails", Duration.ofSeconds(20));
            String parent = NotificationMailTest.part(monthly(NORTHMERE_FORUM_MEMBER, subject).getFirst(), "text/plain");
            assertThat(parent).contains("A survey for you: " + title).contains("/surveys/" + waveId + "/take");
            String young = NotificationMailTest.part(monthly(NORTHMERE_YOUNG_PERSON, subject).getFirst(), "text/plain");
            assertThat(young).as("a parents' survey is not for the young person").doesNotContain(title);
        } finally {
            as(NORTHMERE_FORUM_MEMBER, () -> notifications.setMySetting(MailKind.PLAN_CHANGES, Frequency.OFF));
            as(NORTHMERE_YOUNG_PERSON, () -> notifications.setMySetting(MailKind.PLAN_CHANGES, Frequency.OFF));
        }
    }

    private List<MimeMessage> monthly(String email, String subject) {
        return smtp.received().stream().filter(to(email)).filter(m -> subject(m).equals(subject)).toList();
    }

    private List<MimeMessage> mails(String title) {
        return smtp.received().stream().filter(m -> subject(m).endsWith(title)).toList();
    }
}
