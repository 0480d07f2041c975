package app.tandem.importer;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One import or export (quality bar AU-1). Written once, never changed. */
@Entity
@Table(name = "import_audit")
class ImportAudit extends AreaScopedEntity {

    enum What { IMPORT_SPREADSHEET, IMPORT_JSON, EXPORT_XLSX, EXPORT_JSON }

    @Column(name = "account_id")
    long accountId;

    @Column(name = "account_email")
    String accountEmail = "";

    @Enumerated(EnumType.STRING)
    What what = What.EXPORT_XLSX;

    @Column(name = "plan_id")
    @Nullable Long planId;

    @Column(name = "plan_title")
    @Nullable String planTitle;

    @Column(name = "file_name")
    @Nullable String fileName;

    @Column(name = "row_count")
    @Nullable Integer rowCount;

    @Column(name = "action_count")
    @Nullable Integer actionCount;

    Instant at = Instant.EPOCH;

    protected ImportAudit() {}

    ImportAudit(long accountId, String accountEmail, What what, @Nullable Long planId, @Nullable String planTitle,
            @Nullable String fileName, @Nullable Integer rowCount, @Nullable Integer actionCount, Instant at) {
        this.accountId = accountId;
        this.accountEmail = accountEmail;
        this.what = what;
        this.planId = planId;
        this.planTitle = planTitle == null || planTitle.length() <= 300 ? planTitle : planTitle.substring(0, 300);
        this.fileName = fileName == null || fileName.length() <= 300 ? fileName : fileName.substring(0, 300);
        this.rowCount = rowCount;
        this.actionCount = actionCount;
        this.at = at;
    }
}
