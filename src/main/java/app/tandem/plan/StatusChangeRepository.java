package app.tandem.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    List<StatusChange> findByActionIdOrderByChangedAtDescIdDesc(long actionId);
}
