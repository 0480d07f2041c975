package app.tandem.progress;

import app.tandem.plan.PlanViews.StatusView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Read models of progress for views and other modules. Never entities. */
public final class ProgressViews {

    private ProgressViews() {}

    public record UpdateView(long id, long actionId, LocalDate date, long authorId, String authorName, String narrative,
            boolean statusChanged, @Nullable String fromLabel, @Nullable String toLabel, @Nullable Long correctsUpdateId,
            List<LinkView> evidence, List<AttachmentView> attachments, List<String> milestonesDone, Instant createdAt,
            boolean internalOnly) {}

    /**
     * The gist of an update for a report line or the public page: no files, links or authors.
     * Status words are null when the update did not change the status. {@code postedAt} is when it
     * was written (its {@code date} is the day it is about, which may be earlier).
     */
    public record UpdateLine(long updateId, long actionId, LocalDate date, String narrative,
            @Nullable String fromLabel, @Nullable String toLabel, boolean statusChanged, java.time.Instant postedAt) {}

    public record LinkView(String url, @Nullable String title) {}

    public record AttachmentView(long id, String fileName, String contentType, long sizeBytes) {}

    /** A file to send to someone allowed to read it. */
    public record AttachmentFile(String fileName, String contentType, byte[] bytes) {}

    /** One action judged by the attention rules. */
    public record ActionAttention(long actionId, long planId, @Nullable String ref, String title,
            @Nullable StatusView status, @Nullable LocalDate lastUpdate, Attention.Verdict verdict) {}
}
