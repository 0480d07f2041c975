package app.tandem.notification;

import app.tandem.access.AccessService;
import app.tandem.access.PersonSummary;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Looks people up for mail, in the area the system user works in; disabled accounts get nothing. */
@Component
class People {

    private final AccessService access;

    People(AccessService access) {
        this.access = access;
    }

    Map<Long, PersonSummary> byId() {
        return access.people().stream().filter(PersonSummary::enabled).filter(p -> p.email() != null)
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    Optional<Postman.Recipient> recipient(long accountId) {
        return Optional.ofNullable(byId().get(accountId)).map(People::recipient);
    }

    static Postman.Recipient recipient(PersonSummary p) {
        return new Postman.Recipient(p.id(), java.util.Objects.requireNonNull(p.email()), p.displayName());
    }
}
