package app.tandem.survey;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Responses, answers and counts through plain SQL: answers are written with one multi-row insert
 * and counts moved with one {@code MERGE}, never by loading rows as entities. Every
 * statement names the area explicitly (these tables are not read through Hibernate's tenancy).
 */
@Component
class ResponseStore {

    static final String DRAFT = "DRAFT";
    static final String SUBMITTED = "SUBMITTED";
    /** The option code of a question's own count row (respondents and the total for the mean). */
    static final String QUESTION_ROW = "";

    private final JdbcTemplate jdbc;

    ResponseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One answer row to write. */
    record AnswerRow(long questionId, String optionCode, boolean counted, @Nullable BigDecimal number,
            @Nullable String text, @Nullable ModerationState moderation) {}

    /** A change to one count row. */
    record TallyDelta(long questionId, String optionCode, long n, BigDecimal total) {}

    /** A count row as stored. */
    record TallyRow(long questionId, String optionCode, long n, BigDecimal total) {}

    record Draft(UUID key, String answers, @Nullable Long questionId) {}

    record TextRow(long id, long questionId, String text, ModerationState state) {}

    // ------------------------------------------------------------------------------ responses

    /**
     * Runs an insert that may break a unique key behind a JDBC savepoint of the current transaction,
     * so that on PostgreSQL the transaction stays usable after the refusal (the app's transaction
     * manager does not offer nested transactions).
     */
    <T> T behindSavepoint(Supplier<T> work) {
        return Objects.requireNonNull(jdbc.execute((ConnectionCallback<T>) con -> {
            Savepoint savepoint = con.setSavepoint();
            try {
                T result = work.get();
                con.releaseSavepoint(savepoint);
                return result;
            } catch (RuntimeException e) {
                con.rollback(savepoint);
                throw e;
            }
        }));
    }

    long insertResponse(long areaId, long waveId, UUID key, @Nullable Long accountId, String status,
            @Nullable LocalDate submittedOn, @Nullable Long periodId, @Nullable String draft, @Nullable Long draftQuestionId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into survey_response (area_id, version, wave_id, submission_key, account_id, status,
                    submitted_on, period_id, draft, draft_question_id) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    new String[] {"id"});
            ps.setLong(1, areaId);
            ps.setLong(2, waveId);
            ps.setString(3, key.toString());
            setLong(ps, 4, accountId);
            ps.setString(5, status);
            if (submittedOn == null) {
                ps.setNull(6, Types.DATE);
            } else {
                ps.setDate(6, Date.valueOf(submittedOn));
            }
            setLong(ps, 7, periodId);
            ps.setString(8, draft);
            setLong(ps, 9, draftQuestionId);
            return ps;
        }, keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    /** Turns this person's draft with this key into a submitted response; 0 when there is no such draft. */
    int submitDraft(long areaId, long waveId, UUID key, long accountId, LocalDate on, @Nullable Long periodId) {
        return jdbc.update("""
                update survey_response set status = 'SUBMITTED', submitted_on = ?, period_id = ?, draft = null,
                draft_question_id = null where area_id = ? and wave_id = ? and submission_key = ? and account_id = ?
                and status = 'DRAFT'""", Date.valueOf(on), periodId, areaId, waveId, key.toString(), accountId);
    }

    Optional<Long> responseId(long areaId, long waveId, UUID key) {
        return jdbc.queryForList("select id from survey_response where area_id = ? and wave_id = ? and submission_key = ?",
                Long.class, areaId, waveId, key.toString()).stream().findFirst();
    }

    int updateDraft(long areaId, long waveId, UUID key, long accountId, String draft, @Nullable Long questionId) {
        return jdbc.update("""
                update survey_response set draft = ?, draft_question_id = ? where area_id = ? and wave_id = ?
                and submission_key = ? and account_id = ? and status = 'DRAFT'""",
                draft, questionId, areaId, waveId, key.toString(), accountId);
    }

    Optional<Draft> draftOf(long areaId, long waveId, long accountId) {
        return jdbc.query("""
                select submission_key, draft, draft_question_id from survey_response where area_id = ? and wave_id = ?
                and account_id = ? and status = 'DRAFT' order by id desc""",
                (rs, i) -> new Draft(UUID.fromString(rs.getString(1)), Objects.requireNonNullElse(rs.getString(2), ""),
                        rs.getObject(3) == null ? null : rs.getLong(3)),
                areaId, waveId, accountId).stream().findFirst();
    }

    /** Waves (of those given) this person has a submitted response in, and those with a draft. */
    record Taken(Set<Long> submitted, Set<Long> drafts) {}

    Taken takenBy(long areaId, long accountId, Collection<Long> waveIds) {
        Set<Long> submitted = new HashSet<>();
        Set<Long> drafts = new HashSet<>();
        if (waveIds.isEmpty()) {
            return new Taken(submitted, drafts);
        }
        String in = String.join(",", waveIds.stream().map(id -> "?").toList());
        List<Object> args = new ArrayList<>(List.of(areaId, accountId));
        args.addAll(waveIds);
        jdbc.query("select wave_id, status from survey_response where area_id = ? and account_id = ? and wave_id in (" + in + ")",
                rs -> {
                    (SUBMITTED.equals(rs.getString(2)) ? submitted : drafts).add(rs.getLong(1));
                }, args.toArray());
        return new Taken(submitted, drafts);
    }

    int countResponses(long areaId, long waveId) {
        Integer n = jdbc.queryForObject("select count(*) from survey_response where area_id = ? and wave_id = ? and status = 'SUBMITTED'",
                Integer.class, areaId, waveId);
        return n == null ? 0 : n;
    }

    void addResponse(long areaId, long waveId) {
        jdbc.update("update survey_wave set responses = responses + 1 where area_id = ? and id = ?", areaId, waveId);
    }

    // ------------------------------------------------------------------------------ answers and counts

    /** Rows per multi-row statement: far below PostgreSQL's 65,535 parameters, and one statement for any survey. */
    static final int ROWS_PER_STATEMENT = 500;

    /**
     * Writes a response's answers with one multi-row insert: a JDBC batch would cost PostgreSQL one
     * execution per row (pg_stat_statements counts each), this costs one per response.
     */
    void insertAnswers(long areaId, long waveId, long responseId, List<AnswerRow> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<AnswerRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String values = String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            jdbc.update("insert into survey_answer (area_id, response_id, wave_id, question_id, option_code, counted, "
                    + "number_value, text_value, moderation) values " + values, ps -> {
                        int i = 1;
                        for (AnswerRow r : chunk) {
                            ps.setLong(i++, areaId);
                            ps.setLong(i++, responseId);
                            ps.setLong(i++, waveId);
                            ps.setLong(i++, r.questionId());
                            ps.setString(i++, r.optionCode());
                            ps.setInt(i++, r.counted() ? 1 : 0);
                            ps.setBigDecimal(i++, r.number());
                            ps.setString(i++, r.text());
                            ps.setString(i++, r.moderation() == null ? null : r.moderation().name());
                        }
                    });
        }
    }

    /**
     * Moves the counts with one {@code MERGE} (both H2 and PostgreSQL 15+ run it): every row of the
     * submission at once, {@code n = n + dn}; a row that is missing (they are made when a wave or
     * question is made, {@link #ensureTally}) is inserted by the same statement. Deltas for the same
     * row are summed first, as MERGE may touch a row only once.
     *
     * <p>Lock order: the rows are locked in whatever order the database's plan visits them, which
     * is not the order given. Callers that run concurrently on one wave therefore lock the wave's
     * row first ({@link #addResponse}, {@link #recount}); that row is the one lock every writer of
     * the wave's counts takes, so they queue there and cannot deadlock on the count rows.
     */
    void addToTally(long areaId, long waveId, List<TallyDelta> deltas) {
        SortedMap<String, TallyDelta> byRow = new TreeMap<>();
        for (TallyDelta d : deltas) {
            byRow.merge(d.questionId() + "/" + d.optionCode(), d, (a, b) -> new TallyDelta(a.questionId(), a.optionCode(),
                    a.n() + b.n(), a.total().add(b.total())));
        }
        List<TallyDelta> rows = List.copyOf(byRow.values());
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<TallyDelta> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String values = String.join(", ", Collections.nCopies(chunk.size(),
                    "(cast(? as bigint), cast(? as varchar(50)), cast(? as bigint), cast(? as numeric(18, 2)))"));
            jdbc.update("merge into survey_tally t using (values " + values + """
                    ) v (question_id, option_code, dn, dt)
                    on t.area_id = ? and t.wave_id = ? and t.question_id = v.question_id and t.option_code = v.option_code
                    when matched then update set n = t.n + v.dn, total = t.total + v.dt
                    when not matched then insert (area_id, wave_id, question_id, option_code, n, total)
                    values (?, ?, v.question_id, v.option_code, v.dn, v.dt)""", ps -> {
                        int i = 1;
                        for (TallyDelta d : chunk) {
                            ps.setLong(i++, d.questionId());
                            ps.setString(i++, d.optionCode());
                            ps.setLong(i++, d.n());
                            ps.setBigDecimal(i++, d.total());
                        }
                        ps.setLong(i++, areaId);
                        ps.setLong(i++, waveId);
                        ps.setLong(i++, areaId);
                        ps.setLong(i, waveId);
                    });
        }
    }

    private void insertTally(long areaId, long waveId, List<TallyDelta> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into survey_tally (area_id, wave_id, question_id, option_code, n, total) values (?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, d) -> {
                    ps.setLong(1, areaId);
                    ps.setLong(2, waveId);
                    ps.setLong(3, d.questionId());
                    ps.setString(4, d.optionCode());
                    ps.setLong(5, d.n());
                    ps.setBigDecimal(6, d.total());
                });
    }

    /** Makes the zero count rows these (wave, question, option) keys need and do not have yet. */
    void ensureTally(long areaId, Collection<Long> waveIds, List<TallyDelta> wanted) {
        for (long waveId : waveIds) {
            Set<String> have = new HashSet<>(jdbc.query(
                    "select question_id, option_code from survey_tally where area_id = ? and wave_id = ?",
                    (rs, i) -> rs.getLong(1) + "/" + rs.getString(2), areaId, waveId));
            insertTally(areaId, waveId, wanted.stream().filter(d -> !have.contains(d.questionId() + "/" + d.optionCode()))
                    .toList());
        }
    }

    /** A wave's survey and its revision, with one question's count rows: one statement for a measure's read. */
    record WaveTally(long surveyId, long revision, List<TallyRow> rows) {}

    Optional<WaveTally> waveTally(long areaId, long waveId, long questionId) {
        List<TallyRow> rows = new ArrayList<>();
        long[] survey = {-1, -1};
        jdbc.query("""
                select s.id, s.revision, t.option_code, t.n, t.total from survey_wave w join survey s on s.id = w.survey_id
                left join survey_tally t on t.wave_id = w.id and t.question_id = ? and t.area_id = w.area_id
                where w.id = ? and w.area_id = ? and s.area_id = w.area_id""", rs -> {
            survey[0] = rs.getLong(1);
            survey[1] = rs.getLong(2);
            String code = rs.getString(3);
            if (code != null) {
                rows.add(new TallyRow(questionId, code, rs.getLong(4), rs.getBigDecimal(5)));
            }
        }, questionId, waveId, areaId);
        return survey[0] < 0 ? Optional.empty() : Optional.of(new WaveTally(survey[0], survey[1], rows));
    }

    List<TallyRow> tally(long areaId, long waveId, @Nullable Long questionId) {
        String sql = "select question_id, option_code, n, total from survey_tally where area_id = ? and wave_id = ?";
        Object[] args = questionId == null ? new Object[] {areaId, waveId} : new Object[] {areaId, waveId, questionId};
        return jdbc.query(questionId == null ? sql : sql + " and question_id = ?",
                (rs, i) -> new TallyRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)), args);
    }

    /**
     * Counts the wave's answers again with one aggregate (the covering index makes it an index-only
     * scan on PostgreSQL) and writes them over the kept counts. The wave row is locked first, as
     * submitting does, so no response slips between counting and writing.
     */
    List<TallyRow> recount(long areaId, long waveId) {
        jdbc.update("""
                update survey_wave set responses = (select count(*) from survey_response r where r.wave_id = survey_wave.id
                and r.status = 'SUBMITTED') where area_id = ? and id = ?""", areaId, waveId);
        List<TallyRow> rows = new ArrayList<>();
        jdbc.query("""
                select question_id, option_code, count(*), sum(counted), sum(number_value) from survey_answer
                where wave_id = ? and area_id = ? group by question_id, option_code""", rs -> {
            long questionId = rs.getLong(1);
            String code = rs.getString(2);
            BigDecimal sum = rs.getBigDecimal(5);
            if (!QUESTION_ROW.equals(code)) {
                rows.add(new TallyRow(questionId, code, rs.getLong(3), BigDecimal.ZERO));
            }
            rows.add(new TallyRow(questionId, QUESTION_ROW, rs.getLong(4), sum == null ? BigDecimal.ZERO : sum));
        }, waveId, areaId);
        // Fold the per-code question rows into one per question.
        java.util.Map<Long, TallyRow> questionRows = new java.util.LinkedHashMap<>();
        List<TallyRow> result = new ArrayList<>();
        for (TallyRow r : rows) {
            if (QUESTION_ROW.equals(r.optionCode())) {
                questionRows.merge(r.questionId(), r, (a, b) -> new TallyRow(a.questionId(), QUESTION_ROW, a.n() + b.n(),
                        a.total().add(b.total())));
            } else {
                result.add(r);
            }
        }
        result.addAll(questionRows.values());
        jdbc.update("update survey_tally set n = 0, total = 0 where area_id = ? and wave_id = ?", areaId, waveId);
        addToTally(areaId, waveId, result.stream().map(r -> new TallyDelta(r.questionId(), r.optionCode(), r.n(), r.total()))
                .toList());
        return result;
    }

    /** Whether any submitted answer uses this question (and option code, when given). */
    boolean answered(long areaId, long questionId, @Nullable String optionCode) {
        List<Long> found = optionCode == null
                ? jdbc.queryForList("select id from survey_answer where area_id = ? and question_id = ? fetch first 1 rows only",
                        Long.class, areaId, questionId)
                : jdbc.queryForList("""
                        select id from survey_answer where area_id = ? and question_id = ? and option_code = ?
                        fetch first 1 rows only""", Long.class, areaId, questionId, optionCode);
        return !found.isEmpty();
    }

    void deleteTallyOf(long areaId, long questionId) {
        jdbc.update("delete from survey_tally where area_id = ? and question_id = ?", areaId, questionId);
    }

    void deleteTallyOption(long areaId, long questionId, String optionCode) {
        jdbc.update("delete from survey_tally where area_id = ? and question_id = ? and option_code = ?", areaId, questionId,
                optionCode);
    }

    // ------------------------------------------------------------------------------ text answers

    List<TextRow> texts(long areaId, long waveId, long questionId, boolean includeHeld) {
        return jdbc.query("""
                select id, question_id, text_value, moderation from survey_answer where area_id = ? and wave_id = ?
                and question_id = ? and text_value is not null""" + (includeHeld ? " and moderation <> 'REMOVED'"
                        : " and moderation = 'VISIBLE'") + " order by id",
                (rs, i) -> new TextRow(rs.getLong(1), rs.getLong(2), rs.getString(3), ModerationState.valueOf(rs.getString(4))),
                areaId, waveId, questionId);
    }

    int moderate(long areaId, long answerId, ModerationState state) {
        return jdbc.update("update survey_answer set moderation = ? where area_id = ? and id = ? and text_value is not null",
                state.name(), areaId, answerId);
    }

    private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    // ------------------------------------------------------------------ a person's rights (PR-3)

    /** A person's own answers, given while signed in: one row per answer, oldest response first. */
    record OwnAnswer(String survey, String wave, String status, @Nullable LocalDate submittedOn,
            @Nullable String question, String option,
            @Nullable BigDecimal number, @Nullable String text) {}

    List<OwnAnswer> answersOf(long areaId, long accountId) {
        return jdbc.query("""
                select s.title, w.name, r.status, r.submitted_on, q.text, a.option_code, a.number_value, a.text_value
                from survey_response r
                join survey_wave w on w.id = r.wave_id and w.area_id = r.area_id
                join survey s on s.id = w.survey_id and s.area_id = w.area_id
                left join survey_answer a on a.response_id = r.id and a.area_id = r.area_id
                left join survey_question q on q.id = a.question_id and q.area_id = a.area_id
                where r.area_id = ? and r.account_id = ?
                order by r.id, a.id""",
                (rs, i) -> new OwnAnswer(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5),
                        rs.getString(6) == null ? "" : rs.getString(6), rs.getBigDecimal(7), rs.getString(8)),
                areaId, accountId);
    }

    /**
     * Erasure: drafts go; sent responses stay (the counts and measures rest on them) but no longer
     * name the account, and their written answers that nobody else was shown go too.
     */
    int eraseAccount(long areaId, long accountId) {
        int changed = jdbc.update("""
                update survey_answer set text_value = null
                where area_id = ? and text_value is not null and (moderation is null or moderation <> 'VISIBLE')
                and response_id in (select id from survey_response where area_id = ? and account_id = ?)""",
                areaId, areaId, accountId);
        changed += jdbc.update("delete from survey_response where area_id = ? and account_id = ? and status = 'DRAFT'",
                areaId, accountId);
        changed += jdbc.update("update survey_response set account_id = null where area_id = ? and account_id = ?",
                areaId, accountId);
        return changed;
    }

    /** Retention: written answers in responses sent before {@code before} are removed; the choices stay. */
    int removeTextAnsweredBefore(long areaId, java.time.LocalDate before) {
        return jdbc.update("""
                update survey_answer set text_value = null
                where area_id = ? and text_value is not null
                and response_id in (select id from survey_response where area_id = ? and submitted_on < ?)""",
                areaId, areaId, java.sql.Date.valueOf(before));
    }
}
