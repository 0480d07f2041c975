package app.tandem.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    Optional<Publication> findByPlanId(long planId);
}
