package app.tandem.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Online backups of the default H2 database: every night (and whenever {@link #backUpNow()} is
 * called) an {@code SCRIPT TO ... COMPRESSION ZIP} of the whole database into
 * {@code tandem.backup.dir}, keeping the newest {@code tandem.backup.keep}. H2 writes the script
 * inside one transaction-consistent read while Tandem keeps running. Restoring is a documented
 * command (README, "Backups"). On PostgreSQL this does nothing: use {@code pg_dump}.
 */
@Component
public class H2Backups {

    private static final Logger log = LoggerFactory.getLogger(H2Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ROOT);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Path dir;
    private final int keep;
    private final Clock clock;

    H2Backups(DataSource dataSource, @Value("${tandem.backup.dir:${tandem.data-dir}/backups}") Path dir,
            @Value("${tandem.backup.keep:14}") int keep, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dataSource = dataSource;
        this.dir = dir;
        this.keep = keep;
        this.clock = clock;
    }

    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "base.h2-backup", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    @Scheduled(cron = "${tandem.backup.cron:0 30 2 * * *}")
    void nightly() {
        if (isH2()) {
            backUpNow();
        }
    }

    /** Writes a backup now and returns its file. */
    public Path backUpNow() {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("tandem-" + STAMP.format(LocalDateTime.now(clock)) + ".zip").toAbsolutePath();
            long started = System.nanoTime();
            jdbc.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP");
            log.info("Backed up the database to {} ({} bytes) in {} ms", file, Files.size(file),
                    (System.nanoTime() - started) / 1_000_000);
            prune();
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The backup could not be written to " + dir, e);
        }
    }

    private void prune() throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.filter(p -> p.getFileName().toString().matches("tandem-.*\\.zip"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        }
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.deleteIfExists(old);
        }
    }

    private boolean isH2() {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().equals("H2");
        } catch (java.sql.SQLException e) {
            log.warn("Nightly backup skipped: the database is not answering ({})", e.getMessage());
            return false;
        }
    }
}
