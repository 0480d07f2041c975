package app.tandem.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    private final JavaMailSender sender;
    private final String from;
    private final String baseUrl;

    Postbox(JavaMailSender sender, @Value("${tandem.mail.from:Tandem <no-reply@tandem.invalid>}") String from,
            @Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
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
            helper.setText(plain(name, letter, unsubscribe), html(name, letter, unsubscribe));
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Auto-Submitted", "auto-generated");
            sender.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailSendException("The mail could not be built", e);
        }
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
