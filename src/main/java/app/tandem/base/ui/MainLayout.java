package app.tandem.base.ui;

import app.tandem.base.AreaPrincipal;
import app.tandem.base.MenuBadge;
import app.tandem.base.NavbarItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The frame around every signed-in page: a skip link, the product name, who is signed in, sign
 * out, and a side navigation holding only the pages this person's role can open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public static final String MAIN_ID = "main-content";

    private final transient AuthenticationContext authentication;
    private final transient List<MenuBadge> badges;
    private final Map<String, SideNavItem> itemsByPath = new HashMap<>();

    public MainLayout(AuthenticationContext authentication, List<NavbarItem> navbarItems, List<MenuBadge> badges) {
        this.badges = badges;
        this.authentication = authentication;
        setPrimarySection(Section.NAVBAR);

        Anchor skip = InPageLink.to(MAIN_ID, getTranslation("layout.skipToContent"));
        skip.addClassName("skip-link");

        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");

        HorizontalLayout account = new HorizontalLayout();
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication.getAuthenticatedUser(AreaPrincipal.class)
                .ifPresent(user -> {
                    Span who = new Span(getTranslation("layout.signedInAs", user.displayName()));
                    who.addClassName("signed-in-as");
                    account.add(who);
                });
        if (authentication.isAuthenticated()) {
            navbarItems.forEach(item -> account.add(item.create()));
        }
        Button signOut = new Button(getTranslation("layout.signOut"), e -> this.authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        account.add(signOut);
        account.addClassName("account");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        addToNavbar(skip, toggle, brand, account);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            itemsByPath.put(normalise(entry.path()), item);
            nav.addItem(item);
        }
        addToDrawer(nav);
    }

    /** Counts change as people work, so each move to another page reads them again. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (!authentication.isAuthenticated()) {
            return;
        }
        for (MenuBadge badge : badges) {
            SideNavItem item = itemsByPath.get(normalise(badge.path()));
            if (item != null) {
                show(item, badge.count(), badge.wordsKey());
            }
        }
    }

    private void show(SideNavItem item, OptionalLong count, String wordsKey) {
        if (count.isEmpty() || count.getAsLong() == 0) {
            item.setSuffixComponent(null);
            return;
        }
        Span number = new Span(Long.toString(count.getAsLong()));
        number.addClassName("menu-badge");
        Span words = new Span(" " + getTranslation(wordsKey));
        words.addClassName("visually-hidden");
        Span badge = new Span(number, words);
        badge.addClassName("menu-badge-holder");
        item.setSuffixComponent(badge);
    }

    private static String normalise(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content instanceof Component component) {
            component.setId(MAIN_ID);
            component.getElement().setAttribute("tabindex", "-1");
            component.getElement().setAttribute("role", "main");
        }
    }
}
