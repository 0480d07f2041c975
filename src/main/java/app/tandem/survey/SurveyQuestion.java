package app.tandem.survey;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A question; show-if options are kept as '|'-separated codes. */
@Entity
@Table(name = "survey_question")
class SurveyQuestion extends AreaScopedEntity {

    @Column(name = "survey_id", nullable = false, updatable = false)
    long surveyId;

    @Column(name = "section_id", nullable = false)
    long sectionId;

    int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type")
    QuestionType type = QuestionType.AGREE_5;

    String text = "";

    @Column(name = "easy_text")
    @Nullable String easyText;

    @Nullable String help;

    boolean required;

    @Column(name = "prefer_not_to_say")
    boolean preferNotToSay;

    @Column(name = "show_if_question_id")
    @Nullable Long showIfQuestionId;

    @Column(name = "show_if_options")
    @Nullable String showIfOptions;

    @Column(name = "min_value")
    @Nullable Integer min;

    @Column(name = "max_value")
    @Nullable Integer max;

    protected SurveyQuestion() {}

    SurveyQuestion(long surveyId, long sectionId) {
        this.surveyId = surveyId;
        this.sectionId = sectionId;
    }
}
