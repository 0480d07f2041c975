package app.tandem.bench;

import app.tandem.EmbeddedPostgresConfig;
import org.springframework.context.annotation.Import;

/** {@link SurveyTallyBench} on PostgreSQL 17 (embedded), what production runs. */
@Import(EmbeddedPostgresConfig.class)
class SurveyTallyPostgresBench extends SurveyTallyBench {}
