package app.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.audit.AuditKind;
import app.tandem.audit.AuditService;
import app.tandem.audit.AuditViews.AuditEntry;
import app.tandem.audit.AuditViews.AuditFilter;
import app.tandem.base.PersonalDataContributor.PersonalDataSection;
import app.tandem.feedback.CommentState;
import app.tandem.feedback.FeedbackService;
import app.tandem.feedback.FeedbackViews.NewComment;
import app.tandem.feedback.FeedbackViews.Posted;
import app.tandem.feedback.TargetKind;
import app.tandem.notification.Frequency;
import app.tandem.notification.MailKind;
import app.tandem.notification.NotificationService;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Quality bar PR-3: an admin exports everything about one person, and erases the account keeping the plan's history. */
class PersonalDataTest extends TandemSpringTest {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    AccessService access;

    @Autowired
    FeedbackService feedback;

    @Autowired
    NotificationService notifications;

    @Autowired
    PlanService plans;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    String email;
    PersonSummary person;
    long actionId;
    Posted published;
    Posted held;

    @BeforeEach
    void aForumMemberWhoCommented() {
        email = "erin-" + UUID.randomUUID().toString().substring(0, 8) + "@northmere.test";
        person = as(NORTHMERE_ADMIN, () -> access.addPerson(new NewPerson(email, "Erin <b>Example</b>",
                "Parent carer", null, Role.FORUM_MEMBER), "a long first password"));
        long planId = as(NORTHMERE_ADMIN, () -> plans.listPlans().getFirst().id());
        actionId = as(NORTHMERE_ADMIN, () -> plans.findActions(planId, ActionFilter.none(), 0, 1).getFirst().id());
        published = as(email, () -> feedback.post(comment("We waited forty weeks for an assessment.")));
        held = as(email, () -> feedback.post(comment("Ring me on 07700 900123 about my son.")));
        as(email, () -> notifications.setMySetting(MailKind.ANSWER, Frequency.DAILY));
    }

    @Test
    void the_export_holds_the_profile_comments_preferences_and_audit_records_as_json_and_as_a_page() throws Exception {
        byte[] json = as(NORTHMERE_ADMIN, () -> personalData.exportJson(person.id())).bytes();
        JsonNode root = JsonMapper.builder().build().readTree(json);
        Map<String, JsonNode> sections = new java.util.LinkedHashMap<>();
        root.get("sections").forEach(s -> sections.put(s.get("title").asString(), s.get("items")));

        assertThat(sections).containsKeys("Profile", "Comments", "Mail preferences", "Audit records about them",
                "Progress updates written", "Measure values entered");
        assertThat(sections.get("Profile").get(0).get("E-mail address").asString()).isEqualTo(email);
        assertThat(sections.get("Comments").toString()).contains("We waited forty weeks").contains("07700 900123");
        assertThat(sections.get("Mail preferences").toString()).contains("ANSWER").contains("DAILY");
        assertThat(sections.get("Audit records about them").toString()).contains("PERSON_ADDED");

        String html = new String(as(NORTHMERE_ADMIN, () -> personalData.exportHtml(person.id())).bytes(),
                StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>What Tandem holds about Erin &lt;b&gt;Example&lt;/b&gt;</h1>")
                .contains("We waited forty weeks").doesNotContain("<b>Example</b>");
        assertThat(as(NORTHMERE_ADMIN, () -> audit.find(new AuditFilter(AuditKind.PERSONAL_DATA_EXPORT, null, null, null),
                0, 10))).filteredOn(e -> e.objectId() == person.id()).hasSize(2);
    }

    @Test
    void erasure_anonymises_authorship_removes_unpublished_words_disables_sign_in_and_is_audited() {
        int changed = as(NORTHMERE_ADMIN, () -> personalData.erase(person.id()));

        assertThat(changed).isGreaterThan(2);
        PersonSummary after = as(NORTHMERE_ADMIN, () -> access.people()).stream().filter(p -> p.id() == person.id())
                .findFirst().orElseThrow();
        assertThat(after.displayName()).isEqualTo("A former forum member");
        assertThat(after.email()).isEqualTo("erased-" + person.id() + "@tandem.invalid");
        assertThat(after.jobTitle()).isNull();
        assertThat(after.enabled()).isFalse();
        assertThat(FormerNames.isErased(after)).isTrue();
        assertThatThrownBy(() -> userDetailsService.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);

        // The plan's history stays whole: the published comment keeps its words, under no name.
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, author_name, body, show_name from feedback_comment where author_id = ? order by id", person.id());
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.get("author_name")).isEqualTo("A former forum member"));
        assertThat(rows.get(0).get("body")).isEqualTo("We waited forty weeks for an assessment.");
        assertThat(rows.get(1).get("body")).asString().doesNotContain("07700");
        assertThat(as(NORTHMERE_VIEWER, () -> feedback.thread(TargetKind.ACTION, actionId).comments()))
                .filteredOn(c -> c.id() == published.commentId())
                .singleElement().satisfies(c -> assertThat(c.authorLabel()).doesNotContain("Erin"));
        assertThat(jdbc.queryForObject("select count(*) from notification_preference where account_id = ?", Long.class,
                person.id())).isZero();

        List<AuditEntry> erasures = as(NORTHMERE_ADMIN,
                () -> audit.find(new AuditFilter(AuditKind.ERASURE, null, null, null), 0, 20));
        assertThat(erasures).filteredOn(e -> e.objectId() == person.id()).singleElement()
                .satisfies(e -> assertThat(e.what()).startsWith("A former forum member").doesNotContain("Erin"));
        // Earlier records about them now show the former name too, without any record having changed.
        assertThat(as(NORTHMERE_ADMIN, () -> audit.find(new AuditFilter(AuditKind.PERSON_ADDED, null, null, null), 0, 50)))
                .filteredOn(e -> e.objectId() == person.id()).singleElement()
                .satisfies(e -> assertThat(e.what()).doesNotContain("Erin"));

        // After erasure the export holds nothing that names them.
        List<PersonalDataSection> again = as(NORTHMERE_ADMIN, () -> personalData.export(person.id())).sections();
        assertThat(again.toString()).doesNotContain("Erin").doesNotContain(email).doesNotContain("07700");
        assertThat(as(NORTHMERE_ADMIN, () -> personalData.erase(person.id()))).isZero();
        assertThatThrownBy(() -> as(NORTHMERE_ADMIN, () -> access.setPersonEnabled(person.id(), true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_admin_cannot_erase_their_own_account_and_others_cannot_erase_at_all() {
        long adminId = as(NORTHMERE_ADMIN, () -> access.people()).stream().filter(p -> NORTHMERE_ADMIN.equals(p.email()))
                .findFirst().orElseThrow().id();
        assertThatThrownBy(() -> as(NORTHMERE_ADMIN, () -> personalData.erase(adminId)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as(NORTHMERE_OFFICER, () -> personalData.erase(person.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        // An admin of another area cannot even find them.
        assertThatThrownBy(() -> as(EASTBROOK_ADMIN, () -> personalData.erase(person.id())))
                .isInstanceOf(app.tandem.base.NotFoundException.class);
        assertThat(held.state()).isEqualTo(CommentState.HELD);
    }

    private NewComment comment(String body) {
        return new NewComment(TargetKind.ACTION, actionId, null, body, false, false, UUID.randomUUID().toString());
    }
}
