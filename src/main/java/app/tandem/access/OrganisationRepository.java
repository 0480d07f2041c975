package app.tandem.access;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {
    List<Organisation> findAllByOrderByNameAsc();

    boolean existsByShortNameIgnoreCase(String shortName);
}
