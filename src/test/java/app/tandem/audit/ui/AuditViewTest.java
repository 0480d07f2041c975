package app.tandem.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.KaribuTest;
import app.tandem.access.AccessService;
import app.tandem.access.NewPerson;
import app.tandem.access.Role;
import app.tandem.audit.AuditKind;
import app.tandem.audit.AuditService;
import app.tandem.audit.AuditViews.RetentionSettings;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit trail page (AU-1) and the retention periods under it (PR-3), as an admin uses them. */
class AuditViewTest extends KaribuTest {

    @Autowired
    AccessService access;

    @Autowired
    AuditService audit;

    @Test
    void an_admin_sees_the_newest_records_first_and_filters_them_by_kind() {
        login(NORTHMERE_ADMIN);
        String name = "Karibu Audit " + UUID.randomUUID().toString().substring(0, 6);
        access.addPerson(new NewPerson("k-" + UUID.randomUUID().toString().substring(0, 8) + "@northmere.test", name,
                null, null, Role.VIEWER), "a long first password");

        UI.getCurrent().navigate("admin/audit");
        assertThat(_get(H1.class).getText()).isEqualTo("Audit trail");
        AuditView view = _get(AuditView.class);
        assertThat(GridKt._size(view.grid)).isPositive();
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Person added").anyMatch(c -> c.startsWith(name));
        assertThat(view.count.getText()).endsWith(" entries");
        assertThat(_get(Anchor.class, spec -> spec.withText("Download these entries as a spreadsheet (CSV)"))).isNotNull();

        _setValue(view.kind, AuditKind.ERASURE);
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            assertThat(GridKt._getFormattedRow(view.grid, i)).contains("Account erased");
        }
        _setValue(view.kind, AuditKind.PERSON_ADDED);
        assertThat(GridKt._size(view.grid)).isPositive();
        assertThat(view.count.getText()).isEqualTo(audit.count(view.filter()) + " entries");
    }

    @Test
    void retention_periods_are_checked_beside_the_field_and_saved() {
        login(NORTHMERE_ADMIN);
        RetentionSettings before = audit.retention();
        UI.getCurrent().navigate("admin/audit");
        IntegerField comments = _get(IntegerField.class, spec -> spec.withLabel("Comments"));

        _setValue(comments, 0);
        _click(_get(Button.class, spec -> spec.withText("Save retention periods")));
        assertThat(comments.isInvalid()).isTrue();
        assertThat(comments.getErrorMessage()).isEqualTo("Enter a number of months from 1 to 240.");

        _setValue(comments, before.commentsMonths() + 1);
        _click(_get(Button.class, spec -> spec.withText("Save retention periods")));
        try {
            assertThat(comments.isInvalid()).isFalse();
            assertThat(audit.retention().commentsMonths()).isEqualTo(before.commentsMonths() + 1);
        } finally {
            RetentionSettings now = audit.retention();
            audit.saveRetention(new RetentionSettings(now.version(), before.commentsMonths(), now.answersMonths(),
                    now.auditMonths()));
        }
    }

    @Test
    void an_officer_cannot_open_the_audit_trail_and_the_refusal_is_recorded() {
        long officerId = ((app.tandem.access.TandemUser) login(NORTHMERE_OFFICER)).accountId();
        long before = as(NORTHMERE_ADMIN, () -> audit.count(new app.tandem.audit.AuditViews.AuditFilter(
                AuditKind.ACCESS_DENIED, officerId, null, null)));

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/audit")).hasMessageContaining("Access is denied");

        var denied = as(NORTHMERE_ADMIN, () -> audit.find(new app.tandem.audit.AuditViews.AuditFilter(
                AuditKind.ACCESS_DENIED, officerId, null, null), 0, 5));
        assertThat(denied).hasSizeGreaterThan((int) Math.min(before, 4));
        assertThat(denied.getFirst().objectType()).isEqualTo("PAGE");
        assertThat(denied.getFirst().what()).isEqualTo("/admin/audit");
    }
}
