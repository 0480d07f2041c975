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
    static final Pattern START = Pattern.compile("(?i)^start\\b.*");
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
        this(link, stopAfterAnswers, null);
    }

    /** Stops after some answers and keeps each open client in {@code open} (to close them later). */
    public SurveyJourney(String link, int stopAfterAnswers, java.util.Collection<FlowClient> open) {
        this.link = link;
        this.stopAfterAnswers = stopAfterAnswers;
        this.open = open;
    }

    private final java.util.Collection<FlowClient> open;

    @Override
    public void complete(FlowClient client, LoadRun.Think think) throws Exception {
        UiTree page = client.open(link);
        if (open != null) {
            open.add(client);
        }
        int answered = 0;
        // Ticked on this page and not yet sent: input name to value (the browser's DOM, for this taker).
        java.util.Map<String, String> ticked = new java.util.LinkedHashMap<>();
        for (int step = 0; step < 40; step++) {
            List<Node> submit = buttons(page, SUBMIT);
            if (!submit.isEmpty()) {
                if (!headings(page).stream().anyMatch(h -> CHECK_PAGE.matcher(h).matches())) {
                    throw new IllegalStateException("A submit button outside 'Check your answers': " + page.summary());
                }
                think.beforePage();
                page = client.click(submit.getLast(), "submit", e -> pageChoices(ticked, e));
                ticked.clear();
                if (headings(page).stream().noneMatch(h -> THANKS.matcher(h).matches())) {
                    throw new IllegalStateException("No thank-you page after submitting: " + page.summary()
                            + " headings " + headings(page));
                }
                // Reads the thank-you page, then closes the tab (the browser's unload beacon).
                think.beforePage();
                client.closeTab();
                return;
            }
            List<Node> fields = fields(page);
            for (Node field : fields) {
                if (answered >= stopAfterAnswers) {
                    return;
                }
                think.beforeAnswer();
                page = answer(client, page, field, think.random(), ticked);
                answered++;
            }
            if (answered >= stopAfterAnswers) {
                return;
            }
            List<Node> next = buttons(page, NEXT);
            List<Node> start = buttons(page, START);
            if (next.isEmpty() && start.isEmpty()) {
                throw new IllegalStateException("Neither 'Next' nor 'Start' nor 'Send' on " + page.summary());
            }
            think.beforePage();
            List<Integer> before = fields.stream().map(Node::id).toList();
            page = client.click(next.isEmpty() ? start.getFirst() : next.getFirst(), next.isEmpty() ? "start" : "next",
                    e -> pageChoices(ticked, e));
            ticked.clear();
            if (!before.isEmpty() && fields(page).stream().map(Node::id).toList().equals(before)) {
                throw new IllegalStateException("'Next' did not move on (answers refused?): " + page.summary());
            }
        }
        throw new IllegalStateException("No 'Check your answers' page within 40 steps: " + page.summary());
    }

    /** Every h1 and h2 on the page. */
    static List<String> headings(UiTree page) {
        return page.elements().stream().filter(n -> "h1".equals(n.tag()) || "h2".equals(n.tag()))
                .map(page::textOf).toList();
    }

    /** The answerable fields on the page, in order (a fieldset of native choices counts when it listens for changes). */
    static List<Node> fields(UiTree page) {
        return page.elements().stream().filter(n -> switch (n.tag()) {
            case "vaadin-radio-group", "vaadin-checkbox-group", "vaadin-text-area", "vaadin-text-field",
                    "vaadin-integer-field", "vaadin-number-field", "vaadin-select" -> true;
            case "fieldset" -> n.property("innerHTML") != null && n.property("innerHTML").contains("<input");
            default -> false;
        }).toList();
    }

    /**
     * A fieldset of native radio buttons or check boxes, written by the server as markup: the driver
     * reads the inputs from that markup (as the browser's DOM would hold them) and ticks one. Like the
     * browser, it tells the server at once only when the fieldset listens for changes; otherwise the
     * tick goes with the page's next button ({@link #pageChoices}).
     */
    private static UiTree choose(FlowClient client, UiTree page, Node fieldset, Random random,
            java.util.Map<String, String> ticked) throws Exception {
        var inputs = org.jsoup.Jsoup.parseBodyFragment(fieldset.property("innerHTML"))
                .select("input[type=radio], input[type=checkbox]");
        if (inputs.isEmpty()) {
            throw new IllegalStateException(fieldset + " has no radio button or check box in its markup");
        }
        var input = inputs.get(random.nextInt(inputs.size()));
        ticked.put(input.attr("name"), input.attr("value"));
        if (fieldset.listener("change") == null) {
            return page;
        }
        return client.fireEvent(fieldset, "change", expression -> {
            if (expression.contains("input:checked") && expression.contains("value")) {
                return FlowClient.JSON.createArrayNode().add(input.attr("value"));
            }
            throw new IllegalStateException("The driver cannot evaluate the event data '" + expression + "'");
        }, "answer");
    }

    /**
     * Evaluates, for a button's click, the one page expression the driver knows: the page's checked
     * inputs as [name, value] pairs ({@code querySelectorAll('fieldset.choice input:checked') ... [i.name, i.value]}).
     * The mouse and key fields are left to the client's neutral values.
     */
    private static tools.jackson.databind.JsonNode pageChoices(java.util.Map<String, String> ticked, String expression) {
        if (!expression.contains("input:checked")) {
            return null;
        }
        var pairs = FlowClient.JSON.createArrayNode();
        ticked.forEach((name, value) -> pairs.addArray().add(name).add(value));
        return pairs;
    }

    private static UiTree answer(FlowClient client, UiTree page, Node field, Random random,
            java.util.Map<String, String> ticked) throws Exception {
        return switch (field.tag()) {
            case "fieldset" -> choose(client, page, field, random, ticked);
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

    private static List<Node> buttons(UiTree page, Pattern text) {
        return page.find("vaadin-button", b -> text.matcher(page.textOf(b)).matches());
    }
}
