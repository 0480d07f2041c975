package app.tandem.audit;

import app.tandem.access.SystemWork;
import app.tandem.access.AccessService;
import app.tandem.access.AreaSummary;
import app.tandem.base.RetentionRule;
import app.tandem.base.RetentionRule.RetentionKind;
import app.tandem.base.Tenancy;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each area's retention periods (PR-3) every night: for every {@link RetentionRule} the
 * modules offer, in each area in turn, as that area's system user, one transaction per area. Logs
 * and audits counts only, never content.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final AccessService access;
    private final RetentionSettingRepository settings;
    private final List<RetentionRule> rules;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    RetentionJob(AccessService access, RetentionSettingRepository settings, List<RetentionRule> rules, AuditLog audit,
            PlatformTransactionManager tm, Clock clock) {
        this.access = access;
        this.settings = settings;
        this.rules = List.copyOf(rules);
        this.audit = audit;
        this.tx = new TransactionTemplate(tm);
        this.clock = clock;
    }

    /** Every area; what changed, by area. */
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "audit.retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    @Scheduled(cron = "${tandem.retention.cron:0 30 2 * * *}")
    void run() {
        List<AreaSummary> areas = SystemWork.inArea(Tenancy.NO_AREA, access::allAreas);
        for (AreaSummary area : areas) {
            try {
                applyIn(area.id());
            } catch (RuntimeException e) {
                log.error("Retention failed in area {}; the other areas go on", area.id(), e);
            }
        }
    }

    /** One area: how many rows each kind of data lost or had anonymised. */
    Map<RetentionKind, Integer> applyIn(long areaId) {
        Instant now = clock.instant();
        return SystemWork.inArea(areaId, () -> tx.execute(status -> {
            RetentionSetting s = settings.findFirstBy().orElseGet(RetentionSetting::new);
            Map<RetentionKind, Integer> counts = new EnumMap<>(RetentionKind.class);
            for (RetentionRule rule : rules) {
                int months = switch (rule.kind()) {
                    case COMMENTS -> s.commentsMonths;
                    case FREE_TEXT_ANSWERS -> s.answersMonths;
                    case AUDIT_ENTRIES -> s.auditMonths;
                };
                Instant cutoff = now.atZone(AuditService.UK).minusMonths(months).toInstant();
                counts.merge(rule.kind(), rule.applyBefore(areaId, cutoff), Integer::sum);
            }
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            log.info("Retention in area {}: {}", areaId, counts);
            if (total > 0) {
                audit.record(areaId, AuditKind.RETENTION, "AREA", areaId, counts.toString());
            }
            return counts;
        }));
    }
}
