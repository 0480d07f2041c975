package app.tandem.importer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.KaribuTest;
import app.tandem.importer.ImportProblem;
import app.tandem.importer.TandemField;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The import wizard as an admin uses it, with the seed 000 workbook. */
class ImportViewTest extends KaribuTest {

    @Autowired PlatformTransactionManager transactions;

    private ImportView openAsAdmin() {
        login(NORTHMERE_ADMIN);
        UI.getCurrent().navigate("admin/import");
        return (ImportView) _get(ImportView.class);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImportViewTest.class.getResourceAsStream("/importer/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void upload(String name, byte[] bytes) {
        UploadKt._upload(_get(Upload.class), name, "application/octet-stream", bytes);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void an_admin_uploads_the_barnet_workbook_checks_the_columns_and_sees_every_action() throws IOException {
        ImportView view = openAsAdmin();
        assertThat(_get(H1.class).getText()).isEqualTo("Import a plan");

        upload("barnet-000-improvement-plan.xlsx", fixture("barnet-000-improvement-plan.xlsx"));

        assertThat(_get(TextField.class, s -> s.withLabel("Title of the new plan")).getValue())
                .isEqualTo("Draft SEND inspection improvement plan");
        @SuppressWarnings("unchecked")
        ComboBox<TandemField> likelihood = _get(ComboBox.class, s -> s.withLabel("Column M: Likely hood"));
        assertThat(likelihood.getValue()).isEqualTo(TandemField.LIKELIHOOD);
        @SuppressWarnings("unchecked")
        ComboBox<TandemField> comment = _get(ComboBox.class, s -> s.withLabel("Column A: Comment from SEND inspection"));
        assertThat(comment.getValue()).isEqualTo(TandemField.PRIORITY);

        view.check.click();

        assertThat(view.summary.getText()).contains("20 rows make 8 priorities, 14 outcomes, 20 actions, 0 milestones and 16 risks");
        assertThat(GridKt._size(view.actions)).isEqualTo(20);
        ImportProblem zero = view.problems.getListDataView().getItems()
                .filter(p -> p.key().equals("import.problem.scoreZero")).findFirst().orElseThrow();
        assertThat(zero.row()).isEqualTo(6);
        assertThat(view.organisations.getValue()).extracting(o -> o.shortName()).contains("NCL CCG", "BEH");
        assertThat(view.importButton.isEnabled()).isTrue();

        // Import, inside a transaction rolled back afterwards so the shared demo data stays as it was.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            view.importButton.click();
            assertThat(_get(Anchor.class, s -> s.withText("Open the plan")).getHref()).startsWith("plans/");
        });
    }

    @Test
    void changing_a_column_choice_changes_the_preview() throws IOException {
        ImportView view = openAsAdmin();
        upload("barnet-000-improvement-plan.csv", fixture("barnet-000-improvement-plan.csv"));
        @SuppressWarnings("unchecked")
        ComboBox<TandemField> action = _get(ComboBox.class, s -> s.withLabel("Column C: Action"));
        action.setValue(TandemField.IGNORE);

        view.check.click();

        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(view.problems.getListDataView().getItems().map(ImportProblem::key))
                .contains("import.problem.noActionColumn");
    }

    @Test
    void a_macro_workbook_is_refused_in_words() {
        ImportView view = openAsAdmin();
        upload("plan.xlsm", new byte[] {0x50, 0x4B, 0x03, 0x04});

        assertThat(view.fileMessage.getText()).startsWith("Workbooks with macros (.xlsm) are not accepted.");
        assertThat(view.check.isVisible()).isTrue(); // the button exists, its step stays hidden
    }

    @Test
    void an_existing_title_must_be_confirmed_before_importing() throws IOException {
        ImportView view = openAsAdmin();
        upload("hf-001-areas-for-development.csv", fixture("hf-001-areas-for-development.csv"));
        view.title.setValue("northmere local area SEND written statement of action");
        view.check.click();

        assertThat(view.titleTakenMessage.isVisible()).isTrue();
        assertThat(view.titleTakenMessage.getText()).contains("already exists");
        view.importButton.click();
        assertThat(view.confirmSameTitle.isInvalid()).isTrue();
    }

    @Test
    void an_officer_cannot_open_the_wizard() {
        login(NORTHMERE_OFFICER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/import")).isInstanceOf(MockAccessDeniedException.class);
    }
}
