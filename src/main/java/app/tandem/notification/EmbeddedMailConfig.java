package app.tandem.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Starts the {@link EmbeddedMailServer} and points the mail sender at it (local run and tests). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tandem.mail.embedded", havingValue = "true")
@org.springframework.boot.context.properties.EnableConfigurationProperties(MailProperties.class)
class EmbeddedMailConfig {

    @Bean
    EmbeddedMailServer embeddedMailServer(@Value("${tandem.mail.embedded-port:3025}") int port) {
        return new EmbeddedMailServer(port);
    }

    /** Spring Boot's mail settings (timeouts...), aimed at the embedded server's actual port. */
    @Bean
    JavaMailSenderImpl mailSender(MailProperties properties, EmbeddedMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        sender.setDefaultEncoding(properties.getDefaultEncoding().name());
        java.util.Properties javaMail = new java.util.Properties();
        javaMail.putAll(properties.getProperties());
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
