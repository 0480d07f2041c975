package app.tandem.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a mail says, before it becomes plain text and HTML. {@code quote} is someone's own words
 * (a comment): it is only ever set as text, so markup in it arrives as the characters typed.
 *
 * @param items lines with their own links (digests)
 */
record Letter(String subject, List<String> paragraphs, @Nullable String quote, List<Item> items, String linkText,
        String link) {

    record Item(String text, String link) {}

    static Letter of(String subject, List<String> paragraphs, @Nullable String quote, String linkText, String link) {
        return new Letter(subject, paragraphs, quote, List.of(), linkText, link);
    }
}
