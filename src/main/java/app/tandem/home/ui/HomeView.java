package app.tandem.home.ui;

import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.access.TandemUser;
import app.tandem.home.HomeService;
import app.tandem.home.HomeViews.AtAGlance;
import app.tandem.home.HomeViews.BoardReadiness;
import app.tandem.home.HomeViews.ForYou;
import app.tandem.home.HomeViews.MyWork;
import app.tandem.home.HomeViews.NewsItem;
import app.tandem.home.HomeViews.OpenSurvey;
import app.tandem.home.HomeViews.Tally;
import app.tandem.home.HomeViews.WhatsNew;
import app.tandem.home.HomeViews.WorkItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Home, at {@code /}: the first screen answers the signed-in person's first question. A parent or
 * forum member sees what's new since they last looked; a young person the things for them; an
 * officer the work they owe, most urgent first; the plan lead whether the board report is ready;
 * a viewer the plan at a glance.
 */
@Route("")
@Menu(title = "home.menu", order = 0)
@PermitAll
@StyleSheet("styles/home.css")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final HomeService home;
    private final LocalDate today;
    private String title = "";

    HomeView(HomeService home, CurrentUser currentUser, Clock clock) {
        this.home = home;
        this.today = LocalDate.now(clock.withZone(UK));
        addClassName("home");
        TandemUser me = currentUser.require();
        Role role = me.role().orElse(Role.VIEWER);
        switch (role) {
            case FORUM_MEMBER -> whatsNew();
            case YOUNG_PERSON -> forYou();
            case OFFICER -> myWork();
            case ADMIN -> boardReadiness();
            case VIEWER -> atAGlance();
        }
    }

    // --- Parent / forum member ----------------------------------------------------------------

    private void whatsNew() {
        removeAll();
        heading(getTranslation("home.new.title"));
        WhatsNew news = home.whatsNew();
        if (news.planId() == null) {
            noPlan();
            return;
        }
        add(new Paragraph(news.firstVisit() ? getTranslation("home.new.firstVisit")
                : getTranslation("home.new.since", DateWords.day(LocalDate.ofInstant(news.since(), UK), today))));
        if (!news.answersToMe().isEmpty()) {
            section(getTranslation("home.new.answers", news.answersToMe().size()), "home-answers",
                    news.answersToMe().stream().map(this::answerToMe).toList(), "notifications",
                    getTranslation("home.new.answers.all"));
        }
        if (!news.openSurveys().isEmpty()) {
            Div surveys = new Div();
            surveys.addClassName("home-surveys");
            surveys.add(new H2(getTranslation("home.new.surveys", news.openSurveys().size())));
            news.openSurveys().forEach(s -> surveys.add(surveyCard(s)));
            add(surveys);
        }
        if (news.isEmpty()) {
            Div empty = new Div();
            empty.addClassName("home-empty");
            empty.add(new Paragraph(getTranslation("home.new.empty")));
            empty.add(new Paragraph(getTranslation("home.new.emptyNext")));
            empty.add(link("plans/" + news.planId(), getTranslation("home.new.readPlan")));
            add(empty);
            return;
        }
        if (!news.statusChanges().isEmpty()) {
            section(getTranslation("home.new.changes", news.statusChanges().size()), "home-changes",
                    news.statusChanges().stream().map(this::statusChange).toList(), "plans/" + news.planId(),
                    getTranslation("home.seePlan"));
        }
        if (!news.updates().isEmpty()) {
            section(getTranslation("home.new.updates", news.updates().size()), "home-updates",
                    news.updates().stream().map(this::update).toList(), "plans/" + news.planId(),
                    getTranslation("home.seePlan"));
        }
        if (!news.youSaidWeDid().isEmpty()) {
            section(getTranslation("home.new.youSaid", news.youSaidWeDid().size()), "home-you-said",
                    news.youSaidWeDid().stream().map(this::youSaidWeDid).toList(),
                    "plans/" + news.planId() + "/you-said-we-did", getTranslation("home.youSaid.all"));
        }
        Button seen = new Button(getTranslation("home.new.markSeen"), e -> {
            home.markAllSeen();
            whatsNew();
        });
        seen.addClassName("home-mark-seen");
        add(new Paragraph(getTranslation("home.new.markSeen.hint")), seen);
    }

    private ListItem answerToMe(NewsItem n) {
        ListItem item = new ListItem();
        item.addClassName("home-answer");
        item.add(sentence(n, getTranslation("home.news.answered", DateWords.day(n.date(), today))));
        item.add(quote(getTranslation("home.news.youSaid"), n.said()));
        item.add(quote(getTranslation("home.outcome." + n.outcome()), n.text()));
        return item;
    }

    private ListItem statusChange(NewsItem n) {
        String day = DateWords.day(n.date(), today);
        String what = n.from() == null ? getTranslation("home.news.rated", word(n.to()), day)
                : getTranslation("home.news.moved", word(n.from()), word(n.to()), day);
        ListItem item = new ListItem();
        item.add(sentence(n, what));
        return item;
    }

    private ListItem update(NewsItem n) {
        ListItem item = new ListItem();
        item.add(sentence(n, getTranslation("home.news.update", DateWords.day(n.date(), today))));
        item.add(quote(getTranslation("home.news.theySaid"), n.text()));
        return item;
    }

    private ListItem youSaidWeDid(NewsItem n) {
        ListItem item = new ListItem();
        item.add(sentence(n, getTranslation("home.news.answeredOther", DateWords.day(n.date(), today))));
        item.add(quote(getTranslation("home.news.someoneSaid"), n.said()));
        item.add(quote(getTranslation("home.outcome." + n.outcome()), n.text()));
        return item;
    }

    private String word(@Nullable String status) {
        return status == null ? getTranslation("home.status.notRated") : status;
    }

    /** "Action 2.1b, Speech and language waiting times, moved from Amber to Green on 3 March." */
    private Paragraph sentence(NewsItem n, String rest) {
        Paragraph p = new Paragraph();
        p.addClassName("home-sentence");
        if (n.actionId() != null && n.actionTitle() != null) {
            p.add(link("actions/" + n.actionId(), actionLabel(n.actionRef(), n.actionTitle())));
            p.add(new Span(", " + rest));
        } else {
            p.add(new Span(getTranslation("home.news.onThePlan") + " " + rest));
        }
        return p;
    }

    private String actionLabel(@Nullable String ref, String title) {
        return ref == null ? getTranslation("home.action.noRef", title) : getTranslation("home.action", ref, title);
    }

    private Paragraph quote(String label, @Nullable String text) {
        Paragraph p = new Paragraph();
        p.addClassName("home-quote");
        Span l = new Span(label + " ");
        l.addClassName("home-quote-label");
        p.add(l, new Span(text == null ? "" : excerpt(text)));
        return p;
    }

    private static String excerpt(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    // --- Young person -------------------------------------------------------------------------

    private void forYou() {
        addClassName("home-easy-read");
        heading(getTranslation("home.young.title"));
        ForYou forYou = home.forYou();
        Div surveys = new Div();
        surveys.addClassName("home-surveys");
        if (forYou.openSurveys().isEmpty()) {
            Div none = new Div(new Paragraph(getTranslation("home.young.noSurveys")));
            none.addClassName("home-card");
            surveys.add(none);
        } else {
            surveys.add(new H2(getTranslation("home.young.surveys")));
            forYou.openSurveys().forEach(s -> surveys.add(surveyCard(s)));
        }
        add(surveys);
        add(new H2(getTranslation("home.young.changed")));
        if (forYou.changedBecauseYoungPeopleSaid().isEmpty()) {
            add(new Paragraph(getTranslation("home.young.changed.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("home-list");
        for (NewsItem n : forYou.changedBecauseYoungPeopleSaid()) {
            ListItem item = new ListItem();
            item.addClassName("home-card");
            item.add(quote(getTranslation("home.young.youSaid"), n.said()));
            item.add(quote(getTranslation("home.young.weDid"), n.text()));
            if (n.actionId() != null && n.actionTitle() != null) {
                item.add(new Paragraph(link("actions/" + n.actionId(), getTranslation("home.young.readMore"))));
            }
            list.add(item);
        }
        add(list);
    }

    /**
     * A big card for one open survey: a picture with words (the picture is decoration), how long it
     * takes, until when, and one clear link to start or carry on.
     */
    private Div surveyCard(OpenSurvey s) {
        Div card = new Div();
        card.addClassName("home-card");
        card.addClassName("home-survey-card");
        Icon picture = VaadinIcon.CLIPBOARD_CHECK.create();
        picture.getElement().setAttribute("aria-hidden", "true");
        picture.addClassName("home-survey-picture");
        H3 title = new H3(s.title());
        card.add(picture, title);
        card.add(new Paragraph(getTranslation("home.survey.minutes", s.minutes())));
        card.add(new Paragraph(getTranslation("home.survey.closes", DateWords.day(s.closes(), today))));
        Anchor go = link(s.link(), getTranslation(s.draftSaved() ? "home.survey.carryOn" : "home.survey.start", s.title()));
        go.addClassName("home-survey-start");
        card.add(new Paragraph(go));
        return card;
    }

    // --- Officer ------------------------------------------------------------------------------

    private void myWork() {
        MyWork work = home.myWork();
        heading(work.total() == 0 ? getTranslation("home.work.title")
                : getTranslation("home.work.titleCount", work.total()));
        if (work.total() == 0) {
            Div empty = new Div();
            empty.addClassName("home-empty");
            empty.add(new Paragraph(getTranslation("home.work.empty")));
            empty.add(link("my-actions", getTranslation("home.work.myActions")));
            add(empty);
            return;
        }
        add(new Paragraph(work.overdue() == 0 ? getTranslation("home.work.summary", work.total())
                : getTranslation("home.work.summaryOverdue", work.total(), work.overdue())));
        OrderedList list = new OrderedList();
        list.addClassName("home-list");
        work.items().forEach(w -> list.add(workItem(w)));
        add(list);
        if (work.total() > work.items().size()) {
            add(new Paragraph(getTranslation("home.work.more", work.items().size(), work.total())));
        }
        Div all = new Div();
        all.addClassName("home-see-all");
        all.add(link("responses", getTranslation("home.work.allAnswers")), link("my-actions",
                getTranslation("home.work.myActions")));
        add(all);
    }

    private ListItem workItem(WorkItem w) {
        ListItem item = new ListItem();
        item.addClassName("home-work");
        boolean overdue = w.due() != null && w.due().isBefore(today);
        if (overdue) {
            item.addClassName("home-overdue");
        }
        Span kind = new Span(getTranslation("home.work.kind." + w.kind().name()));
        kind.addClassName("home-kind");
        Paragraph head = new Paragraph(kind, new Span(" "),
                link(w.link(), actionLabel(w.actionRef(), w.actionTitle())));
        item.add(head);
        if (w.detail() != null) {
            item.add(new Paragraph(excerpt(w.detail())));
        }
        String when = switch (w.kind()) {
            case HIGH_RISK -> getTranslation("home.work.score", w.score());
            case UPDATE_DUE -> w.due() == null ? getTranslation("home.work.neverUpdated")
                    : getTranslation("home.work.updateDue", DateWords.due(this::getTranslation, w.due(), today));
            default -> w.due() == null ? "" : DateWords.due(this::getTranslation, w.due(), today);
        };
        Paragraph meta = new Paragraph(when);
        meta.addClassName(overdue ? "home-when-overdue" : "home-when");
        item.add(meta);
        return item;
    }

    // --- Plan lead / admin --------------------------------------------------------------------

    private void boardReadiness() {
        heading(getTranslation("home.board.title"));
        BoardReadiness b = home.boardReadiness().orElse(null);
        if (b == null) {
            noPlan();
            return;
        }
        add(new Paragraph(b.periodName() == null ? getTranslation("home.board.noPeriod", b.planTitle())
                : getTranslation("home.board.period", b.planTitle(), b.periodName())));
        add(new H2(getTranslation("home.board.statuses")));
        add(new Paragraph(b.completeBefore() == null || b.previousName() == null
                ? getTranslation("home.board.complete", b.complete(), b.total())
                : getTranslation("home.board.completeBefore", b.complete(), b.total(), b.completeBefore(), b.previousName())));
        add(tallies(b.tallies(), b.previousName()));

        add(new H2(getTranslation("home.board.noUpdate", b.noUpdateCount())));
        if (b.noUpdateCount() == 0) {
            add(new Paragraph(getTranslation("home.board.noUpdate.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("home-list");
            b.noUpdateThisPeriod().forEach(a -> {
                ListItem item = new ListItem(link("actions/" + a.actionId(), actionLabel(a.ref(), a.title())));
                item.add(new Span(a.lastUpdate() == null ? " " + getTranslation("home.board.neverUpdated")
                        : " " + getTranslation("home.board.lastUpdate", DateWords.day(a.lastUpdate(), today))));
                list.add(item);
            });
            add(list);
            if (b.noUpdateCount() > b.noUpdateThisPeriod().size()) {
                add(new Paragraph(link("plans/" + b.planId(), getTranslation("home.board.noUpdate.all", b.noUpdateCount()))));
            }
        }

        add(new H2(getTranslation("home.board.answers")));
        add(new Paragraph(getTranslation("home.board.awaiting", b.awaitingAnswers(), b.overdueAnswers())));
        add(new Paragraph(b.medianDaysToAnswer() == null ? getTranslation("home.board.median.none")
                : getTranslation("home.board.median", Math.round(b.medianDaysToAnswer()))));
        add(new Paragraph(link("admin/response-times", getTranslation("home.board.responseTimes"))));

        add(new H2(getTranslation("home.board.measures")));
        if (b.measureCount() == 0) {
            add(new Paragraph(getTranslation("home.board.measures.none")));
        } else if (b.measuresMissing().isEmpty()) {
            add(new Paragraph(getTranslation("home.board.measures.allEntered", b.measureCount())));
        } else {
            add(new Paragraph(getTranslation("home.board.measures.missing", b.measuresMissing().size(), b.measureCount())));
            UnorderedList missing = new UnorderedList();
            missing.addClassName("home-list");
            b.measuresMissing().forEach(m -> missing.add(new ListItem(m)));
            add(missing);
        }
        add(new Paragraph(link("plans/" + b.planId() + "/measures", getTranslation("home.board.measures.link"))));

        Anchor report = b.periodId() == null ? link("plans/" + b.planId() + "/periods", getTranslation("home.board.addPeriod"))
                : link("plans/" + b.planId() + "/report/" + b.periodId(), getTranslation("home.board.report"));
        report.addClassName("home-button");
        add(report);
    }

    private UnorderedList tallies(List<Tally> tallies, @Nullable String previousName) {
        UnorderedList list = new UnorderedList();
        list.addClassName("home-tallies");
        for (Tally t : tallies) {
            String label = word(t.status());
            list.add(new ListItem(t.previous() == null || previousName == null
                    ? getTranslation("home.tally", label, t.now())
                    : getTranslation("home.tallyBefore", label, t.now(), t.previous())));
        }
        return list;
    }

    // --- Viewer / board member ----------------------------------------------------------------

    private void atAGlance() {
        heading(getTranslation("home.glance.title"));
        AtAGlance g = home.atAGlance().orElse(null);
        if (g == null) {
            noPlan();
            return;
        }
        add(new H2(g.planTitle()));
        add(new Paragraph(getTranslation("home.board.complete", g.complete(), g.total())));
        add(tallies(g.tallies(), null));
        add(new Paragraph(link("plans/" + g.planId(), getTranslation("home.glance.plan"))));
        add(new Paragraph(g.lastReportId() == null ? new Span(getTranslation("home.glance.noReport"))
                : link("plans/" + g.planId() + "/report/" + g.lastReportId(),
                        getTranslation("home.glance.report", g.lastReportName()))));
    }

    // --- Shared -------------------------------------------------------------------------------

    private void heading(String text) {
        title = text;
        add(new H1(text));
    }

    private void noPlan() {
        add(new Paragraph(getTranslation("home.noPlan")), link("plans", getTranslation("home.plans")));
    }

    private void section(String heading, String className, List<ListItem> items, String allLink, String allText) {
        add(new H2(heading));
        UnorderedList list = new UnorderedList();
        list.addClassNames("home-list", className);
        items.forEach(list::add);
        add(list);
        add(new Paragraph(link(allLink, allText)));
    }

    private static Anchor link(String href, String text) {
        return new Anchor(href, text);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
