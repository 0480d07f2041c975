package app.tandem.survey;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An officer-defined option of a choice question. */
@Entity
@Table(name = "survey_option")
class SurveyOption extends AreaScopedEntity {

    @Column(name = "question_id", nullable = false, updatable = false)
    long questionId;

    int position;

    String code = "";

    String label = "";

    protected SurveyOption() {}

    SurveyOption(long questionId, int position, String code, String label) {
        this.questionId = questionId;
        this.position = position;
        this.code = code;
        this.label = label;
    }
}
