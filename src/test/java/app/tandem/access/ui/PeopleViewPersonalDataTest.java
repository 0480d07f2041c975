package app.tandem.access.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import app.tandem.access.AccessService;
import app.tandem.access.FormerNames;
import app.tandem.access.NewPerson;
import app.tandem.access.PersonSummary;
import app.tandem.access.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** PR-3 on the People page: an admin opens one person's data, sees both downloads, and erases the account. */
class PeopleViewPersonalDataTest extends KaribuTest {

    @Autowired
    AccessService access;

    @Autowired
    app.tandem.audit.AuditService audit;

    @Test
    void an_admin_downloads_or_erases_one_persons_data_after_confirming() {
        login(NORTHMERE_ADMIN);
        String name = "Karibu Parent " + UUID.randomUUID().toString().substring(0, 6);
        PersonSummary person = access.addPerson(new NewPerson("kp-" + UUID.randomUUID().toString().substring(0, 8)
                + "@northmere.test", name, null, null, Role.FORUM_MEMBER), "a long first password");

        UI.getCurrent().navigate("admin/people");
        PeopleView view = _get(PeopleView.class);
        Button open = (Button) GridKt._getCellComponent(view.grid, rowOf(view, person.email()), "personalData");
        assertThat(open.getText()).isEqualTo("Personal data for " + name);
        _click(open);
        PersonalDataDialog dialog = _get(PersonalDataDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withText("Download as JSON (for other systems)")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withText("Download as a web page (to send to the person)")).getHref())
                .isNotBlank();
        assertThat(dialog.confirmation.isVisible()).isFalse();

        // The same screen changes the person's role (audited as ROLE_CHANGED).
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(dialog.role, Role.VIEWER);
        _click(dialog.changeRole);
        assertThat(access.people().stream().filter(p -> p.id() == person.id()).findFirst().orElseThrow().role())
                .isEqualTo(Role.VIEWER);
        assertThat(audit.find(new app.tandem.audit.AuditViews.AuditFilter(app.tandem.audit.AuditKind.ROLE_CHANGED, null,
                null, null), 0, 20)).anyMatch(e -> e.objectId() != null && e.objectId() == person.id()
                        && e.what().endsWith("FORUM_MEMBER -> VIEWER"));

        _click(dialog.erase);
        assertThat(dialog.confirmation.isVisible()).isTrue();
        assertThat(dialog.confirmErase.getText()).isEqualTo("Yes, erase " + name);
        _click(dialog.confirmErase);

        assertThat(dialog.isOpened()).isFalse();
        PersonSummary after = access.people().stream().filter(p -> p.id() == person.id()).findFirst().orElseThrow();
        assertThat(FormerNames.isErased(after)).isTrue();
        assertThat(after.displayName()).isEqualTo("A former board member");
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            assertThat(GridKt._getFormattedRow(view.grid, i)).noneMatch(c -> c.contains(name));
        }
        int row = rowOf(view, after.email());
        assertThat(((com.vaadin.flow.component.html.Span) GridKt._getCellComponent(view.grid, row, "account")).getText())
                .isEqualTo("Erased");
    }

    private static int rowOf(PeopleView view, String email) {
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            if (GridKt._getFormattedRow(view.grid, i).contains(email)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + email);
    }
}
