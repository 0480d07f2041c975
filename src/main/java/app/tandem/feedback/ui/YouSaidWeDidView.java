package app.tandem.feedback.ui;

import app.tandem.base.TextPresenter;
import app.tandem.feedback.FeedbackService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.springframework.beans.factory.ObjectProvider;
import app.tandem.feedback.FeedbackViews.Answered;
import app.tandem.feedback.FeedbackViews.PriorityAnswers;
import app.tandem.feedback.FeedbackViews.YouSaidWeDid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** "You said, we did": what people said about a plan and what was done, grouped by priority. */
@Route("plans/:planId(\\d+)/you-said-we-did")
@PermitAll
class YouSaidWeDidView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackService feedback;
    private final ObjectProvider<TextPresenter> presenter;

    YouSaidWeDidView(FeedbackService feedback, ObjectProvider<TextPresenter> presenter) {
        this.feedback = feedback;
        this.presenter = presenter;
    }

    /** Plan words with acronyms explained to parents and young people (language module), else plain text. */
    private Component text(String words) {
        TextPresenter p = presenter.getIfAvailable();
        return p == null ? new Span(words) : p.present(words);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElseThrow();
        YouSaidWeDid page = feedback.youSaidWeDid(planId);
        removeAll();
        add(new Anchor("plans/" + planId, getTranslation("ysdw.back", page.planTitle())));
        add(new H1(getTranslation("ysdw.title")));
        add(new Paragraph(getTranslation("ysdw.intro", page.planTitle())));
        if (page.priorities().isEmpty()) {
            add(new Paragraph(getTranslation("ysdw.empty")));
        }
        for (PriorityAnswers p : page.priorities()) {
            Div section = new Div(new H2(getTranslation("ysdw.priority", p.number(), p.title())));
            section.addClassName("section");
            for (Answered a : p.answers()) {
                Div item = new Div();
                item.addClassName("ysdw-item");
                if (a.actionTitle() != null) {
                    item.add(new H3(text((a.actionRef() == null ? "" : a.actionRef() + " ") + a.actionTitle())));
                }
                item.add(new Paragraph(getTranslation("ysdw.youSaid", a.authorLabel())));
                Paragraph said = new Paragraph(a.youSaid());
                said.addClassName("comment-body");
                item.add(said);
                item.add(new Paragraph(getTranslation("ysdw.weDid", getTranslation("response.outcome." + a.outcome()),
                        Words.day(a.answeredOn()))));
                Paragraph did = new Paragraph(text(a.weDid()));
                did.addClassName("official-response");
                item.add(did);
                if (a.willDoBy() != null) {
                    item.add(new Paragraph(getTranslation("response.willDoBy", Words.day(a.willDoBy()))));
                }
                section.add(item);
            }
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ysdw.title") + " | " + getTranslation("app.name");
    }
}
