package app.tandem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.TandemSpringTest;
import app.tandem.access.TandemUser;
import app.tandem.plan.PlanService;
import app.tandem.survey.Audience;
import app.tandem.survey.SurveyFixtures;
import app.tandem.survey.SurveyFixtures.Built;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.QuestionTally;
import app.tandem.survey.SurveyViews.WaveResults;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A wave with 1,000,000 answers (125,000 responses of 8 answer rows): how long reading a question's
 * counts takes (what a survey-fed measure reads; target under 5 ms on PostgreSQL) and how long a
 * full recount from the answers takes (target under 100 ms on PostgreSQL). Rows are made by SQL in
 * bulk, then counted once so the kept counts are right. Not part of the normal suite:
 * {@code ./mvnw test -Dgroups=bench -Dtest='SurveyTallyBench,SurveyTallyPostgresBench'}.
 */
@Tag("bench")
class SurveyTallyBench extends TandemSpringTest {

    static final int RESPONSES = 125_000;

    @Autowired SurveyService surveys;
    @Autowired PlanService plans;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_wave_of_a_million_answers() {
        TandemUser officer = (TandemUser) login(NORTHMERE_OFFICER);
        long planId = plans.listPlans().getFirst().id();
        Built b = SurveyFixtures.standard(surveys, planId, Audience.PARENTS_CARERS, "Bench survey " + System.nanoTime());
        long wave = b.wave().id();
        long area = officer.areaId();
        boolean postgres = isPostgres();
        String series = postgres ? "generate_series(1, " + RESPONSES + ") as g(x)"
                : "(select \"X\" as x from system_range(1, " + RESPONSES + ")) as g";

        long started = System.nanoTime();
        jdbc.update("insert into survey_response (area_id, version, wave_id, submission_key, status, submitted_on)"
                + " select " + area + ", 0, " + wave + ", 'bench-' || cast(g.x as varchar(20)), 'SUBMITTED', current_date from "
                + series);
        long first = jdbc.queryForObject("select min(id) from survey_response where wave_id = ?", Long.class, wave);
        String[] agree = {"strongly_agree", "agree", "neither", "disagree", "strongly_disagree"};
        int[] score = {5, 4, 3, 2, 1};
        // Q1 agree scale, with its score; Q2 yes/no; Q3 (only when yes); Q4 two choices; Q5 rating; Q6 number; Q7 text
        insert(series, first, wave, area, b.q(1).id(), "case mod(g.x, 5) " + cases(agree) + " end", "1",
                "case mod(g.x, 5) " + cases(score) + " end", null);
        insert(series, first, wave, area, b.q(2).id(), "case when mod(g.x, 3) = 0 then 'no' else 'yes' end", "1", "null", null);
        insert(series, first, wave, area, b.q(4).id(), "'school'", "1", "null", null);
        insert(series, first, wave, area, b.q(4).id(), "'forum'", "0", "null", null);
        insert(series, first, wave, area, b.q(5).id(), "cast(mod(g.x, 11) as varchar(2))", "1", "mod(g.x, 11)", null);
        insert(series, first, wave, area, b.q(6).id(), "''", "1", "mod(g.x, 20)", null);
        insert(series, first, wave, area, b.q(7).id(), "''", "1", "null", "'Bench text answer'");
        insert(series, first, wave, area, b.q(3).id(), "'within_20_weeks'", "1", "null", null);
        if (postgres) {
            jdbc.execute("vacuum analyze survey_answer");
            jdbc.execute("vacuum analyze survey_tally");
        }
        long answers = jdbc.queryForObject("select count(*) from survey_answer where wave_id = ?", Long.class, wave);
        System.out.printf(Locale.UK, "[bench] %s: %,d answers made in %,d ms%n", db(postgres), answers,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(answers).isEqualTo(8L * RESPONSES);

        // full recounts (the first warms caches)
        long best = Long.MAX_VALUE;
        WaveResults results = null;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            results = surveys.recount(wave);
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf(Locale.UK, "[bench] %s: full recount of %,d answers: best of 5 %.1f ms%n", db(postgres), answers,
                best / 1e6);
        if (postgres) {
            jdbc.queryForList("explain (analyze, buffers) select question_id, option_code, count(*), sum(counted),"
                    + " sum(number_value) from survey_answer where wave_id = " + wave + " and area_id = " + area
                    + " group by question_id, option_code", String.class).forEach(l -> System.out.println("[bench plan] " + l));
        }
        QuestionTally q1 = results.tally(b.q(1).id());
        assertThat(q1.respondents()).isEqualTo(RESPONSES);
        assertThat(q1.optionCounts().get("agree")).isEqualTo(RESPONSES / 5);

        // reading one question's kept counts (what a survey-fed measure reads)
        for (int i = 0; i < 200; i++) {
            surveys.tally(wave, b.q(1).id());
        }
        int runs = 2000;
        long t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            surveys.tally(wave, b.q(1).id());
        }
        System.out.printf(Locale.UK, "[bench] %s: reading a question's counts (service call, security and tenancy included): "
                + "%.3f ms on average over %,d reads%n", db(postgres), (System.nanoTime() - t) / 1e6 / runs, runs);

        // leave the shared database as it was
        jdbc.update("delete from survey_answer where wave_id = ?", wave);
        jdbc.update("delete from survey_response where wave_id = ?", wave);
    }

    boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) con ->
                con.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")));
    }

    private static String db(boolean postgres) {
        return postgres ? "PostgreSQL" : "H2";
    }

    private void insert(String series, long firstResponse, long wave, long area, long question, String code, String counted,
            String number, String text) {
        jdbc.update("insert into survey_answer (area_id, response_id, wave_id, question_id, option_code, counted, number_value,"
                + " text_value, moderation) select " + area + ", " + firstResponse + " + g.x - 1, " + wave + ", " + question
                + ", " + code + ", " + counted + ", " + number + ", " + (text == null ? "null" : text) + ", "
                + (text == null ? "null" : "'VISIBLE'") + " from " + series);
    }

    private static String cases(Object[] values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            s.append(" when ").append(i).append(" then ").append(v instanceof String ? "'" + v + "'" : v);
        }
        return s.toString();
    }

    private static String cases(int[] values) {
        Object[] boxed = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return cases(boxed);
    }
}
