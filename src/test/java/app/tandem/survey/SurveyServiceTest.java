package app.tandem.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.access.TandemUser;
import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.base.NotFoundException;
import app.tandem.plan.PlanService;
import app.tandem.survey.SurveyFixtures.Built;
import app.tandem.survey.SurveyViews.Answer;
import app.tandem.survey.SurveyViews.LinkTarget;
import app.tandem.survey.SurveyViews.OptionEdit;
import app.tandem.survey.SurveyViews.QuestionEdit;
import app.tandem.survey.SurveyViews.QuestionTally;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.Submission;
import app.tandem.survey.SurveyViews.SubmitResult;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.SurveyEdit;
import app.tandem.survey.SurveyViews.SurveyLink;
import app.tandem.survey.SurveyViews.TakingStart;
import app.tandem.survey.SurveyViews.TextAnswer;
import app.tandem.survey.SurveyViews.WaveEdit;
import app.tandem.survey.SurveyViews.WaveResults;
import app.tandem.survey.SurveyViews.WaveView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The survey service through its public API, on the demo data (issue 5; quality bar AC-4, PR-2, FI-3). */
@RecordApplicationEvents
class SurveyServiceTest extends TandemSpringTest {

    @Autowired SurveyService surveys;
    @Autowired PlanService plans;
    @Autowired JdbcTemplate jdbc;
    @Autowired WaveAnnouncer announcer;
    @Autowired ApplicationEvents events;
    @Autowired DefinitionCache definitions;

    long planId;
    long northmere;

    @BeforeEach
    void plan() {
        TandemUser officer = (TandemUser) login(NORTHMERE_OFFICER);
        northmere = officer.areaId();
        planId = plans.listPlans().getFirst().id();
    }

    static Map<Long, Answer> fullAnswers(Built b) {
        Map<Long, Answer> a = new HashMap<>();
        a.put(b.q(1).id(), Answer.choice("agree"));
        a.put(b.q(2).id(), Answer.choice("yes"));
        a.put(b.q(3).id(), Answer.choice(b.q(3).options().getFirst().code()));
        a.put(b.q(4).id(), Answer.choice("school", "forum"));
        a.put(b.q(5).id(), Answer.choice("8"));
        a.put(b.q(6).id(), Answer.number(new BigDecimal("3")));
        a.put(b.q(7).id(), Answer.text("The new key worker was really helpful."));
        return a;
    }

