package app.tandem.language;

import app.tandem.language.LanguageViews.GlossaryEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/** The SEND acronyms the seed plans use (design/domain.md), with plain explanations. */
final class BuiltInGlossary {

    private BuiltInGlossary() {}

    static final Map<String, GlossaryEntry> TERMS = build(new String[][] {
            {"SEND", "Special educational needs and disabilities", "Children and young people who need extra help to learn, or who have a disability."},
            {"WSOA", "Written statement of action", "The area’s plan to fix what inspectors found."},
            {"EHCP", "Education, health and care plan", "A legal document that says what support a child or young person must get."},
            {"EHC", "Education, health and care", "Support from schools, the NHS and social care together."},
            {"EHCNA", "Education, health and care needs assessment", "The assessment that decides whether a child needs an EHC plan."},
            {"AR", "Annual review", "The yearly meeting to check an EHC plan is still right. In some plans it means “additional resource”."},
            {"ER", "Existing resource", "Done with the staff and money already in place."},
            {"KLOE", "Key line of enquiry", "A question inspectors focus on."},
            {"PCF", "Parent carer forum", "The group of local parents and carers who work with the council and NHS."},
            {"CPCF", "Parent carer forum", "The local parent carer forum (the C is the area’s initial)."},
            {"SENCo", "Special educational needs coordinator", "The teacher in a school who organises support for children with SEND."},
            {"DCO", "Designated clinical officer", "The NHS person who makes sure health services play their part for children with SEND."},
            {"DMO", "Designated medical officer", "A doctor who makes sure health services play their part for children with SEND."},
            {"CCG", "Clinical commissioning group", "The NHS body that used to buy local health services; now replaced by the ICB."},
            {"ICB", "Integrated care board", "The NHS body that plans and buys local health services."},
            {"CAMHS", "Child and adolescent mental health services", "NHS services for children’s and young people’s mental health."},
            {"ASD", "Autism spectrum disorder", "Autism."},
            {"ASC", "Autism spectrum condition", "Autism."},
            {"SALT", "Speech and language therapy", "Help with talking, understanding, eating or swallowing."},
            {"SLT", "Speech and language therapy", "Help with talking, understanding, eating or swallowing. In schools it can mean the senior leadership team."},
            {"OT", "Occupational therapy", "Help with everyday skills such as dressing, writing or using equipment."},
            {"PT", "Physiotherapy", "Help with movement and physical strength."},
            {"CYP", "Children and young people", "Children and young people up to age 25."},
            {"PfA", "Preparing for adulthood", "Helping young people get ready for work, living on their own, friends and health."},
            {"SENDIASS", "SEND information, advice and support service", "Free, impartial advice for families about SEND."},
            {"LAC", "Looked-after children", "Children in the care of the council."},
            {"JSNA", "Joint strategic needs assessment", "A study of what local people need from health and care services."},
            {"DLT", "Directorate leadership team", "The council’s senior managers for children’s services."},
            {"BRAG", "Blue, red, amber, green", "Status colours: blue done, red off track, amber at risk, green on track."},
            {"RAGB", "Red, amber, green, blue", "Status colours: red off track, amber at risk, green on track, blue done."},
            {"RAG", "Red, amber, green", "Status colours: red off track, amber at risk, green on track."},
            {"NHS", "National Health Service", "The health service."},
            {"LA", "Local authority", "The council."},
            {"SEN", "Special educational needs", "Children who need extra help to learn."},
    });

    private static Map<String, GlossaryEntry> build(String[][] rows) {
        Map<String, GlossaryEntry> m = new LinkedHashMap<>();
        for (String[] r : rows) {
            m.put(r[0], new GlossaryEntry(r[0], r[1], r[2], true));
        }
        return Map.copyOf(m);
    }
}
