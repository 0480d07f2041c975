package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.base.EditConflictException;
import app.tandem.base.InvalidInputException;
import app.tandem.measure.MeasureRules.Better;
import app.tandem.measure.MeasureRules.Direction;
import app.tandem.measure.MeasureRules.Judgement;
import app.tandem.measure.MeasureRules.Source;
import app.tandem.measure.MeasureRules.Status;
import app.tandem.measure.MeasureRules.Unit;
import app.tandem.measure.MeasureViews.MeasureEdit;
import app.tandem.measure.MeasureViews.MeasureRow;
import app.tandem.measure.MeasureViews.MeasureTable;
import app.tandem.measure.MeasureViews.PeriodValue;
import app.tandem.measure.MeasureViews.SeriesLine;
import app.tandem.measure.MeasureViews.ValueEntry;
import app.tandem.plan.PlanService;
import app.tandem.report.ReportService;
import app.tandem.report.ReportViews.PeriodEdit;
import app.tandem.report.ReportViews.PeriodView;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class MeasureServiceTest extends TandemSpringTest {

    @Autowired
    MeasureService measures;

    @Autowired
    PlanService plans;

    @Autowired
    ReportService reports;

    @Autowired
    PlatformTransactionManager transactionManager;

    long planId() {
        return plans.listPlans().getFirst().id();
    }

    MeasureRow row(MeasureTable t, String ref) {
        return t.rows().stream().filter(r -> r.ref().equals(ref)).findFirst().orElseThrow();
    }

    SeriesLine overall(MeasureRow r) {
        return r.lines().stream().filter(l -> l.series().isEmpty()).findFirst().orElseThrow();
    }

    /** Runs in a transaction rolled back afterwards, so the shared demo data stays as it was. */
    void rolledBack(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            s.setRollbackOnly();
            work.run();
        });
    }

    static MeasureEdit edit(String ref, Unit unit, Better better, double target) {
        return new MeasureEdit(0, ref, "Test measure " + ref, unit, better, BigDecimal.TEN, LocalDate.of(2025, 3, 1), null,
                BigDecimal.valueOf(target), LocalDate.of(2027, 3, 31), null, Source.OFFICER, List.of(), List.of(), List.of());
    }

    @Test
    void the_demo_table_shows_the_open_period_against_the_last_closed_one() {
        login(NORTHMERE_VIEWER);
        MeasureTable t = measures.table(planId(), null);

        assertThat(t.period().name()).isEqualTo("Nov 2026 update");
        assertThat(t.previous().name()).isEqualTo("Aug 2026 update");
        assertThat(t.rows()).as("16 officer-entered and 3 survey-fed demo measures").hasSize(19);
        assertThat(t.canEnter()).isFalse();
        SeriesLine ehcp1 = overall(row(t, "EHCP 1"));
        assertThat(ehcp1.now().value()).isEqualByComparingTo("64");
        assertThat(ehcp1.now().yearToDate()).isEqualByComparingTo("56");
        assertThat(ehcp1.direction()).isEqualTo(Direction.UP);
        assertThat(ehcp1.judgement()).isEqualTo(Judgement.BETTER);
        assertThat(ehcp1.status()).isEqualTo(Status.OFF_TARGET);
        SeriesLine waits = overall(row(t, "ASC 1"));
        assertThat(waits.direction()).isEqualTo(Direction.DOWN);
        assertThat(waits.judgement()).isEqualTo(Judgement.BETTER);
        assertThat(row(t, "EHCP 1").priorityNames()).hasSize(1);
        MeasureRow advice = row(t, "EHCP 3");
        assertThat(advice.lines()).extracting(SeriesLine::series).containsExactly("", "Education", "Health", "Social care");
    }

    @Test
    void an_officer_enters_a_value_and_sees_trend_and_status() {
        login(NORTHMERE_ADMIN);
        MeasureTable demo = measures.table(planId(), null);
        long ehcp1 = row(demo, "EHCP 1").id();
        long closed = demo.previous().id();
        assertThatThrownBy(() -> measures.enterValue(new ValueEntry(ehcp1, closed, "", 0, BigDecimal.valueOf(50), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("value", "measure.value.periodClosed"));
        login(NORTHMERE_OFFICER);
        rolledBack(() -> {
            long planId = planId();
            MeasureRow m = measures.addMeasure(planId, edit("TEST 1", Unit.WEEKS, Better.LOWER, 40));
            MeasureTable t = measures.table(planId, null);
            long open = t.period().id();
            PeriodValue v = measures.enterValue(new ValueEntry(m.id(), open, "", 0, BigDecimal.valueOf(41.5),
                    BigDecimal.valueOf(44), "From the monthly return"));

            assertThat(v.enteredBy()).isNotBlank();
            assertThat(v.source()).isEqualTo(Source.OFFICER);
            SeriesLine line = overall(row(measures.table(planId, null), "TEST 1"));
            assertThat(line.now().value()).isEqualByComparingTo("41.5");
            assertThat(line.status()).isEqualTo(Status.CLOSE);
            assertThat(line.direction()).isEqualTo(Direction.NONE);
        });
    }

    @Test
    void values_that_do_not_fit_the_unit_are_refused_with_a_reason() {
        login(NORTHMERE_OFFICER);
        rolledBack(() -> {
            long planId = planId();
            MeasureRow m = measures.addMeasure(planId, edit("TEST 2", Unit.PERCENT, Better.HIGHER, 70));
            long open = measures.table(planId, null).period().id();

            assertThatThrownBy(() -> measures.enterValue(new ValueEntry(m.id(), open, "", 0, BigDecimal.valueOf(101), null, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldMessageKeys()).containsEntry("value", "measure.value.overHundred"));
            assertThatThrownBy(() -> measures.enterValue(new ValueEntry(m.id(), open, "", 0, BigDecimal.valueOf(-1), null, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldMessageKeys()).containsEntry("value", "measure.value.negative"));
            assertThatThrownBy(() -> measures.enterValue(new ValueEntry(m.id(), open, "Health", 0, BigDecimal.ONE, null, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldMessageKeys()).containsEntry("series", "measure.value.noSuchSeries"));
            assertThatThrownBy(() -> measures.enterValue(new ValueEntry(m.id(), open, "", 0, null, null, null)))
                    .isInstanceOf(ConstraintViolationException.class);
        });
    }

    @Test
    void a_stale_version_is_an_edit_conflict() {
        login(NORTHMERE_OFFICER);
        rolledBack(() -> {
            long planId = planId();
            MeasureRow m = measures.addMeasure(planId, edit("TEST 3", Unit.COUNT, Better.HIGHER, 100));
            long open = measures.table(planId, null).period().id();
            PeriodValue first = measures.enterValue(new ValueEntry(m.id(), open, "", 0, BigDecimal.valueOf(10), null, null));
            measures.enterValue(new ValueEntry(m.id(), open, "", first.version(), BigDecimal.valueOf(12), null, null));

            assertThatThrownBy(() -> measures.enterValue(new ValueEntry(m.id(), open, "", first.version(), BigDecimal.valueOf(11), null, null)))
                    .isInstanceOf(EditConflictException.class);
            assertThatThrownBy(() -> measures.enterValue(new ValueEntry(m.id(), open, "", 0, BigDecimal.valueOf(11), null, null)))
                    .isInstanceOf(EditConflictException.class);
        });
    }

    @Test
    void board_members_and_parents_cannot_enter_values_and_the_survey_hook_is_system_only() {
        login(NORTHMERE_VIEWER);
        MeasureTable t = measures.table(planId(), null);
        MeasureRow m = t.rows().getFirst();
        assertThatThrownBy(() -> measures.enterValue(new ValueEntry(m.id(), t.period().id(), "", 0, BigDecimal.ONE, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        login(NORTHMERE_ADMIN);
        assertThatThrownBy(() -> measures.recordSurveyValue(m.id(), t.period().id(), "", BigDecimal.ONE, 12))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void closing_a_period_freezes_the_measures_into_it() {
        login(NORTHMERE_ADMIN);
        rolledBack(() -> {
            long planId = planId();
            PeriodView p = reports.addPeriod(planId, new PeriodEdit(0, "Measures freeze check", LocalDate.of(2043, 1, 1),
                    LocalDate.of(2043, 3, 31), null));
            long ehcp1 = row(measures.table(planId, null), "EHCP 1").id();
            measures.enterValue(new ValueEntry(ehcp1, p.id(), "", 0, BigDecimal.valueOf(66), null, null));
            reports.closePeriod(p.id());

            String json = reports.frozenMeasures(p.id());
            assertThat(json).startsWith("[").contains("\"ref\":\"EHCP 1\"").contains("\"value\":66");
        });
    }
}
