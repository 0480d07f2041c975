package app.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.TandemSpringTest;
import app.tandem.TestData;
import app.tandem.access.TandemUser;
import app.tandem.base.InvalidInputException;
import app.tandem.base.NotFoundException;
import app.tandem.plan.ActionFilter;
import app.tandem.plan.PlanService;
import app.tandem.plan.PlanViews.ActionDetail;
import app.tandem.plan.PlanViews.ActionRow;
import app.tandem.plan.PlanViews.StatusView;
import app.tandem.plan.StatusChangeView;
import app.tandem.progress.NewUpdate.EvidenceInput;
import app.tandem.progress.NewUpdate.NewAttachment;
import app.tandem.progress.ProgressViews.ActionAttention;
import app.tandem.progress.ProgressViews.AttachmentFile;
import app.tandem.progress.ProgressViews.UpdateView;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Posting progress through the real service, on the demo data; writes are rolled back unless said. */
class ProgressServiceTest extends TandemSpringTest {

    @Autowired ProgressService progress;
    @Autowired PlanService plans;
    @Autowired PlatformTransactionManager transactions;

    long planId;
    ActionDetail own;
    ActionDetail others;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void findActions() {
        login(EASTBROOK_OFFICER);
        TandemUser officer = (TandemUser) login(NORTHMERE_OFFICER);
        planId = plans.listPlans().getFirst().id();
        own = plans.getAction(plans.findActions(planId, TestData.ledBy(officer.accountId()), 0, 1).getFirst().id());
        others = plans.findActions(planId, ActionFilter.none(), 0, 1000).stream().map(ActionRow::id)
                .map(plans::getAction).filter(a -> !a.canEdit()).findFirst().orElseThrow();
    }

    static NewUpdate update(String narrative, Long statusId, List<NewAttachment> files) {
        return new NewUpdate(UUID.randomUUID().toString(), LocalDate.now(), narrative, statusId,
                List.of(new EvidenceInput("https://www.northmere.example/evidence", "Minutes")), files, Set.of(), null);
    }

