package app.tandem.feedback;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Quality bar BI-6: each account may post a few comments a minute (in memory, per app instance). */
@Component
class CommentRateLimiter {

    private final int perMinute;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    CommentRateLimiter(@Value("${tandem.feedback.comments-per-minute:5}") int perMinute) {
        this.perMinute = perMinute;
    }

    boolean tryPost(long accountId) {
        return buckets.computeIfAbsent(accountId, id -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                        .build())
                .tryConsume(1);
    }

    int perMinute() {
        return perMinute;
    }
}
