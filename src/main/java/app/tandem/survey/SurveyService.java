package app.tandem.survey;

import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.base.NotFoundException;
import app.tandem.feedback.PersonalDataDetector;
import app.tandem.feedback.SafeguardingDetector;
import app.tandem.plan.PlanService;
import app.tandem.report.ReportService;
import app.tandem.survey.ResponseStore.AnswerRow;
import app.tandem.survey.ResponseStore.TallyDelta;
import app.tandem.survey.ResponseStore.TallyRow;
import app.tandem.survey.SurveyViews.Answer;
import app.tandem.survey.SurveyViews.LinkTarget;
import app.tandem.survey.SurveyViews.OpenWave;
import app.tandem.survey.SurveyViews.OptionEdit;
import app.tandem.survey.SurveyViews.OptionView;
import app.tandem.survey.SurveyViews.QuestionEdit;
import app.tandem.survey.SurveyViews.QuestionTally;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.SectionView;
import app.tandem.survey.SurveyViews.Submission;
import app.tandem.survey.SurveyViews.SubmitResult;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.SurveyEdit;
import app.tandem.survey.SurveyViews.SurveyLink;
import app.tandem.survey.SurveyViews.SurveySummary;
import app.tandem.survey.SurveyViews.TakingStart;
import app.tandem.survey.SurveyViews.TextAnswer;
import app.tandem.survey.SurveyViews.WaveEdit;
import app.tandem.survey.SurveyViews.WaveResults;
import app.tandem.survey.SurveyViews.WaveView;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Surveys of a plan: officers and admins build them and run waves; parents and carers, young
 * people and practitioners take them (signed in, or through a wave's anonymous link as the area's
 * system user); staff read the counts. Submitting is exactly-once per submission key, and the
 * counts move in the submitting transaction.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SurveyService {

    private static final String STAFF_READ = "hasAnyRole('ADMIN','OFFICER','VIEWER')";
    private static final String BUILDERS = "hasAnyRole('ADMIN','OFFICER')";

    private final SurveyRepository surveys;
    private final SectionRepository sections;
    private final QuestionRepository questions;
    private final OptionRepository options;
    private final WaveRepository waves;
    private final ResponseStore store;
    private final DefinitionCache cache;
    private final PlanService plans;
    private final ReportService reports;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PersonalDataDetector detector = PersonalDataDetector.withDefaults();

    SurveyService(SurveyRepository surveys, SectionRepository sections, QuestionRepository questions,
            OptionRepository options, WaveRepository waves, ResponseStore store, DefinitionCache cache, PlanService plans,
            ReportService reports, CurrentUser currentUser, MessageSource messages, ApplicationEventPublisher events,
            JdbcTemplate jdbc, Clock clock) {
        this.surveys = surveys;
        this.sections = sections;
        this.questions = questions;
        this.options = options;
        this.waves = waves;
        this.store = store;
        this.cache = cache;
        this.plans = plans;
        this.reports = reports;
        this.currentUser = currentUser;
        this.messages = messages;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ============================================================================== reading definitions

    /** A survey's whole definition, from the shared cache (one small query to learn its revision). */
    @PreAuthorize("isAuthenticated()")
    public SurveyDefinition definition(long surveyId) {
        long revision = surveys.revisionOf(surveyId).orElseThrow(() -> new NotFoundException("survey " + surveyId));
        return cache.get(new DefinitionCache.Key(areaId(), surveyId, revision), () -> load(surveyId));
    }

    /** The surveys of a plan with their waves, oldest first. */
    @PreAuthorize(STAFF_READ)
    public List<SurveySummary> surveysOfPlan(long planId) {
        plans.getPlan(planId); // not found in another area
        List<Survey> list = surveys.findByPlanIdOrderByIdAsc(planId);
        Map<Long, List<SurveyWave>> wavesBySurvey = list.isEmpty() ? Map.of()
                : waves.findBySurveyIdIn(list.stream().map(SurveyService::id).toList()).stream()
                        .sorted(Comparator.comparing((SurveyWave w) -> w.opens).thenComparing(SurveyService::id))
                        .collect(Collectors.groupingBy(w -> w.surveyId, LinkedHashMap::new, Collectors.toList()));
        LocalDate today = today();
        return list.stream().map(s -> new SurveySummary(id(s), s.getVersion(), s.planId, s.title, s.audience, s.easyRead,
                s.minutes, (int) questions.countBySurveyId(id(s)),
                wavesBySurvey.getOrDefault(id(s), List.of()).stream().map(w -> view(w, today)).toList())).toList();
    }

    // ============================================================================== building

    @PreAuthorize(BUILDERS)
    @Transactional
    public SurveyDefinition createSurvey(@Valid SurveyEdit edit) {
        plans.getPlan(edit.planId()); // not found in another area
        Survey s = new Survey(edit.planId());
        apply(s, edit);
        surveys.saveAndFlush(s);
        return definition(id(s));
    }

    @PreAuthorize(BUILDERS)
    @Transactional
    public SurveyDefinition updateSurvey(long surveyId, @Valid SurveyEdit edit) {
        Survey s = survey(surveyId);
        if (s.getVersion() != edit.version()) {
            throw new EditConflictException("This survey");
        }
        if (edit.planId() != s.planId) {
            throw new InvalidInputException("planId", "survey.plan.fixed");
        }
        apply(s, edit);
        s.revision++;
        save(s, "This survey");
        return definition(surveyId);
    }

    @PreAuthorize(BUILDERS)
    @Transactional
    public SurveyDefinition addSection(long surveyId, @Valid SectionEdit edit) {
        Survey s = survey(surveyId);
        SurveySection section = new SurveySection(surveyId);
        section.position = sections.findBySurveyIdOrderByPositionAscIdAsc(surveyId).size();
        section.title = edit.title().strip();
        section.introduction = blankToNull(edit.introduction());
        sections.saveAndFlush(section);
        return changed(s);
    }

    @PreAuthorize(BUILDERS)
    @Transactional
    public SurveyDefinition updateSection(long sectionId, @Valid SectionEdit edit) {
        SurveySection section = section(sectionId);
        if (section.getVersion() != edit.version()) {
            throw new EditConflictException("This section");
        }
        section.title = edit.title().strip();
        section.introduction = blankToNull(edit.introduction());
        save(section, "This section");
        return changed(survey(section.surveyId));
    }

    /** Moves a section to a position (0 = first). Refused when a show-if would then point forwards. */
    @PreAuthorize(BUILDERS)
    @Transactional
    public SurveyDefinition moveSection(long sectionId, int position) {
        SurveySection section = section(sectionId);
        List<SurveySection> list = new ArrayList<>(sections.findBySurveyIdOrderByPositionAscIdAsc(section.surveyId));
        list.removeIf(x -> id(x) == sectionId);
        list.add(Math.max(0, Math.min(position, list.size())), section);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).position = i;
        }
        sections.flush();
        checkShowIfOrder(section.surveyId);
        return changed(survey(section.surveyId));
    }

    /** Removes a section and its questions, refused when any of them has answers or is a condition of a question elsewhere. */
    @PreAuthorize(BUILDERS)
    @Transactional
    public SurveyDefinition removeSection(long sectionId, long version) {
        SurveySection section = section(sectionId);
        if (section.getVersion() != version) {
            throw new EditConflictException("This section");
        }
        List<SurveyQuestion> inside = questions.findBySectionIdOrderByPositionAscIdAsc(sectionId);
        Set<Long> ids = inside.stream().map(SurveyService::id).collect(Collectors.toSet());
        for (SurveyQuestion q : inside) {
            if (store.answered(areaId(), id(q), null)) {
                throw new InvalidInputException("section", "survey.section.hasAnswers");
            }
            if (questions.findByShowIfQuestionId(id(q)).stream().anyMatch(d -> !ids.contains(id(d)))) {
                throw new InvalidInputException("section", "survey.question.isCondition");
            }
        }
        for (SurveyQuestion q : inside) {
            deleteQuestion(q);
        }
        sections.delete(section);
        sections.flush();
        List<SurveySection> rest = sections.findBySurveyIdOrderByPositionAscIdAsc(section.surveyId);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).position = i;
        }
        return changed(survey(section.surveyId));
    }

    /** Adds a question at the end of a section. */
    @PreAuthorize(BUILDERS)
    @Transactional
    public SurveyDefinition addQuestion(long sectionId, @Valid QuestionEdit edit) {
        SurveySection section = section(sectionId);
        Survey s = survey(section.surveyId);
        SurveyQuestion q = new SurveyQuestion(section.surveyId, sectionId);
        q.position = questions.findBySectionIdOrderByPositionAscIdAsc(sectionId).size();
        List<OptionEdit> newOptions = checkQuestion(q, edit, null);
        apply(q, edit);
        questions.saveAndFlush(q);
        replaceOptions(q, newOptions);
        checkShowIfOrder(section.surveyId);
        ensureTally(s);
        return changed(s);
    }

    /**
     * Changes a question. Once it has answers, its type cannot change and options that were chosen
     * (or "prefer not to say" when used) cannot be removed: the counts would no longer add up.
     */
    @PreAuthorize(BUILDERS)
    @Transactional
    public SurveyDefinition updateQuestion(long questionId, @Valid QuestionEdit edit) {
        SurveyQuestion q = question(questionId);
        if (q.getVersion() != edit.version()) {
            throw new EditConflictException("This question");
        }
        boolean answered = store.answered(areaId(), questionId, null);
        if (answered && edit.type() != q.type) {
            throw new InvalidInputException("type", "survey.question.typeFixed");
        }
        if (q.preferNotToSay && !edit.preferNotToSay() && store.answered(areaId(), questionId, QuestionType.PREFER_NOT_TO_SAY)) {
            throw new InvalidInputException("preferNotToSay", "survey.question.optionHasAnswers");
        }
        if (edit.type() != q.type && !questions.findByShowIfQuestionId(questionId).isEmpty()) {
            throw new InvalidInputException("type", "survey.question.isCondition");
        }
        List<OptionEdit> newOptions = checkQuestion(q, edit, questionId);
        apply(q, edit);
        save(q, "This question");
        replaceOptions(q, newOptions);
        checkShowIfOrder(q.surveyId);
        Survey s = survey(q.surveyId);
        ensureTally(s);
        return changed(s);
    }

    /** Moves a question to a position (0 = first) in a section of the same survey. */
    @PreAuthorize(BUILDERS)
    @Transactional
    public SurveyDefinition moveQuestion(long questionId, long sectionId, int position) {
        SurveyQuestion q = question(questionId);
        SurveySection target = section(sectionId);
        if (target.surveyId != q.surveyId) {
            throw new InvalidInputException("section", "survey.section.otherSurvey");
        }
        long from = q.sectionId;
        q.sectionId = sectionId;
        List<SurveyQuestion> list = new ArrayList<>(questions.findBySectionIdOrderByPositionAscIdAsc(sectionId));
        list.removeIf(x -> id(x) == questionId);
        list.add(Math.max(0, Math.min(position, list.size())), q);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).position = i;
        }
        questions.flush();
        if (from != sectionId) {
            List<SurveyQuestion> old = questions.findBySectionIdOrderByPositionAscIdAsc(from);
            for (int i = 0; i < old.size(); i++) {
                old.get(i).position = i;
            }
            questions.flush();
        }
        checkShowIfOrder(q.surveyId);
        return changed(survey(q.surveyId));
    }

    /** Removes a question, refused when it has answers or another question's show-if depends on it. */
    @PreAuthorize(BUILDERS)
    @Transactional
    public SurveyDefinition removeQuestion(long questionId, long version) {
        SurveyQuestion q = question(questionId);
        if (q.getVersion() != version) {
            throw new EditConflictException("This question");
        }
        if (store.answered(areaId(), questionId, null)) {
            throw new InvalidInputException("question", "survey.question.hasAnswers");
        }
        if (!questions.findByShowIfQuestionId(questionId).isEmpty()) {
            throw new InvalidInputException("question", "survey.question.isCondition");
        }
        deleteQuestion(q);
        List<SurveyQuestion> rest = questions.findBySectionIdOrderByPositionAscIdAsc(q.sectionId);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).position = i;
        }
        return changed(survey(q.surveyId));
    }

    /** A preview of the survey for officers: the definition to page through; nothing is ever saved. */
    @PreAuthorize(BUILDERS)
    public TakingStart preview(long surveyId) {
        return new TakingStart(0, UUID.randomUUID(), definition(surveyId), Map.of(), null, true);
    }

    // ============================================================================== waves

    @PreAuthorize(STAFF_READ)
    public List<WaveView> waves(long surveyId) {
        survey(surveyId);
        LocalDate today = today();
        return waves.findBySurveyIdOrderByOpensAscIdAsc(surveyId).stream().map(w -> view(w, today)).toList();
    }

    @PreAuthorize(STAFF_READ)
    public WaveView wave(long waveId) {
        return view(waveEntity(waveId), today());
    }

    /** A new wave; when it is already open, {@link SurveyWaveOpened} is published now (else on its open date). */
    @PreAuthorize(BUILDERS)
    @Transactional
    public WaveView createWave(long surveyId, @Valid WaveEdit edit) {
        Survey s = survey(surveyId);
        SurveyWave w = new SurveyWave(surveyId);
        apply(s, w, edit);
        waves.saveAndFlush(w);
        ensureTally(s);
        announceIfOpen(w, s);
        return view(w, today());
    }

    @PreAuthorize(BUILDERS)
    @Transactional
    public WaveView updateWave(long waveId, @Valid WaveEdit edit) {
        SurveyWave w = waveEntity(waveId);
        if (w.getVersion() != edit.version()) {
            throw new EditConflictException("This wave");
        }
        Survey s = survey(w.surveyId);
        apply(s, w, edit);
        save(w, "This wave");
        announceIfOpen(w, s);
        return view(w, today());
    }

    /**
     * Makes the wave's anonymous link: a new token each time (the old link stops working). The token
     * is returned here once and never stored or logged; the link works until the wave closes.
     */
    @PreAuthorize(BUILDERS)
    @Transactional
    public SurveyLink openLink(long waveId) {
        SurveyWave w = waveEntity(waveId);
        if (w.status(today()) == WaveStatus.CLOSED) {
            throw new InvalidInputException("wave", "survey.wave.closed");
        }
        String token = LinkTokens.newToken();
        w.linkHash = LinkTokens.hash(token);
        waves.saveAndFlush(w);
        return new SurveyLink(waveId, token, "s/" + token, w.closes);
    }

    /**
     * What an anonymous link leads to, in any area: empty when the token is unknown, replaced, or its
     * wave is not open today. The caller then acts as that area's system user for the survey calls.
     */
    @PreAuthorize("permitAll()")
    public Optional<LinkTarget> resolveLink(String token) {
        if (!LinkTokens.plausible(token)) {
            return Optional.empty();
        }
        LocalDate today = today();
        return jdbc.query("select area_id, survey_id, id, opens, closes from survey_wave where link_hash = ?",
                (rs, i) -> rs.getDate(4).toLocalDate().isAfter(today) || rs.getDate(5).toLocalDate().isBefore(today) ? null
                        : new LinkTarget(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                LinkTokens.hash(token)).stream().filter(Objects::nonNull).findFirst();
    }

    /** Open waves for the signed-in person's audience (parents: forum members; young people; practitioners: staff). */
    @PreAuthorize("isAuthenticated()")
    public List<OpenWave> openWavesForMe() {
        TandemUser me = currentUser.require();
        Audience audience = audienceOf(me);
        if (audience == null) {
            return List.of();
        }
        List<SurveyWave> open = waves.openOn(today());
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, Survey> byId = surveys.findAllById(open.stream().map(w -> w.surveyId).distinct().toList()).stream()
                .collect(Collectors.toMap(SurveyService::id, s -> s));
        List<SurveyWave> mine = open.stream().filter(w -> byId.containsKey(w.surveyId) && byId.get(w.surveyId).audience == audience)
                .toList();
        ResponseStore.Taken taken = store.takenBy(me.areaId(), me.accountId(), mine.stream().map(SurveyService::id).toList());
        return mine.stream().map(w -> {
            Survey s = byId.get(w.surveyId);
            return new OpenWave(id(w), id(s), s.planId, s.title, s.audience, w.closes, s.minutes, s.easyRead,
                    taken.submitted().contains(id(w)), taken.drafts().contains(id(w)));
        }).toList();
    }

    // ============================================================================== taking

    /**
     * Starts (or resumes) taking an open wave: a new submission key, or the saved draft's key, answers
     * and place. Signed-in people take surveys for their audience; through a link, the system user.
     */
    @PreAuthorize("isAuthenticated()")
    public TakingStart startTaking(long waveId) {
        TandemUser me = currentUser.require();
        SurveyWave w = openWave(waveId);
        SurveyDefinition def = definition(w.surveyId);
        checkTaker(me, def.audience());
        if (!me.isSystem()) {
            var draft = store.draftOf(me.areaId(), waveId, me.accountId());
            if (draft.isPresent()) {
                return new TakingStart(waveId, draft.get().key(), def, DraftCodec.decode(draft.get().answers()),
                        draft.get().questionId(), false);
            }
            if (store.takenBy(me.areaId(), me.accountId(), List.of(waveId)).submitted().contains(waveId)) {
                throw new InvalidInputException("survey", "survey.alreadyAnswered");
            }
        }
        return new TakingStart(waveId, UUID.randomUUID(), def, Map.of(), null, false);
    }

    /** Saves a signed-in person's answers so far and where they were, to come back to later. */
    @PreAuthorize("isAuthenticated() and !hasRole('SYSTEM')")
    @Transactional
    public void saveDraft(long waveId, UUID submissionKey, Map<Long, Answer> answers, @Nullable Long questionId) {
        TandemUser me = currentUser.require();
        SurveyWave w = openWave(waveId);
        SurveyDefinition def = definition(w.surveyId);
        checkTaker(me, def.audience());
        String draft = DraftCodec.encode(def.keptAnswers(answers));
        if (draft.length() > 60000) {
            throw new InvalidInputException("survey", "survey.answer.tooLong");
        }
        if (store.updateDraft(me.areaId(), waveId, submissionKey, me.accountId(), draft, questionId) == 0) {
            try {
                store.behindSavepoint(() -> store.insertResponse(me.areaId(), waveId, submissionKey,
                        me.accountId(), ResponseStore.DRAFT, null, null, draft, questionId));
            } catch (DuplicateKeyException e) {
                // Already submitted with this key: nothing left to save.
            }
        }
    }

    /**
     * Hands in a finished survey, exactly once per submission key: a double click, a retry or a
     * second submit returns the first response ({@code alreadySubmitted}) and changes nothing.
     * Every answer is checked again (required, show-if, valid options); answers to questions that
     * are not shown are dropped. Counts move in this transaction and {@link SurveyResponseSubmitted}
     * is published in it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SubmitResult submit(@Valid Submission submission) {
        TandemUser me = currentUser.require();
        long waveId = submission.waveId();
        SurveyWave w = openWave(waveId);
        SurveyDefinition def = definition(w.surveyId);
        checkTaker(me, def.audience());
        Map<Long, String> problems = def.problems(submission.answers(), def.questions());
        if (!problems.isEmpty()) {
            Map<String, String> byField = new LinkedHashMap<>();
            problems.forEach((id, key) -> byField.put("q" + id, key));
            throw new InvalidInputException(byField);
        }
        Map<Long, Answer> kept = def.keptAnswers(submission.answers());
        long areaId = me.areaId();
        LocalDate on = today();
        UUID key = submission.submissionKey();
        Long responseId = null;
        if (!me.isSystem() && store.submitDraft(areaId, waveId, key, me.accountId(), on, w.periodId) == 1) {
            responseId = store.responseId(areaId, waveId, key).orElseThrow();
        }
        if (responseId == null) {
            Long accountId = me.isSystem() ? null : me.accountId();
            try {
                responseId = store.behindSavepoint(() -> store.insertResponse(areaId, waveId, key, accountId,
                        ResponseStore.SUBMITTED, on, w.periodId, null, null));
            } catch (DuplicateKeyException e) {
                long first = store.responseId(areaId, waveId, key).orElseThrow(() -> e);
                return new SubmitResult(first, true, def.planId());
            }
        }
        long rid = Objects.requireNonNull(responseId);
        List<AnswerRow> rows = new ArrayList<>();
        List<TallyDelta> deltas = new ArrayList<>();
        for (QuestionView q : def.questions()) {
            Answer a = kept.get(q.id());
            if (a != null) {
                rowsFor(q, a, rows, deltas);
            }
        }
        store.insertAnswers(areaId, waveId, rid, rows);
        events.publishEvent(new SurveyResponseSubmitted(areaId, def.id(), waveId, w.periodId, rid));
        // The wave's counters are rows every submission of the wave updates: touch them last, so
        // their row locks are held only until the commit that follows (load bench, 1,000 takers);
        // and the wave's row before the count rows: it is the one lock every writer of the wave's
        // counts takes first (one MERGE locks the count rows in its plan's order), so they queue
        // there and never deadlock.
        store.addResponse(areaId, waveId);
        store.addToTally(areaId, waveId, deltas);
        return new SubmitResult(rid, false, def.planId());
    }

    // ============================================================================== results

    /**
     * One question's counts in a wave, read from the kept counts (never from the answers) in one
     * statement, with the definition from the cache: what a survey-fed measure reads.
     */
    @PreAuthorize(STAFF_READ)
    public QuestionTally tally(long waveId, long questionId) {
        long areaId = areaId();
        ResponseStore.WaveTally found = store.waveTally(areaId, waveId, questionId)
                .orElseThrow(() -> new NotFoundException("survey wave " + waveId));
        QuestionView q = cache.get(new DefinitionCache.Key(areaId, found.surveyId(), found.revision()),
                () -> load(found.surveyId())).question(questionId);
        if (q == null) {
            throw new NotFoundException("question " + questionId);
        }
        return tallyOf(waveId, q, found.rows());
    }

    /** Every question's counts in a wave. */
    @PreAuthorize(STAFF_READ)
    public WaveResults results(long waveId) {
        SurveyWave w = waveEntity(waveId);
        SurveyDefinition def = definition(w.surveyId);
        Map<Long, List<TallyRow>> rows = store.tally(areaId(), waveId, null).stream()
                .collect(Collectors.groupingBy(TallyRow::questionId));
        return new WaveResults(view(w, today()), def,
                def.questions().stream().map(q -> tallyOf(waveId, q, rows.getOrDefault(q.id(), List.of()))).toList());
    }

    /** Counts the wave's answers again from scratch (one SQL aggregate) and keeps the result. */
    @PreAuthorize(BUILDERS)
    @Transactional
    public WaveResults recount(long waveId) {
        waveEntity(waveId);
        store.recount(areaId(), waveId);
        return results(waveId);
    }

    /** A question's free-text answers in a wave: visible ones for staff, held ones too for admins (who moderate). */
    @PreAuthorize(STAFF_READ)
    public List<TextAnswer> textAnswers(long waveId, long questionId) {
        waveEntity(waveId);
        boolean moderator = currentUser.require().hasRole(Role.ADMIN);
        return store.texts(areaId(), waveId, questionId, moderator).stream()
                .map(t -> new TextAnswer(t.id(), t.questionId(), t.text(), t.state())).toList();
    }

    /** Approves (VISIBLE) or removes (REMOVED) a free-text answer. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void moderateTextAnswer(long answerId, ModerationState state) {
        if (store.moderate(areaId(), answerId, state) == 0) {
            throw new NotFoundException("answer " + answerId);
        }
    }

    // ============================================================================== inside

    /** Publishes {@link SurveyWaveOpened} once: the flag flips in one statement, so only one caller wins. */
    void announceIfOpen(SurveyWave w, Survey s) {
        if (w.status(today()) != WaveStatus.OPEN) {
            return;
        }
        if (jdbc.update("update survey_wave set announced = true where id = ? and area_id = ? and announced = false",
                id(w), w.getAreaId()) == 1) {
            events.publishEvent(new SurveyWaveOpened(Objects.requireNonNull(w.getAreaId()), id(s), id(w), s.audience));
        }
    }

    private void rowsFor(QuestionView q, Answer a, List<AnswerRow> rows, List<TallyDelta> deltas) {
        boolean pnts = a.options().equals(List.of(QuestionType.PREFER_NOT_TO_SAY));
        if (pnts) {
            rows.add(new AnswerRow(q.id(), QuestionType.PREFER_NOT_TO_SAY, false, null, null, null));
            deltas.add(new TallyDelta(q.id(), QuestionType.PREFER_NOT_TO_SAY, 1, BigDecimal.ZERO));
            return;
        }
        if (q.type().hasOptions()) {
            BigDecimal total = BigDecimal.ZERO;
            boolean first = true;
            for (String code : a.options()) {
                Integer score = q.type().score(code);
                rows.add(new AnswerRow(q.id(), code, first, score == null ? null : BigDecimal.valueOf(score), null, null));
                deltas.add(new TallyDelta(q.id(), code, 1, BigDecimal.ZERO));
                total = total.add(score == null ? BigDecimal.ZERO : BigDecimal.valueOf(score));
                first = false;
            }
            deltas.add(new TallyDelta(q.id(), ResponseStore.QUESTION_ROW, 1, total));
        } else if (q.type() == QuestionType.NUMBER) {
            BigDecimal n = Objects.requireNonNull(a.number());
            rows.add(new AnswerRow(q.id(), ResponseStore.QUESTION_ROW, true, n, null, null));
            deltas.add(new TallyDelta(q.id(), ResponseStore.QUESTION_ROW, 1, n));
        } else {
            String text = Objects.requireNonNull(a.text());
            rows.add(new AnswerRow(q.id(), ResponseStore.QUESTION_ROW, true, null, text, moderationOf(text)));
            deltas.add(new TallyDelta(q.id(), ResponseStore.QUESTION_ROW, 1, BigDecimal.ZERO));
        }
    }

    /** Quality bar PR-1, as for comments: text that may hold personal data or a safeguarding concern waits for an admin. */
    ModerationState moderationOf(String text) {
        return detector.findings(text).isEmpty() && SafeguardingDetector.match(text).isEmpty() ? ModerationState.VISIBLE
                : ModerationState.HELD;
    }

    private QuestionTally tallyOf(long waveId, QuestionView q, List<TallyRow> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        q.options().forEach(o -> counts.put(o.code(), 0L));
        if (q.preferNotToSay()) {
            counts.put(QuestionType.PREFER_NOT_TO_SAY, 0L);
        }
        long respondents = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (TallyRow r : rows) {
            if (ResponseStore.QUESTION_ROW.equals(r.optionCode())) {
                respondents = r.n();
                total = r.total();
            } else {
                counts.put(r.optionCode(), r.n());
            }
        }
        BigDecimal mean = q.type().hasMean() && respondents > 0
                ? total.divide(BigDecimal.valueOf(respondents), 2, RoundingMode.HALF_UP) : null;
        return new QuestionTally(waveId, q.id(), (int) respondents, counts, mean);
    }

    private void ensureTally(Survey s) {
        List<Long> waveIds = waves.findBySurveyIdOrderByOpensAscIdAsc(id(s)).stream().map(SurveyService::id).toList();
        if (waveIds.isEmpty()) {
            return;
        }
        List<TallyDelta> wanted = new ArrayList<>();
        for (QuestionView q : load(id(s)).questions()) {
            wanted.add(new TallyDelta(q.id(), ResponseStore.QUESTION_ROW, 0, BigDecimal.ZERO));
            q.options().forEach(o -> wanted.add(new TallyDelta(q.id(), o.code(), 0, BigDecimal.ZERO)));
            if (q.preferNotToSay()) {
                wanted.add(new TallyDelta(q.id(), QuestionType.PREFER_NOT_TO_SAY, 0, BigDecimal.ZERO));
            }
        }
        store.ensureTally(areaId(), waveIds, wanted);
    }

    private SurveyDefinition load(long surveyId) {
        Survey s = survey(surveyId);
        List<SurveySection> secs = sections.findBySurveyIdOrderByPositionAscIdAsc(surveyId);
        List<SurveyQuestion> qs = questions.findBySurveyIdOrderByPositionAscIdAsc(surveyId);
        Map<Long, List<SurveyOption>> opts = qs.isEmpty() ? Map.of()
                : options.findByQuestionIdInOrderByPositionAscIdAsc(qs.stream().map(SurveyService::id).toList()).stream()
                        .collect(Collectors.groupingBy(o -> o.questionId));
        List<SectionView> sectionViews = new ArrayList<>();
        for (SurveySection sec : secs) {
            List<QuestionView> qv = qs.stream().filter(q -> q.sectionId == id(sec)).map(q -> view(q,
                    opts.getOrDefault(id(q), List.of()))).toList();
            sectionViews.add(new SectionView(id(sec), sec.getVersion(), sec.title, sec.introduction, qv));
        }
        return new SurveyDefinition(surveyId, s.getVersion(), s.revision, s.planId, s.title, s.audience, s.introduction,
                s.minutes, s.easyRead, List.copyOf(sectionViews));
    }

    private QuestionView view(SurveyQuestion q, List<SurveyOption> own) {
        List<OptionView> opts = q.type.isScale()
                ? q.type.fixedCodes().stream().map(c -> new OptionView(c,
                        messages.getMessage("survey.scale." + c, null, c, Locale.UK), q.type.score(c))).toList()
                : q.type.isChoice() ? own.stream().map(o -> new OptionView(o.code, o.label, null)).toList() : List.of();
        return new QuestionView(id(q), q.getVersion(), q.sectionId, q.type, q.text, q.easyText, q.help, q.required,
                q.preferNotToSay, q.showIfQuestionId, splitCodes(q.showIfOptions), opts, q.min, q.max);
    }

    /**
     * Checks a question edit against the survey (options, limits, the show-if question) and returns
     * the options to keep, with codes made for new ones.
     */
    private List<OptionEdit> checkQuestion(SurveyQuestion q, QuestionEdit edit, @Nullable Long questionId) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<OptionEdit> result = new ArrayList<>();
        if (edit.type().isChoice()) {
            if (edit.options().size() < 2) {
                errors.put("options", "survey.question.optionsNeeded");
            }
            Set<String> codes = new LinkedHashSet<>();
            edit.options().stream().map(OptionEdit::code).filter(c -> c != null && !c.isBlank()).forEach(c -> codes.add(c.strip()));
            Set<String> labels = new LinkedHashSet<>();
            for (OptionEdit o : edit.options()) {
                String code = o.code() == null || o.code().isBlank() ? null : o.code().strip();
                if (code == null) {
                    code = codeFor(o.label(), codes);
                    codes.add(code);
                } else if (!code.matches("[a-z0-9_]{1,50}") || code.equals(QuestionType.PREFER_NOT_TO_SAY)) {
                    errors.put("options", "survey.option.code.invalid");
                }
                if (!labels.add(o.label().strip().toLowerCase(Locale.UK))) {
                    errors.put("options", "survey.option.label.duplicate");
                }
                result.add(new OptionEdit(code, o.label().strip()));
            }
            if (result.stream().map(OptionEdit::code).distinct().count() != result.size()) {
                errors.put("options", "survey.option.code.duplicate");
            }
        }
        if (edit.min() != null && edit.max() != null && edit.min() > edit.max()) {
            errors.put("max", "survey.question.minMax");
        }
        if (edit.showIfQuestionId() != null) {
            SurveyQuestion on = questions.findById(edit.showIfQuestionId()).orElse(null);
            if (on == null || on.surveyId != q.surveyId || Objects.equals(edit.showIfQuestionId(), questionId)
                    || !on.type.hasOptions()) {
                errors.put("showIfQuestionId", "survey.question.showIfInvalid");
            } else {
                QuestionView onView = view(on, options.findByQuestionIdOrderByPositionAscIdAsc(id(on)));
                if (edit.showIfOptions().isEmpty() || !edit.showIfOptions().stream().allMatch(onView::isValidCode)) {
                    errors.put("showIfOptions", "survey.question.showIfOptions");
                }
            }
        }
        if (questionId != null && q.type.isChoice()) {
            Set<String> keptCodes = result.stream().map(OptionEdit::code).collect(Collectors.toSet());
            for (SurveyOption old : options.findByQuestionIdOrderByPositionAscIdAsc(questionId)) {
                if (!keptCodes.contains(old.code) && store.answered(areaId(), questionId, old.code)) {
                    errors.put("options", "survey.question.optionHasAnswers");
                }
                if (!keptCodes.contains(old.code) && questions.findByShowIfQuestionId(questionId).stream()
                        .anyMatch(d -> splitCodes(d.showIfOptions).contains(old.code))) {
                    errors.put("options", "survey.question.isCondition");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result;
    }

    private static String codeFor(String label, Set<String> taken) {
        String base = label.strip().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty() || base.equals(QuestionType.PREFER_NOT_TO_SAY)) {
            base = "option";
        }
        base = base.length() > 40 ? base.substring(0, 40) : base;
        String code = base;
        for (int i = 2; taken.contains(code); i++) {
            code = base + "_" + i;
        }
        return code;
    }

    private void replaceOptions(SurveyQuestion q, List<OptionEdit> wanted) {
        long qid = id(q);
        List<SurveyOption> existing = options.findByQuestionIdOrderByPositionAscIdAsc(qid);
        Map<String, SurveyOption> byCode = existing.stream().collect(Collectors.toMap(o -> o.code, o -> o));
        Set<String> keep = wanted.stream().map(OptionEdit::code).filter(Objects::nonNull).collect(Collectors.toSet());
        for (SurveyOption o : existing) {
            if (!keep.contains(o.code)) {
                options.delete(o);
                store.deleteTallyOption(areaId(), qid, o.code);
            }
        }
        options.flush();
        for (int i = 0; i < wanted.size(); i++) {
            OptionEdit e = wanted.get(i);
            String code = Objects.requireNonNull(e.code());
            SurveyOption o = byCode.get(code);
            if (o == null) {
                options.save(new SurveyOption(qid, i, code, e.label()));
            } else {
                o.position = i;
                o.label = e.label();
            }
        }
        options.flush();
    }

    /** Every show-if must point at a question asked earlier. */
    private void checkShowIfOrder(long surveyId) {
        List<SurveySection> secs = sections.findBySurveyIdOrderByPositionAscIdAsc(surveyId);
        Map<Long, Integer> sectionOrder = new HashMap<>();
        for (int i = 0; i < secs.size(); i++) {
            sectionOrder.put(id(secs.get(i)), i);
        }
        List<SurveyQuestion> qs = new ArrayList<>(questions.findBySurveyIdOrderByPositionAscIdAsc(surveyId));
        qs.sort(Comparator.comparing((SurveyQuestion q) -> sectionOrder.getOrDefault(q.sectionId, 0))
                .thenComparing(q -> q.position).thenComparing(SurveyService::id));
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < qs.size(); i++) {
            order.put(id(qs.get(i)), i);
        }
        for (SurveyQuestion q : qs) {
            if (q.showIfQuestionId != null) {
                Integer on = order.get(q.showIfQuestionId);
                if (on == null || on >= order.get(id(q))) {
                    throw new InvalidInputException("showIfQuestionId", "survey.question.showIfOrder");
                }
            }
        }
    }

    private void deleteQuestion(SurveyQuestion q) {
        options.deleteAll(options.findByQuestionIdOrderByPositionAscIdAsc(id(q)));
        store.deleteTallyOf(areaId(), id(q));
        questions.delete(q);
        questions.flush();
    }

    private SurveyDefinition changed(Survey s) {
        s.revision++;
        surveys.flush();
        return definition(id(s));
    }

    private void apply(Survey s, SurveyEdit edit) {
        s.title = edit.title().strip();
        s.audience = edit.audience();
        s.introduction = blankToNull(edit.introduction());
        s.minutes = edit.minutes();
        s.easyRead = edit.easyRead();
    }

    private static void apply(SurveyQuestion q, QuestionEdit edit) {
        q.type = edit.type();
        q.text = edit.text().strip();
        q.easyText = blankToNull(edit.easyText());
        q.help = blankToNull(edit.help());
        q.required = edit.required();
        q.preferNotToSay = edit.preferNotToSay();
        q.showIfQuestionId = edit.showIfQuestionId();
        q.showIfOptions = edit.showIfQuestionId() == null || edit.showIfOptions().isEmpty() ? null
                : String.join("|", edit.showIfOptions());
        q.min = edit.type() == QuestionType.NUMBER ? edit.min() : null;
        q.max = edit.type() == QuestionType.NUMBER ? edit.max() : null;
    }

    private void apply(Survey s, SurveyWave w, WaveEdit edit) {
        if (edit.closes().isBefore(edit.opens())) {
            throw new InvalidInputException("closes", "survey.wave.closesBeforeOpens");
        }
        if (edit.periodId() != null && reports.periodsOfPlan(s.planId).stream().noneMatch(p -> p.id() == edit.periodId())) {
            throw new InvalidInputException("periodId", "survey.wave.noSuchPeriod");
        }
        w.name = edit.name().strip();
        w.periodId = edit.periodId();
        w.opens = edit.opens();
        w.closes = edit.closes();
    }

    private <T> void save(T entity, String what) {
        try {
            jpaFlush(entity);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException(what);
        }
    }

    private void jpaFlush(Object entity) {
        switch (entity) {
            case Survey s -> surveys.saveAndFlush(s);
            case SurveySection s -> sections.saveAndFlush(s);
            case SurveyQuestion q -> questions.saveAndFlush(q);
            case SurveyWave w -> waves.saveAndFlush(w);
            default -> throw new IllegalArgumentException(entity.getClass().getName());
        }
    }

    private void checkTaker(TandemUser me, Audience audience) {
        if (me.isSystem()) {
            return;
        }
        if (audienceOf(me) != audience) {
            throw new AccessDeniedException("This survey is for " + audience);
        }
    }

    /** The audience a signed-in person answers as; null for viewers. */
    static @Nullable Audience audienceOf(TandemUser me) {
        Role role = me.role().orElse(null);
        if (role == null) {
            return null;
        }
        return switch (role) {
            case FORUM_MEMBER -> Audience.PARENTS_CARERS;
            case YOUNG_PERSON -> Audience.YOUNG_PEOPLE;
            case ADMIN, OFFICER -> Audience.PRACTITIONERS;
            case VIEWER -> null;
        };
    }

    private SurveyWave openWave(long waveId) {
        SurveyWave w = waveEntity(waveId);
        if (w.status(today()) != WaveStatus.OPEN) {
            throw new InvalidInputException("survey", "survey.closed");
        }
        return w;
    }

    private Survey survey(long id) {
        return surveys.findById(id).orElseThrow(() -> new NotFoundException("survey " + id));
    }

    private SurveySection section(long id) {
        return sections.findById(id).orElseThrow(() -> new NotFoundException("survey section " + id));
    }

    private SurveyQuestion question(long id) {
        return questions.findById(id).orElseThrow(() -> new NotFoundException("survey question " + id));
    }

    private SurveyWave waveEntity(long id) {
        return waves.findById(id).orElseThrow(() -> new NotFoundException("survey wave " + id));
    }

    private static WaveView view(SurveyWave w, LocalDate today) {
        return new WaveView(id(w), w.getVersion(), w.surveyId, w.name, w.periodId, w.opens, w.closes, w.status(today),
                w.responses, w.linkHash != null);
    }

    private long areaId() {
        return currentUser.require().areaId();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static long id(app.tandem.base.AreaScopedEntity e) {
        return Objects.requireNonNull(e.getId());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> splitCodes(@Nullable String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split("\\|"));
    }

    // ------------------------------------------------------------------------------ for digests

    /**
     * Waves open today for one audience, closing soonest first, for work the system does with no
     * person signed in (the parents' monthly "what changed" mail lists the surveys open for them).
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<OpenWave> openWavesFor(Audience audience) {
        List<SurveyWave> open = waves.openOn(today());
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, Survey> byId = surveys.findAllById(open.stream().map(w -> w.surveyId).distinct().toList()).stream()
                .collect(Collectors.toMap(SurveyService::id, s -> s));
        return open.stream()
                .filter(w -> byId.containsKey(w.surveyId) && byId.get(w.surveyId).audience == audience)
                .sorted(java.util.Comparator.comparing((SurveyWave w) -> w.closes))
                .map(w -> {
                    Survey s = byId.get(w.surveyId);
                    return new OpenWave(id(w), id(s), s.planId, s.title, s.audience, w.closes, s.minutes, s.easyRead,
                            false, false);
                })
                .toList();
    }
}
