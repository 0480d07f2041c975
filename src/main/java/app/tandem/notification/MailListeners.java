package app.tandem.notification;

import app.tandem.access.SystemWork;
import app.tandem.access.PersonSummary;
import app.tandem.feedback.CommentAnswered;
import app.tandem.feedback.CommentModerated;
import app.tandem.feedback.CommentPosted;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.CommentForMail;
import app.tandem.feedback.ModerationDecision;
import app.tandem.feedback.SafeguardingAlertRaised;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.PersonRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import app.tandem.survey.Audience;
import app.tandem.survey.SurveyService;
import app.tandem.survey.SurveyViews.SurveyDefinition;
import app.tandem.survey.SurveyWaveOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Mail for the feedback module's events. Each listener runs after the change committed, on its own
 * thread, from the outbox (the event publication registry): if it throws, the publication stays
 * incomplete and {@link OutboxRetry} (or a restart) delivers it again. Deliveries are idempotent
 * ({@link Postman}), so a retry only reaches the people not yet served. No transaction of its own:
 * every read and write below opens one in the event's area.
 */
@Component
class MailListeners {

    private final FeedbackService feedback;
    private final PlanService plans;
    private final People people;
    private final Postman postman;
    private final Postbox postbox;
    private final SurveyService surveys;

    MailListeners(FeedbackService feedback, PlanService plans, People people, Postman postman, Postbox postbox,
            SurveyService surveys) {
        this.surveys = surveys;
        this.feedback = feedback;
        this.plans = plans;
        this.people = people;
        this.postman = postman;
        this.postbox = postbox;
    }

