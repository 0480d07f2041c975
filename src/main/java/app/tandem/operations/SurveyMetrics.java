package app.tandem.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The survey meters (issue 9 part 6), for the survey module to call; no area or survey tags, so
 * the Prometheus endpoint reveals nothing about any one area:
 * <ul>
 * <li>{@value #STARTED} (counter): a respondent opened a survey and started answering;</li>
 * <li>{@value #COMPLETED} (counter): a response was submitted and saved;</li>
 * <li>{@value #SUBMISSION} (timer, with p50/p95/p99): how long the server took to save a
 * submission, from the click to the commit.</li>
 * </ul>
 * Call {@link #started()} once per response started, and wrap the submit in
 * {@link #timeSubmission(Supplier)} (which also counts a completion when it returns normally).
 */
@Component
public class SurveyMetrics {

    public static final String STARTED = "tandem.surveys.started";
    public static final String COMPLETED = "tandem.surveys.completed";
    public static final String SUBMISSION = "tandem.surveys.submission";

    private final Counter started;
    private final Counter completed;
    private final Timer submission;

    SurveyMetrics(MeterRegistry registry) {
        this.started = Counter.builder(STARTED).description("Survey responses started").register(registry);
        this.completed = Counter.builder(COMPLETED).description("Survey responses submitted and saved")
                .register(registry);
        this.submission = Timer.builder(SUBMISSION).description("Server time to save a survey submission")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    /** A respondent started a response. */
    public void started() {
        started.increment();
    }

    /** Saves a submission, timing it; counts it completed when {@code save} returns normally. */
    public <T> T timeSubmission(Supplier<T> save) {
        long start = System.nanoTime();
        T result = save.get();
        completed(Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    /** A response was saved after {@code took} of server time (for callers that time it themselves). */
    public void completed(Duration took) {
        submission.record(took);
        completed.increment();
    }
}
