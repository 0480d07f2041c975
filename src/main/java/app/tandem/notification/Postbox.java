package app.tandem.notification;

import app.tandem.language.LanguageService;
import app.tandem.language.LanguageViews.Segment;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link Letter} into a multipart mail (plain text and HTML, the HTML built with jsoup's
 * element API so every piece of text is escaped) with a one-click unsubscribe link and the
 * List-Unsubscribe headers, and hands it to the SMTP server. Throws when the server is down: the
 * caller's transaction rolls back and the outbox keeps the event for a retry.
 */
@Component
class Postbox {

    private static final Logger log = LoggerFactory.getLogger(Postbox.class);

    private final JavaMailSender sender;
    private final LanguageService language;
    private final String from;
    private final String baseUrl;

    Postbox(JavaMailSender sender, LanguageService language, @Value("${tandem.mail.from:Tandem <no-reply@tandem.invalid>}") String from,
            @Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.language = language;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An absolute link into Tandem. */
    String url(String path) {
        return baseUrl + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    void send(String to, String name, Letter letter, String unsubscribeToken) {
        String unsubscribe = url("unsubscribe?t=" + unsubscribeToken);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(new jakarta.mail.internet.InternetAddress(to, name, "UTF-8"));
            helper.setSubject(letter.subject());
            helper.setText(plain(name, glossed(letter), unsubscribe), html(name, letter, unsubscribe));
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Auto-Submitted", "auto-generated");
            sender.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailSendException("The mail could not be built", e);
        }
    }

    /**
     * The letter with each acronym in our own words (paragraphs and list lines, not someone's quoted
     * words) followed by its meaning the first time it is used: "EHCP (education, health and care
     * plan)". Uses the area's glossary; without one (or nobody to ask as) the words stay as they are.
     */
    Letter glossed(Letter letter) {
        try {
            Set<String> seen = new HashSet<>();
            List<String> paragraphs = letter.paragraphs().stream().map(p -> expand(p, seen)).toList();
            List<Letter.Item> items = letter.items().stream()
                    .map(i -> new Letter.Item(expand(i.text(), seen), i.link())).toList();
            return new Letter(letter.subject(), paragraphs, letter.quote(), items, letter.linkText(), letter.link());
        } catch (RuntimeException e) {
            log.debug("Glossary not applied to mail {}", letter.subject(), e);
            return letter;
        }
    }

    private String expand(String text, Set<String> seen) {
        StringBuilder out = new StringBuilder();
        for (Segment s : language.explain(text)) {
            out.append(s.text());
            if (s.isAcronym() && seen.add(s.text())) {
                String meaning = s.meaning();
                if (meaning.length() > 1 && Character.isUpperCase(meaning.charAt(0)) && Character.isLowerCase(meaning.charAt(1))) {
                    meaning = Character.toLowerCase(meaning.charAt(0)) + meaning.substring(1);
                }
                out.append(" (").append(meaning).append(')');
            }
        }
        return out.toString();
    }

    static String plain(String name, Letter letter, String unsubscribe) {
        StringBuilder text = new StringBuilder("Hello ").append(name).append(",\n\n");
        letter.paragraphs().forEach(p -> text.append(p).append("\n\n"));
        if (letter.quote() != null) {
            letter.quote().lines().forEach(l -> text.append("> ").append(l).append('\n'));
            text.append('\n');
        }
        letter.items().forEach(i -> text.append("- ").append(i.text()).append("\n  ").append(i.link()).append('\n'));
        if (!letter.items().isEmpty()) {
            text.append('\n');
        }
        text.append(letter.linkText()).append(": ").append(letter.link()).append("\n\n");
        text.append("-- \nTandem. You get this because of your e-mail settings in Tandem.\n")
                .append("Stop these e-mails: ").append(unsubscribe).append('\n');
        return text.toString();
    }

    static String html(String name, Letter letter, String unsubscribe) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        doc.title(letter.subject());
        Element body = doc.body();
        body.appendElement("p").text("Hello " + name + ",");
        letter.paragraphs().forEach(p -> body.appendElement("p").text(p));
        if (letter.quote() != null) {
            body.appendElement("blockquote").attr("style", "border-left:4px solid #b1b4b6;margin:0;padding-left:12px")
                    .appendElement("p").text(letter.quote());
        }
        if (!letter.items().isEmpty()) {
            Element list = body.appendElement("ul");
            letter.items().forEach(i -> list.appendElement("li").appendElement("a").attr("href", i.link()).text(i.text()));
        }
        body.appendElement("p").appendElement("a").attr("href", letter.link()).text(letter.linkText());
        Element footer = body.appendElement("p").attr("style", "color:#505a5f;font-size:14px");
        footer.appendText("Tandem. You get this because of your e-mail settings in Tandem. ");
        footer.appendElement("a").attr("href", unsubscribe).text("Stop these e-mails");
        return doc.outerHtml();
    }
}
