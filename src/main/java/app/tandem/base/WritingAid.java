package app.tandem.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Help shown under a text area while someone writes for parents (the language module's live
 * readability), so views of other modules need not depend on that module. A Spring bean; when none
 * exists, views show nothing. Set the field's value change mode to LAZY for live updates.
 */
public interface WritingAid {

    Component watch(TextArea field);
}
