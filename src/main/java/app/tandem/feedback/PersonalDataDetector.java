package app.tandem.feedback;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quality bar PR-1: spots text that looks like it holds personal or health data, so the comment
 * is held for a moderator. Errs on the side of holding: a false alarm costs a moderator a click,
 * a miss publishes a child's details.
 */
public final class PersonalDataDetector {

    /** Why a text was held; the names are shown to moderators. */
    public enum Kind { EMAIL, PHONE, NHS_NUMBER, DATE_OF_BIRTH, POSTCODE, DIAGNOSIS, CHILD_NAME }

    public static final List<String> DEFAULT_DIAGNOSIS_TERMS = List.of("autism", "autistic", "asd", "asc", "adhd",
            "epilepsy", "epileptic", "cerebral palsy", "down syndrome", "down's syndrome", "dyslexia",
            "dyspraxia", "dyscalculia", "global developmental delay", "pda", "pathological demand avoidance",
            "anxiety disorder", "depression", "ocd", "tourette", "tourette's", "spina bifida", "cystic fibrosis",
            "diabetes", "sensory processing disorder", "fasd", "foetal alcohol", "hearing impairment", "deaf",
            "visual impairment", "blind", "selective mutism", "eating disorder", "anorexia", "self-harm",
            "learning disability", "muscular dystrophy", "hydrocephalus", "chromosome deletion", "22q");

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern EMAIL_SPELT = Pattern.compile("\\b[\\w.]+\\s*(\\(at\\)|\\[at]| at )\\s*[\\w-]+\\s*(\\.|\\(dot\\)| dot )\\s*(com|co\\.uk|org|net|uk)\\b",
            Pattern.CASE_INSENSITIVE);
    /** UK numbers: 07xxx xxxxxx, 01/02/03 landlines, +44 forms, with spaces, dots or dashes. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(\\+44\\s?\\(?0?\\)?\\s?|0)(\\d[\\s.-]?){9,10}(?![\\d])");
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\d])(\\d{3})[\\s-]?(\\d{3})[\\s-]?(\\d{4})(?![\\d])");
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d])(0?[1-9]|[12]\\d|3[01])[/.-](0?[1-9]|1[0-2])[/.-](19|20)?\\d{2}(?![\\d])");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "\\b(born|birthday|dob|d\\.o\\.b\\.?|date of birth)\\b[^.!?]{0,40}?\\b(\\d{1,2}(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(19|20)\\d{2}|\\d{1,2}[/.-]\\d{1,2})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b([A-Z]{1,2}\\d[A-Z\\d]?)\\s*(\\d[A-Z]{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHILD = Pattern.compile(
            "\\b(?i:my|our)\\s+(?i:(?:little|eldest|youngest|oldest|older|younger|middle)\\s+)?"
                    + "(?i:son|daughter|child|boy|girl|grandson|granddaughter|stepson|stepdaughter|foster child|kid|twins?)"
                    + "\\s*,?\\s+(?:(?i:is\\s+called|called|named)\\s+)?(?<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\b");
    private static final Pattern CHILD_NAMED = Pattern.compile(
            "\\b(son|daughter|child)('s)?\\s+(name\\s+is|is\\s+called|called|named)\\s+([A-Z][a-z]+)");
    /** Capitalised words after "my son" that are not names. */
    private static final Set<String> NOT_NAMES = Set.of("Is", "Was", "And", "But", "Has", "Had", "Who", "The", "At",
            "In", "Goes", "Went", "Attends", "Needs", "Waited", "Still", "Can", "Cannot", "Does", "Did", "Will", "Would",
            "Should", "Could", "Also", "Only", "Just", "Now", "Then", "When", "With", "For", "On", "Of", "To", "I",
            "Year", "Loves", "Likes", "Gets", "Got");

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+|\\n");
    /**
     * A diagnosis term counts as health data when the sentence is about a person ("my son has ADHD",
     * "she was diagnosed with epilepsy"), not when it names a service ("the ADHD pathway is slow").
     */
    private static final Pattern PERSONAL = Pattern.compile(
            "\\b(my|our|his|her|he|she|he's|she's|i|i'm|i've|me|son|daughter|child's|diagnos\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    private final List<Pattern> diagnosisPatterns;

    public PersonalDataDetector(List<String> diagnosisTerms) {
        List<Pattern> patterns = new ArrayList<>();
        for (String term : diagnosisTerms) {
            String t = term.strip();
            if (!t.isEmpty()) {
                patterns.add(Pattern.compile("\\b" + Pattern.quote(t) + "\\b", Pattern.CASE_INSENSITIVE));
            }
        }
        this.diagnosisPatterns = List.copyOf(patterns);
    }

    public static PersonalDataDetector withDefaults() {
        return new PersonalDataDetector(DEFAULT_DIAGNOSIS_TERMS);
    }

    public Set<Kind> findings(String text) {
        Set<Kind> found = new LinkedHashSet<>();
        if (EMAIL.matcher(text).find() || EMAIL_SPELT.matcher(text).find()) {
            found.add(Kind.EMAIL);
        }
        Matcher ten = TEN_DIGITS.matcher(text);
        while (ten.find()) {
            if (isNhsNumber(ten.group(1) + ten.group(2) + ten.group(3))) {
                found.add(Kind.NHS_NUMBER);
            }
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String digits = phone.group().replaceAll("\\D", "");
            if (digits.startsWith("44")) {
                digits = "0" + digits.substring(2).replaceFirst("^00", "0");
            }
            if (digits.length() >= 10 && digits.length() <= 11 && digits.startsWith("0")
                    && digits.charAt(1) != '0') {
                found.add(Kind.PHONE);
            }
        }
        if (DATE.matcher(text).find() || DATE_WORDS.matcher(text).find()) {
            found.add(Kind.DATE_OF_BIRTH);
        }
        if (POSTCODE.matcher(text).find()) {
            found.add(Kind.POSTCODE);
        }
        for (String sentence : SENTENCE.split(text)) {
            if (PERSONAL.matcher(sentence).find() && diagnosisPatterns.stream().anyMatch(p -> p.matcher(sentence).find())) {
                found.add(Kind.DIAGNOSIS);
            }
        }
        Matcher child = CHILD.matcher(text);
        while (child.find()) {
            if (!NOT_NAMES.contains(child.group("name"))) {
                found.add(Kind.CHILD_NAME);
            }
        }
        if (CHILD_NAMED.matcher(text).find()) {
            found.add(Kind.CHILD_NAME);
        }
        return found;
    }

    /** An NHS number: 10 digits whose last is the modulus 11 check digit of the first nine. */
    public static boolean isNhsNumber(String digits) {
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
