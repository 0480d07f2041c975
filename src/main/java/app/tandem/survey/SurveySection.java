package app.tandem.survey;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "survey_section")
class SurveySection extends AreaScopedEntity {

    @Column(name = "survey_id", nullable = false, updatable = false)
    long surveyId;

    int position;

    String title = "";

    @Nullable String introduction;

    protected SurveySection() {}

    SurveySection(long surveyId) {
        this.surveyId = surveyId;
    }
}
