package app.tandem.importer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportAuditRepository extends JpaRepository<ImportAudit, Long> {

    List<ImportAudit> findTop50ByOrderByAtDesc();
}
