package app.tandem.survey;

/** Who a survey is for. */
public enum Audience {
    PARENTS_CARERS,
    YOUNG_PEOPLE,
    PRACTITIONERS
}
