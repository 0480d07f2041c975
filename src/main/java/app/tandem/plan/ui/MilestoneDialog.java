package app.tandem.plan.ui;

import app.tandem.plan.MilestoneEdit;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.MilestoneView;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Add or change one milestone of an action. */
final class MilestoneDialog extends EditDialog {

    final TextArea description = new TextArea();
    final TextField deadline = new TextField();
    final DatePicker done = new DatePicker();

    MilestoneDialog(PlanService plans, long actionId, @Nullable MilestoneView existing, Runnable onSaved) {
        super(existing == null ? "milestone.add" : "milestone.edit", onSaved);
        description.setLabel(getTranslation("milestone.description"));
        description.setRequiredIndicatorVisible(true);
        deadline.setLabel(getTranslation("milestone.deadlineField"));
        deadline.setHelperText(getTranslation("edit.dateWords.help"));
        done.setLabel(getTranslation("milestone.doneDate"));
        done.setHelperText(getTranslation("milestone.doneDate.help"));
        form(Map.of("description", description, "deadlineWords", deadline, "doneDate", done), description, deadline, done);
        long version = 0;
        if (existing != null) {
            description.setValue(existing.description());
            deadline.setValue(existing.deadline().words() == null ? "" : existing.deadline().words());
            done.setValue(existing.doneDate());
            version = existing.version();
        }
        long v = version;
        Long id = existing == null ? null : existing.id();
        onSave(() -> plans.saveMilestone(actionId, id,
                new MilestoneEdit(v, description.getValue(), deadline.getValue(), done.getValue())));
        if (existing != null) {
            onRemove(() -> plans.removeMilestone(actionId, existing.id(), existing.version()));
        }
    }
}
