package app.tandem.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The local run's SMTP server (GreenMail, in memory, on 127.0.0.1): mail works with no setup and
 * the admin's "Outgoing mail" page shows what went. Off with {@code tandem.mail.embedded=false},
 * which the postgres profile sets; then Spring Boot's own mail sender uses {@code spring.mail.*}.
 */
class EmbeddedMailServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final GreenMail greenMail;
    private final int port;

    EmbeddedMailServer(int configuredPort) {
        this.port = configuredPort > 0 ? configuredPort : freePort();
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        log.info("Embedded mail server (GreenMail) listening on 127.0.0.1:{}", port);
    }

    int port() {
        return port;
    }

    /** Everything received since start (tests and curious developers). */
    List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    boolean isRunning() {
        return greenMail.isRunning();
    }

    /** Takes the server down, as a real one sometimes is (tests of the outbox). */
    synchronized void stop() {
        greenMail.stop();
    }

    synchronized void start() {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
