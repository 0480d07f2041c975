package app.tandem.survey.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A survey question's choices as the GOV.UK pattern writes them: a {@code <fieldset>} whose
 * {@code <legend>} is the question, with a native radio button (one answer) or check box (several)
 * and its {@code <label>} per option. It is one Vaadin state node for the whole question, where a
 * {@code vaadin-radio-group} costs one per option and more (issue 9: the heap each open survey costs
 * the server and the CPU each page costs to send).
 *
 * <p>The inside is written as markup from a tree built with jsoup, which escapes every text and
 * attribute value it is given: question and option words are shown as text, never as HTML. What
 * the browser sends back (the values of the checked inputs, with the page's buttons or, for a live
 * field, on each change) is checked against the field's own options; anything else is ignored.
 */
@Tag("fieldset")
class ChoiceField extends AbstractField<ChoiceField, List<String>> implements HasLabel, HasValidation {

    /** What the browser sends with each change: the values of every checked input of this question. */
    static final String CHECKED = "Array.from(element.querySelectorAll('input:checked'), i => i.value)";

    /** How the options are laid out. */
    enum Layout { VERTICAL, ROW, FACES }

    private final boolean multiple;
    // Two lists rather than maps: a page holds a dozen of these for as long as it is open (heap per session).
    private final List<String> codes;
    private final List<String> words;
    private @Nullable String[] pictures;
    private Layout layout = Layout.VERTICAL;
    private String label;
    private @Nullable String help;
    private @Nullable String errorMessage;
    private boolean invalid;
    private boolean required;

    private final boolean live;

    /**
     * @param options option code to its words, in the order shown
     * @param multiple check boxes (any number of answers) rather than radio buttons (one)
     * @param live tell the server at once when the choice changes (another question on the page depends
     *     on it); otherwise the page hands the choices in with its next button ({@link #fromBrowser}),
     *     which spares a round trip per answer
     */
    ChoiceField(String label, Map<String, String> options, boolean multiple, boolean live) {
        super(List.of());
        this.label = label;
        this.multiple = multiple;
        this.live = live;
        this.codes = List.copyOf(options.keySet());
        this.words = List.copyOf(options.values());
        addClassName("choice");
        if (live) {
            getElement().addEventListener("change", e -> fromBrowser(strings(e.getEventData().get(CHECKED))))
                    .addEventData(CHECKED);
        }
        addAttachListener(e -> {
            scheduled = false;
            changed();
        });
    }

    private boolean dirty = true;
    private boolean scheduled;

    /**
     * Marks the markup out of date and writes it once, just before the response goes to the browser,
     * however many settings changed in between (a page sets label, id, help and value one by one).
     */
    private void changed() {
        dirty = true;
        if (!scheduled && isAttached()) {
            scheduled = true;
            getUI().ifPresent(ui -> ui.beforeClientResponse(this, ctx -> {
                scheduled = false;
                if (dirty) {
                    render();
                }
            }));
        }
    }

    /** A picture shown before an option's words (faces); hidden from screen readers, the words carry the meaning. */
    ChoiceField decorate(String code, String picture) {
        int index = codes.indexOf(code);
        if (index >= 0) {
            if (pictures == null) {
                pictures = new String[codes.size()];
            }
            pictures[index] = picture;
        }
        changed();
        return this;
    }

    ChoiceField layout(Layout layout) {
        this.layout = layout;
        changed();
        return this;
    }

    void setHelp(@Nullable String help) {
        this.help = help;
        changed();
    }

    @Override
    public void setRequiredIndicatorVisible(boolean required) {
        this.required = required;
        changed();
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return required;
    }

    @Override
    public void setLabel(String label) {
        this.label = Objects.requireNonNull(label);
        changed();
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
        changed();
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        changed();
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    @Override
    public void setId(String id) {
        super.setId(id);
        changed();
    }

    @Override
    protected void setPresentationValue(List<String> value) {
        changed();
    }

    boolean isLive() {
        return live;
    }

    static List<String> strings(@Nullable JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> {
                if (v.isString()) {
                    out.add(v.asString());
                }
            });
        }
        return out;
    }

    /**
     * What the browser has checked in this fieldset (sent on a change, or by the page with its next
     * button): keeps only this field's own codes, in the options' order.
     */
    void fromBrowser(List<String> checked) {
        Set<String> sent = new java.util.HashSet<>(checked);
        List<String> chosen = new ArrayList<>();
        for (String code : codes) {
            if (sent.contains(code)) {
                chosen.add(code);
            }
        }
        if (!multiple && chosen.size() > 1) {
            return; // not something a radio group can send
        }
        // The browser already shows what was chosen: keep the value without writing the markup again.
        setModelValue(List.copyOf(chosen), true);
    }

    /** Writes the inside of the fieldset (one property: the markup), escaping every text and attribute. */
    void render() {
        dirty = false;
        String id = getId().orElse("choice");
        Document doc = new Document("");
        doc.outputSettings().prettyPrint(false);
        Element root = doc.appendElement("div");
        root.appendElement("legend").appendText(label);
        List<String> describedBy = new ArrayList<>();
        if (help != null && !help.isBlank()) {
            root.appendElement("div").addClass("choice-help").id(id + "-help").text(help);
            describedBy.add(id + "-help");
        }
        if (invalid && errorMessage != null && !errorMessage.isBlank()) {
            Element error = root.appendElement("p").addClass("choice-error").id(id + "-error");
            error.appendElement("span").addClass("visually-hidden").text(getTranslation("survey.take.errorPrefix"));
            error.appendText(" " + errorMessage);
            describedBy.add(id + "-error");
        }
        // Kept short: the server holds this markup (and its last response) while the page is open, so
        // each option is a label around its input, with no ids; the words are the input's name.
        Element items = root.appendElement("div").addClass(switch (layout) {
            case VERTICAL -> "choices";
            case ROW -> "choices row";
            case FACES -> "choices faces";
        });
        List<String> value = getValue();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Element optionLabel = items.appendElement("label");
            Element input = optionLabel.appendElement("input").attr("type", multiple ? "checkbox" : "radio")
                    .attr("name", id).attr("value", code);
            if (value.contains(code)) {
                input.attr("checked", true);
            }
            if (invalid) {
                input.attr("aria-invalid", "true");
            }
            String picture = pictures == null ? null : pictures[i];
            if (picture != null) {
                optionLabel.appendElement("span").addClass("face").attr("aria-hidden", "true").text(picture);
            }
            optionLabel.appendText(words.get(i));
        }
        getElement().setProperty("innerHTML", root.html());
        if (describedBy.isEmpty()) {
            getElement().removeAttribute("aria-describedby");
        } else {
            getElement().setAttribute("aria-describedby", String.join(" ", describedBy));
        }
        getElement().getClassList().set("choice-invalid", invalid);
        // A required one-answer question: said once, on the group (radio buttons form a radiogroup).
        if (!multiple) {
            getElement().setAttribute("role", "radiogroup");
        }
        if (required && !multiple) {
            getElement().setAttribute("aria-required", "true");
        } else {
            getElement().removeAttribute("aria-required");
        }
    }
}
