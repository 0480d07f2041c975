package app.tandem.audit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionSettingRepository extends JpaRepository<RetentionSetting, Long> {

    /** The area's row (tenancy picks the area), if an admin ever saved one. */
    Optional<RetentionSetting> findFirstBy();
}
