package app.tandem.demo;

import app.tandem.measure.MeasureRules.Better;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureRules.Unit;
import app.tandem.measure.MeasureService;
import app.tandem.measure.MeasureViews.MeasureEdit;
import app.tandem.measure.MeasureViews.SurveyFeed;
import app.tandem.measure.SurveyFedRule.Method;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.PriorityView;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.PeriodView;
import app.tandem.survey.Audience;
import app.tandem.survey.QuestionType;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.Answer;
import app.tandem.survey.SurveyViews.OptionEdit;
import app.tandem.survey.SurveyViews.QuestionEdit;
import app.tandem.survey.SurveyViews.QuestionView;
import app.tandem.survey.SurveyViews.SectionEdit;
import app.tandem.survey.SurveyViews.Submission;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyViews.SurveyEdit;
import app.tandem.survey.SurveyViews.WaveEdit;
import app.tandem.survey.SurveyViews.WaveView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Northmere's surveys with answers: a parents' and carers' satisfaction survey and a young people's
 * easy-read survey, each with a wave in the last closed reporting period and one in the open period,
 * about 300 generated responses a wave (a fixed random seed, so every start gives the same numbers),
 * submitted through the survey service exactly as people's answers are. They feed three measures
 * (COM 2, COM 3, COM 7) that sit beside the officer-entered ones of {@link SuccessMeasuresDemoData}.
 * Runs after survey-core's {@code SurveyDemoData} and after the periods: listeners of equal order run
 * in bean registration order, by class name here.
 */
@Component
class SurveyResultsDemoData {

    private static final Logger log = LoggerFactory.getLogger(SurveyResultsDemoData.class);

    static final int RESPONSES_PER_WAVE = 300;
    static final long SEED = 20_260_523L;

    private final PlanService plans;
    private final ReportService reports;
    private final SurveyService surveys;
    private final MeasureService measures;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SurveyResultsDemoData(PlanService plans, ReportService reports, SurveyService surveys, MeasureService measures,
            Clock clock, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.plans = plans;
        this.reports = reports;
        this.surveys = surveys;
        this.measures = measures;
        this.clock = clock;
    }