    <T> T rolledBack(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    @Test
    void an_update_with_a_status_change_records_it_in_the_status_history() {
        StatusView other = own.scheme().stream().filter(s -> own.status() == null || s.id() != own.status().id())
                .filter(s -> !s.complete()).findFirst().orElseThrow();

        rolledBack(() -> {
            UpdateView posted = progress.post(own.id(), update("We met the forum.", other.id(), List.of()));

            assertThat(posted.statusChanged()).isTrue();
            assertThat(posted.toLabel()).isEqualTo(other.label());
            assertThat(plans.getAction(own.id()).status().id()).isEqualTo(other.id());
            StatusChangeView change = plans.statusHistory(own.id()).getFirst();
            assertThat(change.progressUpdateId()).isEqualTo(posted.id());
            assertThat(change.toLabel()).isEqualTo(other.label());
            assertThat(change.fromLabel()).isEqualTo(own.status() == null ? null : own.status().label());
            assertThat(change.changedByName()).isNotBlank();
            assertThat(change.statusDate()).isEqualTo(today);
            assertThat(progress.updates(own.id()).getFirst().narrative()).isEqualTo("We met the forum.");
            return null;
        });
    }

    @Test
    void a_status_change_from_the_edit_form_is_recorded_too_without_an_update() {
        StatusView other = own.scheme().stream().filter(s -> own.status() == null || s.id() != own.status().id())
                .findFirst().orElseThrow();
        var e = TestData.unchanged(own);
        var edit = new app.tandem.plan.ActionEdit(e.version(), e.title(), e.objective(), e.inspectionFinding(),
                e.leadOrganisationId(), e.partnerOrganisationIds(), e.leadOfficerIds(), e.whoText(), e.seniorLead(),
                e.healthAction(), e.laAction(), e.resource(), e.startWords(), e.endWords(), e.detail(), e.monitoring(),
                e.measureOfSuccess(), e.evidence(), e.notes(), other.id(), null);

        rolledBack(() -> {
            plans.updateAction(own.id(), edit);
            StatusChangeView change = plans.statusHistory(own.id()).getFirst();
            assertThat(change.toLabel()).isEqualTo(other.label());
            assertThat(change.progressUpdateId()).isNull();
            return null;
        });
    }

    @Test
    void the_same_form_sent_twice_makes_one_update() {
        NewUpdate once = update("Sent twice by a double click.", null, List.of());

        rolledBack(() -> {
            int before = progress.updates(own.id()).size();
            UpdateView first = progress.post(own.id(), once);
            UpdateView second = progress.post(own.id(), once);

            assertThat(second.id()).isEqualTo(first.id());
            assertThat(progress.updates(own.id())).hasSize(before + 1);
            return null;
        });
    }

    @Test
    void updates_cannot_be_changed_or_deleted_through_the_service() {
        List<String> writers = Arrays.stream(ProgressService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .filter(n -> n.matches("(?i).*(edit|change|delete|remove|update|save|set).*") && !n.equals("updates"))
                .toList();

        assertThat(writers).isEmpty();
        assertThat(ProgressUpdate.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }

    @Test
    void an_officer_who_does_not_lead_the_action_is_refused() {
        assertThatThrownBy(() -> rolledBack(() -> progress.post(others.id(), update("Not mine.", null, List.of()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_family_member_cannot_post() {
        login(NORTHMERE_FORUM_MEMBER);
        assertThatThrownBy(() -> progress.post(own.id(), update("Hello", null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void words_are_required_and_dates_in_the_future_refused() {
        assertThatThrownBy(() -> progress.post(own.id(), update("  ", null, List.of())))
                .isInstanceOf(ConstraintViolationException.class);
        NewUpdate future = new NewUpdate(UUID.randomUUID().toString(), LocalDate.now().plusDays(2), "Too soon", null,
                List.of(), List.of(), Set.of(), null);
        assertThatThrownBy(() -> rolledBack(() -> progress.post(own.id(), future)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("date", "progress.date.future"));
    }

    @Test
    void evidence_links_must_be_web_addresses() {
        for (String url : List.of("javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "www.example.org")) {
            NewUpdate bad = new NewUpdate(UUID.randomUUID().toString(), LocalDate.now(), "Link", null,
                    List.of(new EvidenceInput(url, null)), List.of(), Set.of(), null);
            assertThatThrownBy(() -> rolledBack(() -> progress.post(own.id(), bad))).as(url)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                            .containsEntry("evidence", "progress.evidence.url.invalid"));
        }
    }

    @Test
    void files_too_big_of_the_wrong_type_or_not_what_they_say_are_refused_with_a_reason() {
        byte[] big = new byte[AttachmentRules.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertRefused(new NewAttachment("big.pdf", big), "attachment.tooBig");
        assertRefused(new NewAttachment("tool.exe", new byte[] {'M', 'Z', 0, 0}), "attachment.type");
        assertRefused(new NewAttachment("report.pdf", new byte[] {'M', 'Z', 0, 0}), "attachment.mismatch");
    }

    void assertRefused(NewAttachment file, String key) {
        assertThatThrownBy(() -> rolledBack(() -> progress.post(own.id(), update("With a file", null, List.of(file)))))
                .as(file.fileName())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("attachments", key));
    }

    @Test
    void a_file_is_authorised_on_every_download_and_another_area_gets_nothing() {
        // Committed: another area's user must read through a fresh session of their own.
        byte[] text = "Forum minutes, 12 parents came".getBytes(StandardCharsets.UTF_8);
        UpdateView posted = progress.post(own.id(), new NewUpdate(UUID.randomUUID().toString(), LocalDate.now(),
                "Minutes attached.", null, List.of(), List.of(new NewAttachment("../minutes.txt", text)), Set.of(), null));
        long fileId = posted.attachments().getFirst().id();
        assertThat(posted.attachments().getFirst().fileName()).isEqualTo("minutes.txt");

        AttachmentFile read = as(NORTHMERE_FORUM_MEMBER, () -> progress.attachment(fileId));
        assertThat(read.bytes()).isEqualTo(text);
        assertThat(read.contentType()).isEqualTo("text/plain");

        login(EASTBROOK_OFFICER);
        assertThatThrownBy(() -> progress.attachment(fileId)).isInstanceOf(NotFoundException.class);
        assertThat(progress.updates(own.id())).isEmpty();
        logout();
        assertThatThrownBy(() -> progress.attachment(fileId))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void my_actions_lists_what_the_officer_leads_with_attention_first() {
        List<ActionAttention> mine = progress.myActions();

        assertThat(mine).isNotEmpty().extracting(ActionAttention::actionId).contains(own.id()).doesNotContain(others.id());
        assertThat(mine).extracting(a -> a.verdict().urgency()).isSorted();
        assertThat(progress.attention(planId)).hasSizeGreaterThanOrEqualTo(mine.size());
    }
}
