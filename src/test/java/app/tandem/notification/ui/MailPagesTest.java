package app.tandem.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.KaribuTest;
import app.tandem.notification.Frequency;
import app.tandem.notification.MailKind;
import app.tandem.notification.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MailPagesTest extends KaribuTest {

    @Autowired
    NotificationService notifications;

    @Test
    @SuppressWarnings("unchecked")
    void a_parent_changes_how_often_answers_reach_them() {
        login(NORTHMERE_FORUM_MEMBER);
        UI.getCurrent().navigate("my-email");
        assertThat(_get(H1.class).getText()).isEqualTo("My e-mail settings");
        RadioButtonGroup<Frequency> answers = _get(RadioButtonGroup.class, spec -> spec.withLabel("Answers to my comments"));
        try {
            com.github.mvysny.kaributesting.v10.LocatorJ._setValue(answers, Frequency.WEEKLY);
            assertThat(notifications.mySettings()).anySatisfy(s -> {
                assertThat(s.kind()).isEqualTo(MailKind.ANSWER);
                assertThat(s.frequency()).isEqualTo(Frequency.WEEKLY);
            });
        } finally {
            notifications.setMySetting(MailKind.ANSWER, Frequency.IMMEDIATELY);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void outgoing_mail_lists_only_the_admins_own_area() {
        login(EASTBROOK_ADMIN);
        UI.getCurrent().navigate("admin/outgoing-mail");
        assertThat(_get(H1.class).getText()).isEqualTo("Outgoing mail");
        var grids = com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class);
        for (Grid<?> grid : grids) {
            for (int i = 0; i < GridKt._size(grid); i++) {
                assertThat(GridKt._getFormattedRow(grid, i).toString()).doesNotContain("northmere");
            }
        }
    }

    @Test
    void an_officer_cannot_open_outgoing_mail() {
        login(NORTHMERE_OFFICER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("admin/outgoing-mail"))
                .hasMessageContaining("Access is denied");
    }

    @Test
    void a_broken_unsubscribe_link_gets_one_plain_message_without_signing_in() {
        logout();
        UI.getCurrent().navigate("unsubscribe", com.vaadin.flow.router.QueryParameters.of("t", "abc.def"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("unsubscribe-outcome")).getText())
                .startsWith("This link does not work.");
    }
}
