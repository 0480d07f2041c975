package app.tandem.home;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HomeVisitRepository extends JpaRepository<HomeVisit, Long> {

    Optional<HomeVisit> findByAccountId(long accountId);
}