    <T> T asSystem(long areaId, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        TandemUser system = TandemUser.system(areaId);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    // ------------------------------------------------------------------------------ building

    @Test
    void a_survey_is_built_from_sections_questions_and_options() {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PARENTS_CARERS, "Building check");
        SurveyDefinition d = surveys.definition(b.definition().id());

        assertThat(d.sections()).extracting(s -> s.title()).containsExactly("Your experience", "More about you");
        assertThat(d.questions()).hasSize(7);
        assertThat(b.q(1).options()).extracting(o -> o.label()).containsExactly("Strongly agree", "Agree",
                "Neither agree nor disagree", "Disagree", "Strongly disagree");
        assertThat(b.q(1).options().getFirst().score()).isEqualTo(5);
        assertThat(b.q(3).options()).extracting(o -> o.code()).containsExactly("within_20_weeks", "longer_than_20_weeks");
        assertThat(b.q(3).showIfQuestionId()).isEqualTo(b.q(2).id());
        assertThat(b.q(3).showIfOptions()).containsExactly("yes");
        assertThat(b.q(4).preferNotToSay()).isTrue();
        assertThat(surveys.surveysOfPlan(planId)).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(d.id());
            assertThat(s.questionCount()).isEqualTo(7);
            assertThat(s.waves()).singleElement().satisfies(w -> assertThat(w.status()).isEqualTo(WaveStatus.OPEN));
        });
    }

    @Test
    void the_definition_is_shared_until_the_survey_changes() {
        Built b = SurveyFixtures.easyRead(surveys, planId, "Cache check");
        SurveyDefinition first = surveys.definition(b.definition().id());

        assertThat(surveys.definition(b.definition().id())).isSameAs(first);
        SurveyDefinition changed = surveys.updateSection(first.sections().getFirst().id(),
                new SectionEdit(first.sections().getFirst().version(), "About school", null));
        assertThat(changed.revision()).isGreaterThan(first.revision());
        assertThat(surveys.definition(b.definition().id()).sections().getFirst().title()).isEqualTo("About school");
    }

    @Test
    void builder_rules_are_checked_by_the_service() {
        Built b = SurveyFixtures.easyRead(surveys, planId, "Rules check");
        long section = b.definition().sections().getFirst().id();

        assertThatThrownBy(() -> surveys.addQuestion(section, new QuestionEdit(0, QuestionType.SINGLE_CHOICE, "Pick",
                null, null, true, false, null, List.of(), List.of(new OptionEdit(null, "Only one")), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("options", "survey.question.optionsNeeded"));
        // show-if must name an option of an earlier question
        assertThatThrownBy(() -> surveys.addQuestion(section, new QuestionEdit(0, QuestionType.SHORT_TEXT, "Why?", null,
                null, false, false, b.q(2).id(), List.of("maybe"), List.of(), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsKey("showIfOptions"));
        SurveyDefinition d = surveys.addQuestion(section, new QuestionEdit(0, QuestionType.SHORT_TEXT, "Why not?", null,
                null, false, false, b.q(2).id(), List.of("no"), List.of(), null, null));
        long dependent = d.questions().getLast().id();
        // moving the dependent question before the one it depends on is refused
        assertThatThrownBy(() -> surveys.moveQuestion(dependent, section, 0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("showIfQuestionId", "survey.question.showIfOrder"));
        assertThatThrownBy(() -> surveys.removeQuestion(b.q(2).id(), b.q(2).version()))
                .isInstanceOf(InvalidInputException.class);
        // a stale version is a conflict
        assertThatThrownBy(() -> surveys.updateSurvey(d.id(), new SurveyEdit(d.version() + 5, planId, "X",
                Audience.YOUNG_PEOPLE, null, 2, true))).isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> surveys.createWave(d.id(), new WaveEdit(0, "Backwards", null, LocalDate.now(),
                LocalDate.now().minusDays(1)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void questions_with_answers_keep_their_type_and_chosen_options() {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PRACTITIONERS, "Answered check");
        surveys.submit(new Submission(b.wave().id(), UUID.randomUUID(), fullAnswers(b)));
        QuestionView q4 = surveys.definition(b.definition().id()).question(b.q(4).id());

        assertThatThrownBy(() -> surveys.updateQuestion(q4.id(), new QuestionEdit(q4.version(), QuestionType.SINGLE_CHOICE,
                q4.text(), null, null, false, true, null, List.of(), List.of(new OptionEdit("school", "School"),
                        new OptionEdit("health", "Health")), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("type", "survey.question.typeFixed"));
        assertThatThrownBy(() -> surveys.updateQuestion(q4.id(), new QuestionEdit(q4.version(), QuestionType.MULTIPLE_CHOICE,
                q4.text(), null, null, false, true, null, List.of(), List.of(new OptionEdit("school", "School"),
                        new OptionEdit("health", "Health")), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("options", "survey.question.optionHasAnswers"));
        assertThatThrownBy(() -> surveys.removeQuestion(b.q(1).id(), b.q(1).version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("question", "survey.question.hasAnswers"));
        // renaming an option and adding one is fine
        SurveyDefinition d = surveys.updateQuestion(q4.id(), new QuestionEdit(q4.version(), QuestionType.MULTIPLE_CHOICE,
                q4.text(), null, null, false, true, null, List.of(), List.of(new OptionEdit("school", "School or college"),
                        new OptionEdit("health", "Health"), new OptionEdit("forum", "The forum"),
                        new OptionEdit(null, "Social care")), null, null));
        assertThat(d.question(q4.id()).options()).extracting(o -> o.code())
                .containsExactly("school", "health", "forum", "social_care");
        assertThat(surveys.tally(b.wave().id(), q4.id()).optionCounts()).containsEntry("school", 1L)
                .containsEntry("social_care", 0L);
    }

    // ------------------------------------------------------------------------------ submitting and counting

    @Test
    void submitting_counts_every_answer_and_publishes_the_event() {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PRACTITIONERS, "Counting check");
        long wave = b.wave().id();

        SubmitResult r = surveys.submit(new Submission(wave, UUID.randomUUID(), fullAnswers(b)));
        Map<Long, Answer> second = fullAnswers(b);
        second.put(b.q(1).id(), Answer.choice("strongly_agree"));
        second.put(b.q(2).id(), Answer.choice("no")); // Q3 is then not asked: its answer is dropped
        second.put(b.q(4).id(), Answer.preferNotToSay());
        second.put(b.q(5).id(), Answer.choice("10"));
        second.put(b.q(6).id(), Answer.number(new BigDecimal("6")));
        surveys.submit(new Submission(wave, UUID.randomUUID(), second));

        assertThat(r.alreadySubmitted()).isFalse();
        assertThat(r.planId()).isEqualTo(planId);
        QuestionTally q1 = surveys.tally(wave, b.q(1).id());
        assertThat(q1.respondents()).isEqualTo(2);
        assertThat(q1.optionCounts()).containsEntry("agree", 1L).containsEntry("strongly_agree", 1L)
                .containsEntry("disagree", 0L);
        assertThat(q1.mean()).isEqualByComparingTo("4.5");
        assertThat(surveys.tally(wave, b.q(3).id()).respondents()).isEqualTo(1);
        QuestionTally q4 = surveys.tally(wave, b.q(4).id());
        assertThat(q4.respondents()).as("prefer not to say is not a respondent").isEqualTo(1);
        assertThat(q4.preferNotToSay()).isEqualTo(1);
        assertThat(q4.optionCounts()).containsEntry("school", 1L).containsEntry("forum", 1L).containsEntry("health", 0L);
        assertThat(surveys.tally(wave, b.q(5).id()).mean()).isEqualByComparingTo("9");
        assertThat(surveys.tally(wave, b.q(6).id()).mean()).isEqualByComparingTo("4.5");
        assertThat(surveys.wave(wave).responseCount()).isEqualTo(2);
        assertThat(events.stream(SurveyResponseSubmitted.class).filter(e -> e.waveId() == wave))
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.areaId()).isEqualTo(northmere);
                    assertThat(e.surveyId()).isEqualTo(b.definition().id());
                });
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where wave_id = ? and question_id = ?",
                Integer.class, wave, b.q(3).id())).isEqualTo(1);
    }

    @Test
    void recounting_from_the_answers_gives_the_kept_counts() {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PRACTITIONERS, "Recount check");
        long wave = b.wave().id();
        surveys.submit(new Submission(wave, UUID.randomUUID(), fullAnswers(b)));
        Map<Long, Answer> other = fullAnswers(b);
        other.put(b.q(4).id(), Answer.preferNotToSay());
        other.put(b.q(1).id(), Answer.choice("disagree"));
        surveys.submit(new Submission(wave, UUID.randomUUID(), other));
        WaveResults kept = surveys.results(wave);
        jdbc.update("update survey_tally set n = 99, total = 1 where wave_id = ?", wave); // spoil the kept counts

        WaveResults recounted = surveys.recount(wave);

        assertThat(recounted.tallies()).isEqualTo(kept.tallies());
        assertThat(recounted.wave().responseCount()).isEqualTo(2);
    }

    @Test
    void required_answers_and_valid_options_are_checked_again_on_submit() {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PRACTITIONERS, "Checking check");
        Map<Long, Answer> answers = fullAnswers(b);
        answers.remove(b.q(1).id());
        answers.put(b.q(5).id(), Answer.choice("11"));

        assertThatThrownBy(() -> surveys.submit(new Submission(b.wave().id(), UUID.randomUUID(), answers)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("q" + b.q(1).id(), "survey.answer.choose")
                        .containsEntry("q" + b.q(5).id(), "survey.answer.invalid"));
        // Q3 is required but not asked when Q2 is "no"
        Map<Long, Answer> no = fullAnswers(b);
        no.put(b.q(2).id(), Answer.choice("no"));
        no.remove(b.q(3).id());
        assertThat(surveys.submit(new Submission(b.wave().id(), UUID.randomUUID(), no)).alreadySubmitted()).isFalse();
        assertThat(surveys.wave(b.wave().id()).responseCount()).isEqualTo(1);
    }

    @Test
    void submitting_the_same_key_again_changes_nothing() {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PRACTITIONERS, "Twice check");
        UUID key = UUID.randomUUID();

        SubmitResult first = surveys.submit(new Submission(b.wave().id(), key, fullAnswers(b)));
        SubmitResult again = surveys.submit(new Submission(b.wave().id(), key, fullAnswers(b)));

        assertThat(again.alreadySubmitted()).isTrue();
        assertThat(again.responseId()).isEqualTo(first.responseId());
        assertThat(surveys.tally(b.wave().id(), b.q(1).id()).respondents()).isEqualTo(1);
        assertThat(surveys.wave(b.wave().id()).responseCount()).isEqualTo(1);
    }

    /** FI-3: twenty parallel submissions of one key (a double click times ten) give one response, counted once. */
    @Test
    void twenty_parallel_submissions_of_one_key_give_one_response() throws Exception {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PARENTS_CARERS, "Parallel check");
        LinkTarget target = link(b);
        UUID key = UUID.randomUUID();
        Map<Long, Answer> answers = fullAnswers(b);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<SubmitResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return asSystem(target.areaId(), () -> surveys.submit(new Submission(target.waveId(), key, answers)));
                }));
            }
            start.countDown();
            List<SubmitResult> done = new ArrayList<>();
            for (Future<SubmitResult> f : results) {
                done.add(f.get());
            }
            assertThat(done).extracting(SubmitResult::responseId).containsOnly(done.getFirst().responseId());
            assertThat(done).filteredOn(r -> !r.alreadySubmitted()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from survey_response where wave_id = ?", Integer.class,
                target.waveId())).isOne();
        assertThat(surveys.tally(target.waveId(), b.q(1).id()).respondents()).isOne();
        assertThat(surveys.tally(target.waveId(), b.q(4).id()).optionCounts()).containsEntry("school", 1L);
        assertThat(surveys.wave(target.waveId()).responseCount()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where wave_id = ?", Integer.class,
                target.waveId())).isEqualTo(8);
    }

    /**
     * Twenty different submissions at once, touching overlapping count rows (the same options of
     * the same questions, multiple-choice options given in different orders): all commit, none
     * deadlocks, and every count is exact. On PostgreSQL (the subclass) this meets real row locks.
     */
    @Test
    void twenty_parallel_different_submissions_all_commit_with_exact_counts() throws Exception {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PARENTS_CARERS, "Parallel different check");
        LinkTarget target = link(b);
        String[] agree = {"strongly_agree", "agree", "neither", "disagree", "strongly_disagree"};
        List<List<String>> helped = List.of(List.of("school", "forum"), List.of("forum", "health", "school"),
                List.of("health", "school"), List.of("forum"), List.of("health", "forum", "school"));
        List<Map<Long, Answer>> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<Long, Answer> a = new HashMap<>();
            a.put(b.q(1).id(), Answer.choice(agree[i % 5]));
            a.put(b.q(2).id(), Answer.choice(i % 4 == 0 ? "no" : "yes"));
            if (i % 4 != 0) {
                a.put(b.q(3).id(), Answer.choice(b.q(3).options().get(i % 2).code()));
            }
            a.put(b.q(4).id(), Answer.choice(helped.get(i % 5).toArray(String[]::new)));
            a.put(b.q(5).id(), Answer.choice(String.valueOf(i % 11)));
            a.put(b.q(6).id(), Answer.number(BigDecimal.valueOf(i)));
            all.add(a);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<SubmitResult>> results = new ArrayList<>();
        try {
            for (Map<Long, Answer> answers : all) {
                results.add(pool.submit(() -> {
                    start.await();
                    return asSystem(target.areaId(), () -> surveys.submit(new Submission(target.waveId(), UUID.randomUUID(),
                            answers)));
                }));
            }
            start.countDown();
            for (Future<SubmitResult> f : results) {
                assertThat(f.get().alreadySubmitted()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(surveys.wave(target.waveId()).responseCount()).isEqualTo(20);
        QuestionTally q1 = surveys.tally(target.waveId(), b.q(1).id());
        assertThat(q1.respondents()).isEqualTo(20);
        for (String code : agree) {
            assertThat(q1.optionCounts()).containsEntry(code, 4L);
        }
        assertThat(q1.mean()).isEqualByComparingTo("3"); // (5 + 4 + 3 + 2 + 1) * 4 / 20
        QuestionTally q2 = surveys.tally(target.waveId(), b.q(2).id());
        assertThat(q2.optionCounts()).containsEntry("no", 5L).containsEntry("yes", 15L);
        QuestionTally q3 = surveys.tally(target.waveId(), b.q(3).id());
        assertThat(q3.respondents()).isEqualTo(15);
        assertThat(q3.optionCounts()).containsEntry(b.q(3).options().get(0).code(), 5L)
                .containsEntry(b.q(3).options().get(1).code(), 10L);
        QuestionTally q4 = surveys.tally(target.waveId(), b.q(4).id());
        assertThat(q4.respondents()).isEqualTo(20);
        assertThat(q4.optionCounts()).containsEntry("school", 16L).containsEntry("forum", 16L).containsEntry("health", 12L);
        QuestionTally q6 = surveys.tally(target.waveId(), b.q(6).id());
        assertThat(q6.respondents()).isEqualTo(20);
        assertThat(q6.mean()).isEqualByComparingTo("9.5"); // (0 + 1 + ... + 19) / 20
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where wave_id = ?", Integer.class,
                target.waveId())).isEqualTo(20 * 4 + 15 + 44); // q1, q2, q5, q6 each; q3 for 15; q4 one per option
        assertThat(surveys.recount(target.waveId())).isNotNull();
        assertThat(surveys.tally(target.waveId(), b.q(4).id())).isEqualTo(q4);
    }

    /** A count row that is missing (made by hand here) is made by the submission that needs it, with its count. */
    @Test
    void a_missing_count_row_is_made_by_the_submission() {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PRACTITIONERS, "Missing row check");
        long waveId = b.wave().id();
        assertThat(jdbc.update("delete from survey_tally where wave_id = ? and question_id = ? and option_code in ('school', '')",
                waveId, b.q(4).id())).isEqualTo(2);

        surveys.submit(new Submission(waveId, UUID.randomUUID(), fullAnswers(b)));
        surveys.submit(new Submission(waveId, UUID.randomUUID(), fullAnswers(b)));

        QuestionTally q4 = surveys.tally(waveId, b.q(4).id());
        assertThat(q4.respondents()).isEqualTo(2);
        assertThat(q4.optionCounts()).containsEntry("school", 2L).containsEntry("forum", 2L).containsEntry("health", 0L);
        assertThat(jdbc.queryForObject("select count(*) from survey_tally where wave_id = ? and question_id = ?", Integer.class,
                waveId, b.q(4).id())).isEqualTo(5); // three options, "prefer not to say" and the question's own row
    }

    // ------------------------------------------------------------------------------ links

    @Test
    void a_link_token_has_256_random_bits_and_only_its_hash_is_kept() {
        Built b = SurveyFixtures.easyRead(surveys, planId, "Link check");

        SurveyLink link = surveys.openLink(b.wave().id());

        assertThat(link.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(link.path()).isEqualTo("s/" + link.token());
        assertThat(link.expiresAfter()).isEqualTo(b.wave().closes());
        String stored = jdbc.queryForObject("select link_hash from survey_wave where id = ?", String.class, b.wave().id());
        assertThat(stored).isEqualTo(LinkTokens.hash(link.token())).doesNotContain(link.token());
        assertThat(jdbc.queryForObject("select count(*) from survey_wave where link_hash = ?", Integer.class, link.token()))
                .isZero();
        assertThat(surveys.openLink(b.wave().id()).token()).isNotEqualTo(link.token());
    }

    @Test
    void a_link_works_signed_out_in_its_own_area_until_replaced_or_closed() {
        Built b = SurveyFixtures.easyRead(surveys, planId, "Resolve check");
        SurveyLink link = surveys.openLink(b.wave().id());
        logout();

        LinkTarget target = surveys.resolveLink(link.token()).orElseThrow();
        assertThat(target).isEqualTo(new LinkTarget(northmere, b.definition().id(), b.wave().id()));
        assertThat(surveys.resolveLink("x".repeat(43))).isEmpty();
        assertThat(surveys.resolveLink("not a token")).isEmpty();

        SurveyLink newer = as(NORTHMERE_OFFICER, () -> surveys.openLink(b.wave().id()));
        assertThat(surveys.resolveLink(link.token())).as("replaced").isEmpty();
        as(NORTHMERE_OFFICER, () -> surveys.updateWave(b.wave().id(), new WaveEdit(b.wave().version(), "Spring", null,
                LocalDate.now().minusDays(10), LocalDate.now().minusDays(1))));
        assertThat(surveys.resolveLink(newer.token())).as("closed").isEmpty();
    }

    /** AC-4 / PR-2: a response through a link holds no account and no time of day; the tables have no place for either. */
    @Test
    void an_anonymous_response_keeps_no_account_and_only_the_date() {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PARENTS_CARERS, "Anonymous check");
        LinkTarget target = link(b);
        logout();

        SubmitResult r = asSystem(target.areaId(), () -> surveys.submit(new Submission(target.waveId(), UUID.randomUUID(),
                fullAnswers(b))));

        Map<String, Object> row = jdbc.queryForMap("select * from survey_response where id = ?", r.responseId());
        assertThat(row.get("account_id")).isNull();
        assertThat(row.get("submitted_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.now()));
        List<String> kinds = jdbc.queryForList("""
                select lower(column_name) || ' ' || lower(data_type) from information_schema.columns
                where lower(table_name) in ('survey_response', 'survey_answer')""", String.class);
        assertThat(kinds).noneMatch(k -> k.contains("timestamp") || k.contains("time ") || k.contains(" ip")
                || k.contains("agent") || k.contains("address"));
    }

    // ------------------------------------------------------------------------------ taking signed in

    @Test
    void a_young_person_saves_a_draft_and_carries_on_later() {
        Built b = SurveyFixtures.easyRead(surveys, planId, "Resume check");
        login(NORTHMERE_YOUNG_PERSON);
        assertThat(surveys.openWavesForMe()).anySatisfy(w -> {
            assertThat(w.waveId()).isEqualTo(b.wave().id());
            assertThat(w.answered()).isFalse();
        });

        TakingStart start = surveys.startTaking(b.wave().id());
        surveys.saveDraft(b.wave().id(), start.submissionKey(), Map.of(b.q(1).id(), Answer.choice("happy")), b.q(2).id());
        TakingStart again = surveys.startTaking(b.wave().id());

        assertThat(again.submissionKey()).isEqualTo(start.submissionKey());
        assertThat(again.answers()).containsEntry(b.q(1).id(), Answer.choice("happy"));
        assertThat(again.resumeQuestionId()).isEqualTo(b.q(2).id());
        assertThat(surveys.openWavesForMe()).filteredOn(w -> w.waveId() == b.wave().id())
                .singleElement().satisfies(w -> assertThat(w.draftSaved()).isTrue());

        Map<Long, Answer> all = new HashMap<>(again.answers());
        all.put(b.q(2).id(), Answer.choice("yes"));
        SubmitResult r = surveys.submit(new Submission(b.wave().id(), again.submissionKey(), all));

        assertThat(jdbc.queryForObject("select count(*) from survey_response where wave_id = ?", Integer.class,
                b.wave().id())).isOne();
        assertThat(jdbc.queryForObject("select draft from survey_response where id = ?", String.class, r.responseId()))
                .isNull();
        assertThat(surveys.openWavesForMe()).filteredOn(w -> w.waveId() == b.wave().id())
                .singleElement().satisfies(w -> assertThat(w.answered()).isTrue());
        assertThatThrownBy(() -> surveys.startTaking(b.wave().id())).isInstanceOf(InvalidInputException.class);
        assertThat(surveys.submit(new Submission(b.wave().id(), again.submissionKey(), all)).alreadySubmitted()).isTrue();
    }

    @Test
    void people_take_only_surveys_for_their_audience() {
        Built b = SurveyFixtures.easyRead(surveys, planId, "Audience check");
        login(NORTHMERE_FORUM_MEMBER);

        assertThatThrownBy(() -> surveys.startTaking(b.wave().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.submit(new Submission(b.wave().id(), UUID.randomUUID(),
                Map.of(b.q(1).id(), Answer.choice("happy"), b.q(2).id(), Answer.choice("yes")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(surveys.openWavesForMe()).noneMatch(w -> w.waveId() == b.wave().id());
    }

    @Test
    void another_area_cannot_see_the_survey() {
        Built b = SurveyFixtures.easyRead(surveys, planId, "Tenancy check");
        login(EASTBROOK_OFFICER);

        assertThatThrownBy(() -> surveys.definition(b.definition().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.results(b.wave().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> surveys.openLink(b.wave().id())).isInstanceOf(NotFoundException.class);
    }

    // ------------------------------------------------------------------------------ text answers

    @Test
    void text_that_may_hold_personal_data_waits_for_an_admin() {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PRACTITIONERS, "Moderation check");
        long q7 = b.q(7).id();
        surveys.submit(new Submission(b.wave().id(), UUID.randomUUID(), fullAnswers(b)));
        Map<Long, Answer> personal = fullAnswers(b);
        personal.put(q7, Answer.text("Ring me on 07700 900123, my son Jacob is still waiting."));
        surveys.submit(new Submission(b.wave().id(), UUID.randomUUID(), personal));

        List<TextAnswer> seen = as(NORTHMERE_VIEWER, () -> surveys.textAnswers(b.wave().id(), q7));
        assertThat(seen).extracting(TextAnswer::text).containsExactly("The new key worker was really helpful.");
        List<TextAnswer> admin = as(NORTHMERE_ADMIN, () -> surveys.textAnswers(b.wave().id(), q7));
        TextAnswer held = admin.stream().filter(t -> t.state() == ModerationState.HELD).findFirst().orElseThrow();
        as(NORTHMERE_ADMIN, () -> surveys.moderateTextAnswer(held.id(), ModerationState.REMOVED));
        assertThat(as(NORTHMERE_ADMIN, () -> surveys.textAnswers(b.wave().id(), q7))).hasSize(1);
    }

    // ------------------------------------------------------------------------------ waves opening

    @Test
    void a_wave_is_announced_exactly_once_when_it_opens() {
        Built b = SurveyFixtures.easyRead(surveys, planId, "Announce check");
        long open = b.wave().id();
        WaveView later = surveys.createWave(b.definition().id(), new WaveEdit(0, "Summer", null,
                LocalDate.now().plusDays(5), LocalDate.now().plusDays(40)));

        assertThat(events.stream(SurveyWaveOpened.class).filter(e -> e.waveId() == open)).singleElement()
                .satisfies(e -> assertThat(e.audience()).isEqualTo(Audience.YOUNG_PEOPLE));
        assertThat(events.stream(SurveyWaveOpened.class).filter(e -> e.waveId() == later.id())).isEmpty();

        surveys.updateWave(later.id(), new WaveEdit(later.version(), "Summer", null, LocalDate.now(),
                LocalDate.now().plusDays(40)));
        announcer.announceDue();
        surveys.updateWave(open, new WaveEdit(surveys.wave(open).version(), "Spring again", null,
                LocalDate.now().minusDays(2), LocalDate.now().plusDays(30)));

        assertThat(events.stream(SurveyWaveOpened.class).filter(e -> e.waveId() == later.id())).hasSize(1);
        assertThat(events.stream(SurveyWaveOpened.class).filter(e -> e.waveId() == open)).hasSize(1);
    }

    @Test
    void the_scheduled_check_announces_waves_whose_day_has_come() {
        Built b = SurveyFixtures.easyRead(surveys, planId, "Scheduled check");
        WaveView later = surveys.createWave(b.definition().id(), new WaveEdit(0, "Autumn", null,
                LocalDate.now().plusDays(5), LocalDate.now().plusDays(40)));
        // the open date arrives (moved by SQL: no service call announces it)
        jdbc.update("update survey_wave set opens = ? where id = ?", java.sql.Date.valueOf(LocalDate.now()), later.id());

        announcer.announceDue();
        announcer.announceDue();

        assertThat(events.stream(SurveyWaveOpened.class).filter(e -> e.waveId() == later.id())).singleElement()
                .satisfies(e -> assertThat(e.areaId()).isEqualTo(northmere));
    }

    // ------------------------------------------------------------------------------ budgets and logs

    /**
     * Issue 5: one completed survey through a link, from opening the link to the thank-you, issues at
     * most 20 SQL statements, counted at the JDBC connection (Hibernate, JdbcTemplate and the event
     * registry alike), starting with a cold definition cache. Pages and "check your answers" run
     * against the shared definition record, so they issue none.
     */
    @Test
    void one_completed_survey_through_a_link_takes_at_most_20_statements() {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PARENTS_CARERS, "Statement budget check");
        SurveyLink link = surveys.openLink(b.wave().id());
        logout();
        definitions.clear();

        StatementCounter.Counted<SubmitResult> counted = StatementCounter.count(() -> {
            LinkTarget target = surveys.resolveLink(link.token()).orElseThrow();
            return asSystem(target.areaId(), () -> {
                TakingStart start = surveys.startTaking(target.waveId());
                Map<Long, Answer> answers = fullAnswers(b);
                for (var section : start.definition().sections()) { // every page, as the view checks it
                    assertThat(start.definition().problems(answers, section.questions())).isEmpty();
                }
                start.definition().shownQuestions(answers); // check your answers
                return surveys.submit(new Submission(target.waveId(), start.submissionKey(), answers));
            });
        });

        System.out.println("[survey] statements for one completed 7-question survey through a link: " + counted.statements());
        assertThat(counted.result().alreadySubmitted()).isFalse();
        assertThat(counted.statements()).isLessThanOrEqualTo(20);
    }

    /** Issue 5: the link's token appears in no log line, even with every logger at TRACE. */
    @Test
    void the_link_token_is_never_logged() {
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PARENTS_CARERS, "Log check");
        SurveyLink link = surveys.openLink(b.wave().id());
        logout();
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level before = root.getLevel();
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
                new ch.qos.logback.core.read.ListAppender<>();
        appender.start();
        root.addAppender(appender);
        java.util.Map<String, ch.qos.logback.classic.Level> levels = new HashMap<>();
        for (ch.qos.logback.classic.Logger l : root.getLoggerContext().getLoggerList()) {
            if (l.getLevel() != null) {
                levels.put(l.getName(), l.getLevel());
                l.setLevel(ch.qos.logback.classic.Level.TRACE);
            }
        }
        root.setLevel(ch.qos.logback.classic.Level.TRACE);
        try {
            LinkTarget target = surveys.resolveLink(link.token()).orElseThrow();
            asSystem(target.areaId(), () -> surveys.submit(new Submission(target.waveId(),
                    surveys.startTaking(target.waveId()).submissionKey(), fullAnswers(b))));
            surveys.resolveLink(link.token().substring(1) + "A");
        } finally {
            root.setLevel(before);
            levels.forEach((name, level) -> root.getLoggerContext().getLogger(name).setLevel(level));
            root.detachAppender(appender);
        }
        assertThat(appender.list).as("something was logged at TRACE").isNotEmpty();
        assertThat(appender.list).noneMatch(e -> e.getFormattedMessage().contains(link.token())
                || e.getFormattedMessage().contains(link.token().substring(1)));
    }

    private LinkTarget link(Built b) {
        SurveyLink link = surveys.openLink(b.wave().id());
        return surveys.resolveLink(link.token()).orElseThrow();
    }
}
