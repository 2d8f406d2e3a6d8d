package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.util.HtmlUtils;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserService;

/**
 * The application shell. Its navigation comes from the {@code @Menu} entries the signed-in user may open, so that
 * the shell never imports a feature module's views.
 */
@Layout
@PermitAll
// The navigation is markup (see navigation()): these bring its web components into the bundle.
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final UserService users;
    private final H1 viewTitle = new H1();
    private final Button themeToggle = new Button();
    private final List<String> navigationTitles = new ArrayList<>();
    private boolean dark;

    public MainLayout(
            AuthenticationContext authentication,
            UserService users,
            java.util.List<uk.gov.halton.planner.base.NavbarContribution> contributions) {
        this.authentication = authentication;
        this.users = users;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");
        themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        themeToggle.addClassName("theme-toggle");
        themeToggle.addClickListener(e -> switchTheme());
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle);
        contributions.forEach(c -> navbar.add(c.create()));
        navbar.add(themeToggle);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(viewTitle);
        navbar.addClassName("navbar");
        addToNavbar(navbar);

        Span appName = new Span("Safer Halton Planner");
        appName.addClassName("app-name");
        Div drawer = new Div(appName, navigation(), userPanel());
        drawer.addClassName("drawer");
        addToDrawer(drawer);
    }

    /**
     * The side navigation as markup that the browser turns into its items: one node in the user's session instead
     * of three per entry (item, label, icon), about 25 KB less for every signed-in user. The items are the same web
     * components and navigate in the page as before; titles and paths come from {@code @Menu}, escaped all the same.
     */
    private Html navigation() {
        StringBuilder html = new StringBuilder("<vaadin-side-nav class=\"main-nav\"><span slot=\"label\">Main</span>");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            navigationTitles.add(entry.title());
            html.append("<vaadin-side-nav-item path=\"")
                    .append(escape(entry.path().replaceFirst("^/+", "")))
                    .append("\">");
            if (entry.icon() != null) {
                html.append("<vaadin-icon slot=\"prefix\" icon=\"")
                        .append(escape(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            html.append(escape(entry.title())).append("</vaadin-side-nav-item>");
        }
        return new Html(html.append("</vaadin-side-nav>").toString());
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }

    /** The titles of the navigation's entries, in order: what this user's drawer lists. */
    public List<String> navigationTitles() {
        return List.copyOf(navigationTitles);
    }

    private Component userPanel() {
        String name = authentication.getPrincipalName().orElse("");
        String role = authentication.getAuthenticatedUser(Object.class).isPresent() ? roleTitle() : "";
        Span who = new Span(name);
        who.addClassName("user-name");
        Span what = new Span(role);
        what.addClassName("user-role");
        Button logout = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout panel = new VerticalLayout(who, what, logout);
        panel.setSpacing(false);
        panel.addClassName("user-panel");
        return panel;
    }

    private String roleTitle() {
        return authentication.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> Role.valueOf(a.substring(5)).title())
                .findFirst()
                .orElse("");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        dark = users.prefersDarkTheme();
        applyTheme();
    }

    private void switchTheme() {
        dark = !dark;
        users.setDarkTheme(dark);
        applyTheme();
    }

    private void applyTheme() {
        getUI().ifPresent(ui -> ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT));
        themeToggle.setText(dark ? "Light theme" : "Dark theme");
        themeToggle.setIcon(new Icon(dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O));
        themeToggle.setAriaLabel(dark ? "Switch to the light theme" : "Switch to the dark theme");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() == null
                ? ""
                : MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(title);
    }
}
