package app.tandem.plan.ui;

import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.RiskRegister;
import app.tandem.plan.PlanViews.RiskView;
import app.tandem.plan.RiskScore;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every risk of a plan, with two 5x5 heat maps (before and after mitigation). The heat maps are
 * real tables with headers, so a screen reader reads each cell's consequence, likelihood and count.
 */
@Route("plans/:planId(\\d+)/risks")
@RolesAllowed({"ADMIN", "OFFICER", "VIEWER"})
class RiskRegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private String title = "";

    RiskRegisterView(PlanService plans) {
        this.plans = plans;
        addClassName("risk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElseThrow();
        RiskRegister register = plans.riskRegister(planId);
        title = getTranslation("riskRegister.title");
        removeAll();
        add(new Breadcrumb().link(register.planTitle(), "plans/" + planId).current(title), new H1(title));
        add(new Paragraph(getTranslation("riskRegister.intro", register.risks().size())));
        FlexLayout maps = new FlexLayout(
                heatMap(getTranslation("riskRegister.before"), register.before(), register.unscoredBefore()),
                heatMap(getTranslation("riskRegister.after"), register.after(), register.unscoredAfter()));
        maps.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        maps.addClassName("heat-maps");
        add(maps, new H2(getTranslation("riskRegister.all")), grid(register));
    }

    private Component heatMap(String caption, int[][] counts, long unscored) {
        NativeTable table = new NativeTable();
        table.addClassName("heat-map");
        NativeTableCaption tableCaption = new NativeTableCaption();
        tableCaption.setText(caption);
        table.add(tableCaption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        NativeTableHeaderCell corner = new NativeTableHeaderCell(getTranslation("riskRegister.axes"));
        headRow.add(corner);
        for (int l = 1; l <= 5; l++) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation("riskRegister.likelihood", l));
            th.getElement().setAttribute("scope", "col");
            headRow.add(th);
        }
        head.add(headRow);
        table.add(head);
        NativeTableBody body = new NativeTableBody();
        for (int c = 5; c >= 1; c--) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation("riskRegister.consequence", c));
            th.getElement().setAttribute("scope", "row");
            row.add(th);
            for (int l = 1; l <= 5; l++) {
                int n = counts[c - 1][l - 1];
                NativeTableCell cell = new NativeTableCell(n == 0 ? "" : String.valueOf(n));
                cell.addClassName("band-" + new RiskScore(c, l).band().name().toLowerCase(java.util.Locale.ROOT));
                if (n == 0) {
                    cell.getElement().setAttribute("aria-label", getTranslation("riskRegister.none"));
                }
                row.add(cell);
            }
            body.add(row);
        }
        table.add(body);
        Div wrapper = new Div(table, new Paragraph(getTranslation("riskRegister.unscored", unscored)));
        wrapper.addClassName("heat-map-wrapper");
        return wrapper;
    }

    private Component grid(RiskRegister register) {
        Grid<RiskView> grid = new Grid<>();
        grid.addComponentColumn(r -> new Anchor("actions/" + r.actionId(), (r.actionRef() == null ? "" : r.actionRef())))
                .setHeader(getTranslation("action.ref")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RiskView::description).setHeader(getTranslation("risks.riskThatHeader")).setFlexGrow(3);
        grid.addColumn(r -> score(r.score())).setHeader(getTranslation("risks.before")).setAutoWidth(true)
                .setComparator(r -> r.score().isScored() ? r.score().value() : -1);
        grid.addColumn(r -> r.mitigation() == null ? "" : r.mitigation()).setHeader(getTranslation("risks.mitigation"))
                .setFlexGrow(3);
        grid.addColumn(r -> score(r.revisedScore())).setHeader(getTranslation("risks.after")).setAutoWidth(true)
                .setComparator(r -> r.revisedScore().isScored() ? r.revisedScore().value() : -1);
        grid.addColumn(r -> r.ownerName() == null ? "" : r.ownerName()).setHeader(getTranslation("risks.owner"))
                .setAutoWidth(true);
        grid.setItems(register.risks());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("riskRegister.all"));
        return grid;
    }

    private String score(RiskScore s) {
        return s.isScored() ? getTranslation("risks.scoreShort", s.value(), getTranslation("risks.band." + s.band()))
                : getTranslation("risks.notScored");
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
