package app.tandem.security;

import app.tandem.audit.AuditViews.AuditFilter;
import app.tandem.audit.AuditViews.RetentionSettings;
import app.tandem.security.RoleMatrixTest.Operation;
import java.util.Map;

/** The rows of the role matrix for issue 10 (trust): audit trail, retention, a person's rights. */
final class TrustOperations {

    private TrustOperations() {}

    static void register(Map<String, Operation> ops) {
        ops.put("findSignInName", new Operation("AccessService", "findSignInName",
                (t, f) -> t.access.findSignInName("viewer@northmere.test")));
        ops.put("personalDataExport", new Operation("PersonalDataService", "export",
                (t, f) -> t.personalData.export(f.personId())));
        ops.put("personalDataExportJson", new Operation("PersonalDataService", "exportJson",
                (t, f) -> t.personalData.exportJson(f.personId())));
        ops.put("personalDataExportHtml", new Operation("PersonalDataService", "exportHtml",
                (t, f) -> t.personalData.exportHtml(f.personId())));
        ops.put("personalDataErase", new Operation("PersonalDataService", "erase",
                (t, f) -> t.personalData.erase(f.personId())));
        ops.put("auditFind", new Operation("AuditService", "find",
                (t, f) -> t.audit.find(AuditFilter.everything(), 0, 10)));
        ops.put("auditCount", new Operation("AuditService", "count",
                (t, f) -> t.audit.count(AuditFilter.everything())));
        ops.put("auditExportCsv", new Operation("AuditService", "exportCsv",
                (t, f) -> t.audit.exportCsv(AuditFilter.everything())));
        ops.put("retentionSettings", new Operation("AuditService", "retention", (t, f) -> t.audit.retention()));
        ops.put("saveRetention", new Operation("AuditService", "saveRetention", (t, f) -> {
            RetentionSettings now = t.asUser(RoleMatrixTest.NORTHMERE_ADMIN, () -> t.audit.retention());
            t.audit.saveRetention(now);
        }));
    }
}