    /** Officers leading the action hear of a new comment on it (not of their own). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommentPosted event) {
        if (event.actionId() == null) {
            return;
        }
        SystemWork.inArea(event.areaId(), () -> {
            Optional<CommentForMail> comment = feedback.commentForMail(event.commentId());
            if (comment.isEmpty() || comment.get().body() == null) {
                return;
            }
            ActionDetail action = plans.getAction(event.actionId());
            Map<Long, PersonSummary> everyone = people.byId();
            String link = postbox.url("actions/" + action.id());
            Letter letter = Letter.of("New comment on " + actionName(action),
                    List.of("Someone commented on an action you lead: " + actionName(action) + ".",
                            "Please answer it in Tandem. Families see your answer on the action page."),
                    comment.get().body(), "Read and answer the comment", link);
            deliverAll(event.areaId(), action.leadOfficers().stream().map(PersonRef::id)
                    .filter(id -> id != event.authorId()).map(everyone::get).toList(), MailKind.NEW_COMMENT,
                    "comment-posted:" + event.commentId(), letter);
        });
    }

    /** The comment's author hears that it has an official answer. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommentAnswered event) {
        SystemWork.inArea(event.areaId(), () -> {
            CommentForMail comment = feedback.commentForMail(event.commentId()).orElse(null);
            if (comment == null) {
                return;
            }
            String link = linkTo(comment);
            Letter letter = Letter.of("Your comment has an answer",
                    List.of("The lead officer answered your comment" + where(comment) + ".",
                            "Here is what they said:"),
                    comment.responseBody(), "Read the answer", link);
            deliverAll(event.areaId(), single(event.authorId()), MailKind.ANSWER,
                    "comment-answered:" + event.commentId(), letter);
        });
    }

    /** The comment's author hears what a moderator decided. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommentModerated event) {
        SystemWork.inArea(event.areaId(), () -> {
            CommentForMail comment = feedback.commentForMail(event.commentId()).orElse(null);
            if (comment == null) {
                return;
            }
            List<String> words = new ArrayList<>();
            words.add(switch (event.decision()) {
                case APPROVED -> "Your comment has been checked and everyone can now see it.";
                case REDACTED -> "Your comment has been checked. We removed some words before showing it, to keep "
                        + "people safe.";
                case REJECTED -> "Your comment has been checked and we cannot show it.";
            });
            if (event.decision() != ModerationDecision.APPROVED && comment.moderationReason() != null) {
                words.add("The reason: " + comment.moderationReason());
            }
            Letter letter = Letter.of("Your comment has been checked", words, null, "See your comment", linkTo(comment));
            deliverAll(event.areaId(), single(event.authorId()), MailKind.MODERATION,
                    "comment-moderated:" + event.commentId() + ":" + event.decision(), letter);
        });
    }

    /** The area's safeguarding leads, at once, whatever they chose (the kind cannot be turned off). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SafeguardingAlertRaised event) {
        SystemWork.inArea(event.areaId(), () -> {
            Map<Long, PersonSummary> everyone = people.byId();
            // The comment's words stay out of the mail: it may be held, and mail is not the place for them.
            Letter letter = Letter.of("Safeguarding alert: please look today",
                    List.of("A comment in Tandem has words that suggest someone may be at risk of harm.",
                            "Please read it and decide what to do today. It is on the safeguarding page."),
                    null, "Open the safeguarding page", postbox.url("safeguarding"));
            deliverAll(event.areaId(), feedback.safeguardingLeads().stream().map(everyone::get).toList(),
                    MailKind.SAFEGUARDING, "safeguarding-alert:" + event.alertId(), letter);
        });
    }

    /**
     * Everyone a newly opened survey is for hears of it: parent carer forum members for a parents'
     * survey, young people for theirs (in easy words), officers and admins for a practitioners' one.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SurveyWaveOpened event) {
        SystemWork.inArea(event.areaId(), () -> {
            SurveyDefinition survey = surveys.definition(event.surveyId());
            List<PersonSummary> audience = people.byId().values().stream()
                    .filter(PersonSummary::enabled)
                    .filter(p -> inAudience(p.role(), event.audience()))
                    .toList();
            String minutes = survey.minutes() <= 1 ? "about a minute" : "about " + survey.minutes() + " minutes";
            Letter letter = event.audience() == Audience.YOUNG_PEOPLE
                    ? Letter.of("A new survey for you: " + survey.title(),
                            List.of("There is a new survey for you. It is called " + survey.title() + ".",
                                    "It takes " + minutes + ". You can stop and carry on later.",
                                    "What you tell us helps make things better for young people."),
                            null, "Start the survey", postbox.url("surveys/" + event.waveId() + "/take"))
                    : Letter.of("A new survey for you: " + survey.title(),
                            List.of("A new survey is open and you are one of the people it is for: " + survey.title() + ".",
                                    "It takes " + minutes + ". Your answers count towards how the plan is measured."),
                            null, "Take the survey", postbox.url("surveys/" + event.waveId() + "/take"));
            deliverAll(event.areaId(), audience, MailKind.NEW_SURVEY, "survey-opened:" + event.waveId(), letter);
        });
    }

    static boolean inAudience(app.tandem.access.Role role, Audience audience) {
        return switch (audience) {
            case PARENTS_CARERS -> role == app.tandem.access.Role.FORUM_MEMBER;
            case YOUNG_PEOPLE -> role == app.tandem.access.Role.YOUNG_PERSON;
            case PRACTITIONERS -> role == app.tandem.access.Role.OFFICER || role == app.tandem.access.Role.ADMIN;
        };
    }

    private List<PersonSummary> single(long accountId) {
        PersonSummary p = people.byId().get(accountId);
        return p == null ? List.of() : List.of(p);
    }

    /**
     * Delivers to each person in turn; a failure for one does not stop the others, but is rethrown
     * at the end so the outbox keeps the event for the ones not yet served.
     */
    private void deliverAll(long areaId, List<PersonSummary> recipients, MailKind kind, String key, Letter letter) {
        RuntimeException failure = null;
        for (PersonSummary p : recipients) {
            if (p == null) {
                continue;
            }
            try {
                postman.deliver(areaId, People.recipient(p), kind, key, letter);
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private String linkTo(CommentForMail comment) {
        if (comment.actionId() != null) {
            return postbox.url("actions/" + comment.actionId());
        }
        return postbox.url("plans/" + comment.planId());
    }

    private String where(CommentForMail comment) {
        if (comment.actionId() == null) {
            return "";
        }
        return " on " + actionName(plans.getAction(comment.actionId()));
    }

    static String actionName(ActionDetail action) {
        return action.ref() == null ? "\u201c" + action.title() + "\u201d"
                : "action " + action.ref() + " \u201c" + action.title() + "\u201d";
    }
}
