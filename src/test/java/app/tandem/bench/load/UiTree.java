package app.tandem.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one Vaadin UI's state tree, built only from the {@code changes} of the
 * UIDL responses (what the Flow client in a browser does before it touches the DOM). Node ids
 * are whatever the server sent: nothing here knows a view's layout in advance, so a driver finds
 * fields and buttons by tag and label or text.
 *
 * <p>Feature ids are Flow's {@code NodeFeatures}: 0 element data (tag), 1 properties,
 * 2 children, 3 attributes, 4 DOM listeners, 7 text node, 11 class list, 24 virtual children.
 */
public final class UiTree {

    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    static final int VIRTUAL_CHILDREN = 24;

    /** One state node: an element (tag set) or a text node (text set). */
    public static final class Node {
        final int id;
        String tag;
        String text;
        boolean visible = true;
        final Map<String, JsonNode> properties = new HashMap<>(4);
        final Map<String, String> attributes = new HashMap<>(4);
        final Map<String, String> listeners = new HashMap<>(2);
        final List<Integer> children = new ArrayList<>(2);
        final List<Integer> virtualChildren = new ArrayList<>(0);

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
        }

        public String attribute(String name) {
            return attributes.get(name);
        }

        /** The constant key of this node's DOM listener for an event, or null when it has none. */
        public String listener(String event) {
            return listeners.get(event);
        }

        public List<Integer> children() {
            return children;
        }

        @Override
        public String toString() {
            return "<" + (tag == null ? "#text '" + text + "'" : tag) + " #" + id + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>(256);
    /** Listener constants: the properties each event synchronises and the event data it sends. */
    private final Map<String, JsonNode> constants = new HashMap<>(16);
    /** Nodes attached by the last applied response (the browser fires their "-changed" events). */
    private final List<Integer> attachedInLastResponse = new ArrayList<>();

    public UiTree() {
        nodes.put(1, new Node(1));
    }

    /** Applies a UIDL response's constants and changes, in order. */
    public void apply(JsonNode uidl) {
        attachedInLastResponse.clear();
        JsonNode consts = uidl.get("constants");
        if (consts != null) {
            for (var entry : consts.properties()) {
                constants.put(entry.getKey(), entry.getValue());
            }
        }
        JsonNode changes = uidl.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            switch (type) {
                case "attach" -> {
                    nodes.put(id, new Node(id));
                    attachedInLastResponse.add(id);
                }
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> {
                    Node n = node(id);
                    if (change.get("feat").asInt() == CHILDREN) {
                        n.children.clear();
                    }
                }
                default -> {
                    // "empty" and features a driver does not need.
                }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private static void put(Node n, JsonNode change) {
        String key = change.get("key").asString();
        JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
        switch (change.get("feat").asInt()) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    n.tag = value.asString();
                } else if ("visible".equals(key)) {
                    n.visible = value.asBoolean();
                }
            }
            case PROPERTIES -> n.properties.put(key, value);
            case ATTRIBUTES -> n.attributes.put(key, value.isString() ? value.asString() : value.toString());
            case LISTENERS -> n.listeners.put(key, value.asString());
            case TEXT -> n.text = value.asString();
            default -> {
            }
        }
    }

    private static void remove(Node n, JsonNode change) {
        String key = change.get("key").asString();
        switch (change.get("feat").asInt()) {
            case PROPERTIES -> n.properties.remove(key);
            case ATTRIBUTES -> n.attributes.remove(key);
            case LISTENERS -> n.listeners.remove(key);
            case ELEMENT_DATA -> {
                if ("visible".equals(key)) {
                    n.visible = true;
                }
            }
            default -> {
            }
        }
    }

    private static void splice(Node n, JsonNode change) {
        int feature = change.get("feat").asInt();
        List<Integer> list = feature == CHILDREN ? n.children : feature == VIRTUAL_CHILDREN ? n.virtualChildren : null;
        if (list == null) {
            return;
        }
        int index = change.get("index").asInt();
        JsonNode removed = change.get("remove");
        if (removed != null) {
            for (int i = 0; i < removed.asInt() && index < list.size(); i++) {
                list.remove(index);
            }
        }
        JsonNode added = change.get("addNodes");
        if (added != null) {
            List<Integer> ids = new ArrayList<>(added.size());
            added.forEach(a -> ids.add(a.asInt()));
            list.addAll(Math.min(index, list.size()), ids);
        }
    }

    /** Every visible element reachable from the UI root, depth first, in document order. */
    public List<Node> elements() {
        List<Node> out = new ArrayList<>(nodes.size());
        collect(nodes.get(1), out);
        return out;
    }

    private void collect(Node n, List<Node> out) {
        if (n == null || !n.visible) {
            return;
        }
        if (n.tag != null) {
            out.add(n);
        }
        for (int child : n.children) {
            collect(nodes.get(child), out);
        }
        for (int child : n.virtualChildren) {
            collect(nodes.get(child), out);
        }
    }

    public List<Node> find(String tag, Predicate<Node> match) {
        return elements().stream().filter(n -> Objects.equals(tag, n.tag) && match.test(n)).toList();
    }

    /** The one visible element with this tag whose label (or text) is exactly {@code label}. */
    public Node byLabel(String tag, String label) {
        List<Node> found = find(tag, n -> label.equals(labelOf(n)));
        if (found.size() != 1) {
            throw new IllegalStateException("Expected one <" + tag + "> labelled '" + label + "', found "
                    + found.size() + " in " + summary());
        }
        return found.getFirst();
    }

    /** A field's label property, else its aria-label, else its text. */
    public String labelOf(Node n) {
        String label = n.property("label");
        if (label == null) {
            label = n.attributes.get("aria-label");
        }
        return label != null ? label : textOf(n);
    }

    /** The text of a node and its descendants, as a browser's textContent (trimmed). */
    public String textOf(Node n) {
        StringBuilder sb = new StringBuilder();
        appendText(n, sb);
        return sb.toString().trim();
    }

    private void appendText(Node n, StringBuilder sb) {
        if (n == null || !n.visible) {
            return;
        }
        if (n.text != null) {
            sb.append(n.text);
        }
        for (int child : n.children) {
            appendText(nodes.get(child), sb);
        }
    }

    public Node node(int id, boolean mustExist) {
        Node n = nodes.get(id);
        if (n == null && mustExist) {
            throw new IllegalStateException("No node " + id);
        }
        return n;
    }

    public JsonNode constant(String key) {
        return constants.get(key);
    }

    /** Nodes attached by the last response that listen to a property-change event ("...-changed"). */
    public List<Node> attachedWithChangeListeners() {
        List<Node> out = new ArrayList<>();
        for (int id : attachedInLastResponse) {
            Node n = nodes.get(id);
            if (n != null && n.listeners.keySet().stream().anyMatch(e -> e.endsWith("-changed"))) {
                out.add(n);
            }
        }
        return out;
    }

    /** The page's first h1 text, for messages and checks. */
    public String heading() {
        return elements().stream().filter(n -> "h1".equals(n.tag)).findFirst().map(this::textOf).orElse("");
    }

    /** A short description of the page for error messages: heading and visible element count. */
    public String summary() {
        return "page '" + heading() + "' (" + elements().size() + " elements)";
    }

    public int size() {
        return nodes.size();
    }
}
