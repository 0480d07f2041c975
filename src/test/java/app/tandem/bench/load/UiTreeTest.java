package app.tandem.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The load driver's copy of a Vaadin UI, fed with UIDL changes shaped like the ones recorded
 * from Chromium against Tandem's sign-in page: fields are found by tag and label, buttons by
 * their text, and the tree follows splices, removals and detaches.
 */
class UiTreeTest {

    static UiTree tree(String changes, String constants) {
        UiTree tree = new UiTree();
        tree.apply(FlowClient.JSON.readTree("{\"changes\":" + changes + ",\"constants\":" + constants + "}"));
        return tree;
    }

    static final String PAGE = """
            [{"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
             {"node":1,"type":"splice","feat":24,"index":0,"addNodes":[3]},
             {"node":3,"type":"attach"},{"node":3,"type":"put","key":"tag","feat":0,"value":"flow-container"},
             {"node":3,"type":"splice","feat":2,"index":0,"addNodes":[20]},
             {"node":10,"type":"attach"},{"node":10,"type":"put","key":"text","feat":7,"value":"Check your answers"},
             {"node":11,"type":"attach"},{"node":11,"type":"put","key":"tag","feat":0,"value":"h1"},
             {"node":11,"type":"splice","feat":2,"index":0,"addNodes":[10]},
             {"node":12,"type":"attach"},{"node":12,"type":"put","key":"tag","feat":0,"value":"vaadin-radio-group"},
             {"node":12,"type":"put","key":"label","feat":1,"value":"Does your child have an EHC plan?"},
             {"node":12,"type":"put","key":"value-changed","feat":4,"value":"K1"},
             {"node":13,"type":"attach"},{"node":13,"type":"put","key":"tag","feat":0,"value":"vaadin-radio-button"},
             {"node":13,"type":"put","key":"value","feat":1,"value":"1"},
             {"node":12,"type":"splice","feat":2,"index":0,"addNodes":[13]},
             {"node":14,"type":"attach"},{"node":14,"type":"put","key":"text","feat":7,"value":"Send your answers"},
             {"node":15,"type":"attach"},{"node":15,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
             {"node":15,"type":"splice","feat":2,"index":0,"addNodes":[14]},
             {"node":15,"type":"put","key":"click","feat":4,"value":"K2"},
             {"node":20,"type":"attach"},{"node":20,"type":"put","key":"tag","feat":0,"value":"div"},
             {"node":20,"type":"splice","feat":2,"index":0,"addNodes":[11,12,15]}]""";

    static final String CONSTANTS = """
            {"K1":{"}value":false},"K2":{"event.shiftKey":false,"event.detail":false}}""";

    @Test
    void finds_fields_by_label_and_buttons_by_text_in_the_order_of_the_page() {
        UiTree page = tree(PAGE, CONSTANTS);
        assertThat(page.heading()).isEqualTo("Check your answers");
        UiTree.Node group = page.byLabel("vaadin-radio-group", "Does your child have an EHC plan?");
        assertThat(group.id()).isEqualTo(12);
        assertThat(page.constant(group.listener("value-changed")).has("}value")).isTrue();
        assertThat(page.byLabel("vaadin-button", "Send your answers").listener("click")).isEqualTo("K2");
        assertThat(page.elements()).extracting(UiTree.Node::tag)
                .containsExactly("body", "flow-container", "div", "h1", "vaadin-radio-group", "vaadin-radio-button",
                        "vaadin-button");
        assertThat(page.attachedWithChangeListeners()).extracting(UiTree.Node::id).containsExactly(12);
    }

    @Test
    void follows_removals_and_hidden_elements() {
        UiTree page = tree(PAGE, CONSTANTS);
        page.apply(FlowClient.JSON.readTree("""
                {"changes":[{"node":20,"type":"splice","feat":2,"index":1,"remove":1},
                            {"node":12,"type":"detach"},
                            {"node":15,"type":"put","key":"visible","feat":0,"value":false}]}"""));
        assertThat(page.find("vaadin-radio-group", n -> true)).isEmpty();
        assertThatThrownBy(() -> page.byLabel("vaadin-button", "Send your answers"))
                .hasMessageContaining("found 0");
        page.apply(FlowClient.JSON.readTree("""
                {"changes":[{"node":15,"type":"remove","key":"visible","feat":0}]}"""));
        assertThat(page.byLabel("vaadin-button", "Send your answers").id()).isEqualTo(15);
        assertThat(SurveyJourney.fields(page)).isEmpty();
    }
}