    @EventListener
    void on(DemoAreaLoaded event) {
        if (!event.slug().equals("northmere")) {
            return;
        }
        long started = System.nanoTime();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long planId = plans.listPlans().getFirst().id();
        List<PeriodView> periods = reports.periodsOfPlan(planId);
        PeriodView open = periods.stream().filter(p -> !p.closed()).findFirst().orElse(null);
        PeriodView lastClosed = periods.stream().filter(PeriodView::closed).reduce((a, b) -> b).orElse(null);
        Random random = new Random(SEED);

        SurveyDefinition parents = parentsSurvey(planId);
        SurveyDefinition young = youngPeoplesSurvey(planId);
        // Earlier wave: less agreement; this period's: more, so the measures move up.
        int total = 0;
        total += wave(parents, lastClosed, "Summer 2026", random, 0.62, false);
        total += wave(parents, open, "Autumn 2026", random, 0.78, true);
        total += wave(young, lastClosed, "Summer 2026", random, 0.66, false);
        total += wave(young, open, "Autumn 2026", random, 0.74, true);

        List<PriorityView> priorities = plans.getPlan(planId).priorities();
        List<Long> communication = priorities.size() > 2 ? List.of(priorities.get(2).id()) : List.of();
        QuestionView referral = parents.questions().get(0);
        QuestionView newsletter = parents.questions().get(1);
        QuestionView shaped = young.questions().get(1);
        measures.addMeasure(planId, new MeasureEdit(0, "COM 2", "Parents feel more informed through the SEND newsletter: %",
                Unit.PERCENT, Better.HIGHER, BigDecimal.valueOf(50), LocalDate.parse("2025-06-01"), "Newsletter feedback form",
                BigDecimal.valueOf(80), LocalDate.parse("2027-01-31"), null, Source.SURVEY, List.of(), communication, List.of(),
                List.of(), List.of(), new SurveyFeed(parents.id(), newsletter.id(), Method.PERCENT_CHOOSING,
                        List.of("strongly_agree", "agree"))));
        measures.addMeasure(planId, new MeasureEdit(0, "COM 3", "Parents tell us communication after referral is good: %",
                Unit.PERCENT, Better.HIGHER, BigDecimal.valueOf(78), LocalDate.parse("2025-06-01"),
                "Parents’ satisfaction survey", BigDecimal.valueOf(90), LocalDate.parse("2027-03-31"), null, Source.SURVEY,
                List.of(), communication, List.of(), List.of(), List.of(), new SurveyFeed(parents.id(), referral.id(),
                        Method.PERCENT_CHOOSING, List.of("strongly_agree", "agree"))));
        measures.addMeasure(planId, new MeasureEdit(0, "COM 7", "Young people who say they shaped a service this year: %",
                Unit.PERCENT, Better.HIGHER, BigDecimal.valueOf(71), LocalDate.parse("2025-09-01"), null,
                BigDecimal.valueOf(85), LocalDate.parse("2027-01-31"), null, Source.SURVEY, List.of(), communication,
                List.of(), List.of(), List.of(), new SurveyFeed(young.id(), shaped.id(), Method.PERCENT_CHOOSING,
                        List.of("yes"))));
        // CPU time as well as elapsed: on a busy machine the elapsed time says more about the machine.
        log.info("Loaded demo surveys for {}: {} responses in {} ms ({} ms of CPU)", event.slug(), total,
                (System.nanoTime() - started) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
    }

    // ------------------------------------------------------------------------------ the surveys

    private SurveyDefinition parentsSurvey(long planId) {
        SurveyDefinition s = surveys.createSurvey(new SurveyEdit(0, planId, "Parents’ and carers’ satisfaction survey",
                Audience.PARENTS_CARERS, "Tell us how the SEND services in Northmere work for your family. It takes about "
                        + "5 minutes. You do not have to give your name.", 5, false));
        long first = section(s, "Keeping you informed");
        question(first, QuestionType.AGREE_5, "Communication after my child was referred was good", true, true, null,
                List.of(), List.of());
        question(first, QuestionType.AGREE_5, "The SEND newsletter keeps me informed", true, true, null, List.of(), List.of());
        SurveyDefinition now = question(first, QuestionType.YES_NO_NOT_SURE,
                "Has your child had an EHC needs assessment in the last year?", true, false, null, List.of(), List.of());
        long assessed = now.questions().get(2).id();
        question(first, QuestionType.AGREE_5, "I was kept up to date while the assessment went on", false, true, assessed,
                List.of("yes"), List.of());
        long second = section(s, "Support for your family");
        question(second, QuestionType.MULTIPLE_CHOICE, "Which of these helped your family this year?", false, false, null,
                List.of(), List.of("School or college", "Health visitor or school nurse", "Parent carer forum",
                        "Social care", "The Local Offer website"));
        question(second, QuestionType.RATING_0_10, "How likely are you to recommend the Local Offer website to another parent?",
                false, true, null, List.of(), List.of());
        return question(second, QuestionType.LONG_TEXT, "What one thing would make things better for your family?", false,
                false, null, List.of(), List.of());
    }

    private SurveyDefinition youngPeoplesSurvey(long planId) {
        SurveyDefinition s = surveys.createSurvey(new SurveyEdit(0, planId, "Your say: young people’s survey",
                Audience.YOUNG_PEOPLE, "We want to know what you think. There are 4 questions. There are no wrong answers.", 3,
                true));
        long only = section(s, "Your say");
        question(only, QuestionType.SMILEY_5, "How do you feel about school or college?", true, false, null, List.of(),
                List.of());
        question(only, QuestionType.YES_NO_NOT_SURE, "This year, did you help to plan or change a service for young people?",
                true, true, null, List.of(), List.of());
        question(only, QuestionType.SMILEY_3, "Do adults listen to what you say?", true, false, null, List.of(), List.of());
        return question(only, QuestionType.SHORT_TEXT, "What should we change?", false, false, null, List.of(), List.of());
    }

    private long section(SurveyDefinition s, String title) {
        SurveyDefinition after = surveys.addSection(s.id(), new SectionEdit(0, title, null));
        return after.sections().getLast().id();
    }

    private SurveyDefinition question(long sectionId, QuestionType type, String text, boolean required, boolean pnts,
            @Nullable Long showIf, List<String> showIfOptions, List<String> options) {
        return surveys.addQuestion(sectionId, new QuestionEdit(0, type, text, null, null, required, pnts, showIf, showIfOptions,
                options.stream().map(o -> new OptionEdit(null, o)).toList(), null, null));
    }

    // ------------------------------------------------------------------------------ the answers

    /**
     * A wave with generated responses. The wave is open while they are submitted (the service only
     * takes answers for an open wave); a wave of a closed period then gets that period's dates.
     */
    private int wave(SurveyDefinition s, @Nullable PeriodView period, String name, Random random, double positive,
            boolean current) {
        if (period == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        WaveView w = surveys.createWave(s.id(), new WaveEdit(0, name, period.id(), today.minusDays(20), today.plusDays(25)));
        SurveyDefinition def = surveys.definition(s.id());
        // One transaction for the wave's responses: each submit still goes through the service (its
        // checks, counts and event), without paying a commit per response.
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < RESPONSES_PER_WAVE; i++) {
                surveys.submit(new Submission(w.id(), new UUID(SEED, (long) w.id() * 100_000 + i),
                        answers(def, random, positive)));
            }
        });
        if (!current) {
            WaveView latest = surveys.wave(w.id());
            surveys.updateWave(w.id(), new WaveEdit(latest.version(), name, period.id(), period.startDate(),
                    period.endDate().isBefore(today) ? period.endDate() : today.minusDays(1)));
        }
        return RESPONSES_PER_WAVE;
    }

    static final List<String> TEXTS = List.of("Answer emails within a week.", "More help while we wait for an assessment.",
            "Tell us who our case worker is.", "Clubs in the holidays.", "Less waiting.", "Keep the parent coffee mornings.",
            "Quieter places at school.", "Easier words in letters.");

    private Map<Long, Answer> answers(SurveyDefinition def, Random random, double positive) {
        Map<Long, Answer> out = new LinkedHashMap<>();
        for (QuestionView q : def.questions()) {
            if (!def.isShown(q, out)) {
                continue;
            }
            if (!q.required() && random.nextDouble() < 0.15) {
                continue; // some people skip optional questions
            }
            if (q.preferNotToSay() && random.nextDouble() < 0.03) {
                out.put(q.id(), Answer.preferNotToSay());
                continue;
            }
            Answer a = switch (q.type()) {
                case AGREE_5, SMILEY_5 -> Answer.choice(q.type().fixedCodes().get(scale5(random, positive)));
                case SMILEY_3 -> Answer.choice(q.type().fixedCodes().get(random.nextDouble() < positive ? 0
                        : random.nextDouble() < 0.6 ? 1 : 2));
                case YES_NO_NOT_SURE -> Answer.choice(random.nextDouble() < positive ? "yes" : random.nextDouble() < 0.6 ? "no"
                        : "not_sure");
                case SINGLE_CHOICE -> Answer.choice(q.options().get(random.nextInt(q.options().size())).code());
                case MULTIPLE_CHOICE -> {
                    List<String> chosen = new ArrayList<>();
                    for (var o : q.options()) {
                        if (random.nextDouble() < 0.35) {
                            chosen.add(o.code());
                        }
                    }
                    yield chosen.isEmpty() ? null : Answer.choices(chosen);
                }
                case RATING_0_10 -> Answer.choice(String.valueOf(Math.max(0, Math.min(10,
                        (int) Math.round(positive * 10 - 1 + random.nextGaussian() * 2.2)))));
                case NUMBER -> Answer.number(BigDecimal.valueOf(random.nextInt(20)));
                case SHORT_TEXT, LONG_TEXT -> random.nextDouble() < 0.2 ? Answer.text(TEXTS.get(random.nextInt(TEXTS.size())))
                        : null;
            };
            if (a != null) {
                out.put(q.id(), a);
            }
        }
        return out;
    }

    /** 0 = the best answer (strongly agree, very happy) to 4; "positive" is the chance of one of the best two. */
    private static int scale5(Random random, double positive) {
        double r = random.nextDouble();
        if (r < positive) {
            return r < positive * 0.4 ? 0 : 1;
        }
        double rest = random.nextDouble();
        return rest < 0.45 ? 2 : rest < 0.8 ? 3 : 4;
    }
}
