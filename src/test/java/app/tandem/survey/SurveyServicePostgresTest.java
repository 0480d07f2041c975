package app.tandem.survey;

import app.tandem.EmbeddedPostgresConfig;
import org.springframework.context.annotation.Import;

/**
 * Every survey service test again on PostgreSQL 17 (embedded), where the exactly-once submit, the
 * savepoint around it and the batched counts meet real row locks.
 */
@Import(EmbeddedPostgresConfig.class)
class SurveyServicePostgresTest extends SurveyServiceTest {}
