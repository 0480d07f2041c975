package app.tandem.access;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LocalAreaRepository extends JpaRepository<LocalArea, Long> {
    Optional<LocalArea> findBySlug(String slug);
}
