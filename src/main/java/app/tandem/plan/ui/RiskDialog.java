package app.tandem.plan.ui;

import app.tandem.access.PersonSummary;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.RiskView;
import app.tandem.plan.RiskEdit;
import app.tandem.plan.RiskScore;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Add or change a risk. Consequence and likelihood are chosen from 1 to 5 (or left unscored); the
 * score is shown as it is computed, never typed.
 */
final class RiskDialog extends EditDialog {

    final TextArea description = new TextArea();
    final TextArea resultIn = new TextArea();
    final Select<Integer> consequence = factor("risk.consequence");
    final Select<Integer> likelihood = factor("risk.likelihood");
    final TextArea mitigation = new TextArea();
    final Select<Integer> revisedConsequence = factor("risk.revisedConsequence");
    final Select<Integer> revisedLikelihood = factor("risk.revisedLikelihood");
    final ComboBox<PersonSummary> owner = new ComboBox<>();
    final Paragraph scores = new Paragraph();

    RiskDialog(PlanService plans, List<PersonSummary> staff, long actionId, @Nullable RiskView existing, Runnable onSaved) {
        super(existing == null ? "risk.add" : "risk.edit", onSaved);
        description.setLabel(getTranslation("risks.riskThatHeader"));
        description.setRequiredIndicatorVisible(true);
        resultIn.setLabel(getTranslation("risks.resultIn"));
        mitigation.setLabel(getTranslation("risks.mitigation"));
        owner.setLabel(getTranslation("risks.owner"));
        owner.setItems(staff);
        owner.setItemLabelGenerator(PersonSummary::displayName);
        owner.setClearButtonVisible(true);
        scores.getElement().setAttribute("aria-live", "polite");
        form(Map.of("description", description, "resultIn", resultIn, "consequence", consequence, "likelihood", likelihood,
                        "mitigation", mitigation, "revisedConsequence", revisedConsequence, "revisedLikelihood",
                        revisedLikelihood, "ownerId", owner),
                description, resultIn, consequence, likelihood, mitigation, revisedConsequence, revisedLikelihood, owner,
                scores);
        long version = 0;
        if (existing != null) {
            version = existing.version();
            description.setValue(existing.description());
            resultIn.setValue(existing.resultIn() == null ? "" : existing.resultIn());
            consequence.setValue(existing.score().consequence());
            likelihood.setValue(existing.score().likelihood());
            mitigation.setValue(existing.mitigation() == null ? "" : existing.mitigation());
            revisedConsequence.setValue(existing.revisedScore().consequence());
            revisedLikelihood.setValue(existing.revisedScore().likelihood());
            owner.setValue(staff.stream().filter(p -> Long.valueOf(p.id()).equals(existing.ownerId())).findFirst().orElse(null));
        }
        for (Select<Integer> s : List.of(consequence, likelihood, revisedConsequence, revisedLikelihood)) {
            s.addValueChangeListener(e -> showScores());
        }
        showScores();
        long v = version;
        Long id = existing == null ? null : existing.id();
        onSave(() -> plans.saveRisk(actionId, id, new RiskEdit(v, description.getValue(), resultIn.getValue(),
                consequence.getValue(), likelihood.getValue(), mitigation.getValue(), revisedConsequence.getValue(),
                revisedLikelihood.getValue(), owner.getValue() == null ? null : owner.getValue().id())));
        if (existing != null) {
            onRemove(() -> plans.removeRisk(actionId, existing.id(), existing.version()));
        }
    }

    private Select<Integer> factor(String labelKey) {
        Select<Integer> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(1, 2, 3, 4, 5);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("risk.factor.none"));
        select.setItemLabelGenerator(i -> i == null ? getTranslation("risk.factor.none") : getTranslation("risk.factor." + i));
        return select;
    }

    private void showScores() {
        scores.setText(getTranslation("risk.scoresNow", text(new RiskScore(consequence.getValue(), likelihood.getValue())),
                text(new RiskScore(revisedConsequence.getValue(), revisedLikelihood.getValue()))));
    }

    private String text(RiskScore s) {
        return s.isScored() ? getTranslation("risks.scoreShort", s.value(), getTranslation("risks.band." + s.band()))
                : getTranslation("risks.notScored");
    }
}
