package app.tandem.language;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GlossaryTermRepository extends JpaRepository<GlossaryTerm, Long> {

    List<GlossaryTerm> findAllByOrderByAcronymAsc();

    Optional<GlossaryTerm> findByAcronym(String acronym);
}
