package app.tandem.home;

import app.tandem.access.CurrentUser;
import app.tandem.access.Role;
import app.tandem.base.MenuBadge;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/** Beside Home in the side navigation: how many things an officer or plan lead owes (issue 11). */
@Component
class MyWorkBadge implements MenuBadge {

    private final HomeService home;
    private final CurrentUser currentUser;

    MyWorkBadge(HomeService home, CurrentUser currentUser) {
        this.home = home;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return "";
    }

    @Override
    public OptionalLong count() {
        return currentUser.get()
                .flatMap(u -> u.role())
                .filter(r -> r == Role.OFFICER || r == Role.ADMIN)
                .map(r -> OptionalLong.of(home.myWork().total()))
                .orElse(OptionalLong.empty());
    }

    @Override
    public String wordsKey() {
        return "home.badge.things";
    }
}
