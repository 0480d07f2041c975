package app.tandem.feedback;

import app.tandem.base.AreaScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "feedback_diagnosis_term")
class DiagnosisTerm extends AreaScopedEntity {
    String term = "";

    protected DiagnosisTerm() {}

    DiagnosisTerm(String term) {
        this.term = term;
    }
}
