package app.tandem.bench.load;

import app.tandem.bench.load.UiTree.Node;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A parent taking a survey through its anonymous link, as the browser would: every question on a
 * page answered by what is on screen (radio groups get one of their own buttons' values, check-box
 * groups one item, text areas a sentence; optional long text left empty half the time), "Next"
 * until "Check your answers", then "Submit", and the thank-you page must appear. Nothing about the
 * survey is known in advance except its link.
 */
public final class SurveyJourney implements LoadRun.Journey {

    static final Pattern NEXT = Pattern.compile("(?i)^(next|continue)\\b.*");
    static final Pattern SUBMIT = Pattern.compile("(?i)^(submit|send)\\b.*");
    static final Pattern CHECK_PAGE = Pattern.compile("(?i).*check your answers.*");
    static final Pattern THANKS = Pattern.compile("(?i).*thank.*");
    static final String[] SENTENCES = {"The new key worker has made a real difference to us.",
            "We waited months for an assessment and nobody told us why.",
            "More notice of meetings, please.", "School listens now."};

    private final String link;
    /** At most this many questions answered and then stop, leaving the session open (for the heap figure). */
    private final int stopAfterAnswers;

    public SurveyJourney(String link) {
        this(link, Integer.MAX_VALUE);
    }

    public SurveyJourney(String link, int stopAfterAnswers) {
        this.link = link;
        this.stopAfterAnswers = stopAfterAnswers;
    }

    @Override
    public void complete(FlowClient client, LoadRun.Think think) throws Exception {
        UiTree page = client.open(link);
        int answered = 0;
        for (int step = 0; step < 40; step++) {
            String heading = page.heading();
            if (CHECK_PAGE.matcher(heading).matches()) {
                think.beforePage();
                page = client.click(button(page, SUBMIT), "submit");
                if (!THANKS.matcher(page.heading()).matches()) {
                    throw new IllegalStateException("No thank-you page after submitting: " + page.summary());
                }
                return;
            }
            for (Node field : fields(page)) {
                if (answered >= stopAfterAnswers) {
                    return;
                }
                think.beforeAnswer();
                page = answer(client, page, field, think.random());
                answered++;
            }
            if (answered >= stopAfterAnswers) {
                return;
            }
            think.beforePage();
            String before = page.heading() + page.elements().size();
            page = client.click(button(page, NEXT), "next");
            if (page.find("vaadin-radio-group", n -> n.property("errorMessage") != null
                    && !n.property("errorMessage").isEmpty() && "true".equals(n.property("invalid"))).size() > 0) {
                throw new IllegalStateException("The page refused our answers: " + page.summary());
            }
            if ((page.heading() + page.elements().size()).equals(before) && fields(page).isEmpty()) {
                throw new IllegalStateException("'Next' did not move on: " + page.summary());
            }
        }
        throw new IllegalStateException("No 'Check your answers' page within 40 steps: " + page.summary());
    }

    /** The answerable fields on the page, in order. */
    static List<Node> fields(UiTree page) {
        return page.elements().stream().filter(n -> switch (n.tag()) {
            case "vaadin-radio-group", "vaadin-checkbox-group", "vaadin-text-area", "vaadin-text-field",
                    "vaadin-integer-field", "vaadin-number-field", "vaadin-select" -> true;
            default -> false;
        }).toList();
    }

    private static UiTree answer(FlowClient client, UiTree page, Node field, Random random) throws Exception {
        return switch (field.tag()) {
            case "vaadin-radio-group" -> client.setValue(field, pick(page, field, "vaadin-radio-button", random));
            case "vaadin-select" -> client.setValue(field, pick(page, field, "vaadin-select-item", random));
            case "vaadin-checkbox-group" -> client.setProperty(field, "value", FlowClient.JSON.createArrayNode()
                    .add(pick(page, field, "vaadin-checkbox", random)), "value-changed", "answer");
            case "vaadin-integer-field", "vaadin-number-field" -> client.setValue(field, String.valueOf(random.nextInt(11)));
            default -> random.nextBoolean() && !"true".equals(field.property("required"))
                    ? page // an optional text left empty
                    : client.setValue(field, SENTENCES[random.nextInt(SENTENCES.length)]);
        };
    }

    /** One of the field's own items' values (never a hard-coded key). */
    private static String pick(UiTree page, Node field, String itemTag, Random random) {
        List<Node> items = descendants(page, field, itemTag);
        if (items.isEmpty()) {
            throw new IllegalStateException(field + " '" + page.labelOf(field) + "' has no " + itemTag + " on "
                    + page.summary());
        }
        Node item = items.get(random.nextInt(items.size()));
        String value = item.property("value");
        if (value == null) {
            throw new IllegalStateException(item + " has no value on " + page.summary());
        }
        return value;
    }

    private static List<Node> descendants(UiTree page, Node root, String tag) {
        List<Node> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (tag.equals(n.tag()) && n != root) {
                out.add(n);
            }
            for (int child : n.children()) {
                Node c = page.node(child, false);
                if (c != null) {
                    todo.add(c);
                }
            }
        }
        return out;
    }

    private static Node button(UiTree page, Pattern text) {
        List<Node> buttons = page.find("vaadin-button", b -> text.matcher(page.textOf(b)).matches());
        if (buttons.isEmpty()) {
            throw new IllegalStateException("No button matching " + text + " on " + page.summary());
        }
        return buttons.getLast();
    }
}
