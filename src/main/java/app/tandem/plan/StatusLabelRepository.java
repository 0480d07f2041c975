package app.tandem.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusLabelRepository extends JpaRepository<StatusLabel, Long> {}
