package app.tandem.audit;

import app.tandem.access.AccessService;
import app.tandem.access.PersonSummary;
import app.tandem.audit.AuditViews.AuditEntry;
import app.tandem.audit.AuditViews.AuditFilter;
import app.tandem.audit.AuditViews.RetentionSettings;
import app.tandem.base.EditConflictException;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The audit trail for admins (AU-1): read, filter, page and export. Deliberately offers no way to
 * change or remove a record; only the area's retention period ends one (see {@link RetentionJob}).
 * Also the area's retention periods (PR-3).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class AuditService {

    /** Object type of records about a person (their account id is the object id). */
    static final String PERSON = "PERSON";

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");
    /** The most rows one CSV export holds; narrow the filter for more. */
    static final int MAX_EXPORT_ROWS = 100_000;

    private final AuditRecordRepository records;
    private final RetentionSettingRepository retention;
    private final AccessService access;
    private final AuditLog audit;

    AuditService(AuditRecordRepository records, RetentionSettingRepository retention, AccessService access,
            AuditLog audit) {
        this.records = records;
        this.retention = retention;
        this.access = access;
        this.audit = audit;
    }

    /** Newest first; {@code offset} a multiple of {@code limit} (as a grid asks). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        Map<Long, String> names = names();
        return page(filter, offset, limit).stream().map(r -> view(r, names)).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditFilter filter) {
        return records.find(filter.kind(), filter.actorId(), from(filter), to(filter), PageRequest.of(0, 1))
                .getTotalElements();
    }

    /** The filtered records as CSV (UTF-8, with a byte-order mark for spreadsheets); the export is itself audited. */
    @PreAuthorize("hasRole('ADMIN')")
    public AuditCsv exportCsv(AuditFilter filter) {
        Map<Long, String> names = names();
        List<AuditRecord> rows = page(filter, 0, MAX_EXPORT_ROWS);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("When (UTC)", "What", "Who", "Object", "Object id", "Details").get())) {
            for (AuditRecord r : rows) {
                AuditEntry e = view(r, names);
                csv.printRecord(e.at().toString(), e.kind().name(), safeCell(e.who()),
                        e.objectType() == null ? "" : e.objectType(), e.objectId() == null ? "" : e.objectId(),
                        safeCell(e.what()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long areaId = access.currentArea().id();
        audit.record(areaId, AuditKind.EXPORT, "AUDIT", null, "audit records CSV, " + rows.size() + " rows");
        return new AuditCsv("tandem-audit.csv", ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV file for download. */
    public record AuditCsv(String fileName, byte[] bytes) {}

    @PreAuthorize("hasRole('ADMIN')")
    public RetentionSettings retention() {
        return retention.findFirstBy().map(AuditService::settings).orElseGet(() -> settings(new RetentionSetting()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RetentionSettings saveRetention(@Valid RetentionSettings edit) {
        RetentionSetting row = retention.findFirstBy().orElseGet(RetentionSetting::new);
        if (row.getVersion() != edit.version()) {
            throw new EditConflictException("Retention periods");
        }
        row.commentsMonths = edit.commentsMonths();
        row.answersMonths = edit.answersMonths();
        row.auditMonths = edit.auditMonths();
        return settings(retention.saveAndFlush(row));
    }

    private List<AuditRecord> page(AuditFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return records.find(filter.kind(), filter.actorId(), from(filter), to(filter),
                PageRequest.of(Math.max(0, offset) / size, size)).getContent();
    }

    private Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        for (PersonSummary p : access.people()) {
            names.put(p.id(), p.displayName());
        }
        return names;
    }

    private static AuditEntry view(AuditRecord r, Map<Long, String> names) {
        String who = r.actorId() == null ? "Tandem" : names.getOrDefault(r.actorId(), "Account " + r.actorId());
        String what = r.objectLabel() == null ? "" : r.objectLabel();
        if (PERSON.equals(r.objectType()) && r.objectId() != null) {
            String person = names.getOrDefault(r.objectId(), "Account " + r.objectId());
            what = what.isEmpty() ? person : person + ": " + what;
        }
        return new AuditEntry(r.getId() == null ? 0 : r.getId(), r.at(), r.kind(), who, r.objectType(), r.objectId(),
                what);
    }

    private static RetentionSettings settings(RetentionSetting s) {
        return new RetentionSettings(s.getVersion(), s.commentsMonths, s.answersMonths, s.auditMonths);
    }

    private static Instant from(AuditFilter f) {
        return f.from() == null ? EARLIEST : f.from().atStartOfDay(UK).toInstant();
    }

    private static Instant to(AuditFilter f) {
        return f.to() == null ? LATEST : f.to().plusDays(1).atStartOfDay(UK).toInstant();
    }

    /** A cell a spreadsheet would run as a formula starts with an apostrophe instead (BI-2). */
    static String safeCell(@Nullable String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
