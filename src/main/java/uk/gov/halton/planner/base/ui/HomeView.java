package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.gov.halton.planner.base.HomeSection;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;

/**
 * The home page is the user's work list: what is overdue and due soon, the programme and what the register still
 * needs, each part from the module that owns it ({@link HomeSection}), as the user's role calls for.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final AuthenticationContext authentication;
    private final List<HomeSection> sections;
    private final UserService users;

    public HomeView(AuthenticationContext authentication, List<HomeSection> sections, UserService users) {
        this.authentication = authentication;
        this.sections = sections;
        this.users = users;
        addClassName("home-view");
    }

    /** Built on every visit (also when Home is chosen while on it), so that the list is as of now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getGrantedAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .filter(a -> java.util.Arrays.stream(Role.values())
                        .anyMatch(r -> r.name().equals(a)))
                .forEach(a -> roles.add(Role.valueOf(a)));
        if (roles.isEmpty()) {
            roles.add(Role.PARTNER);
        }
        String username = authentication.getPrincipalName().orElse("");
        add(new H2("Welcome, "
                + users.findByUsername(username)
                        .map(UserAccount::displayName)
                        .filter(name -> !name.isBlank())
                        .orElse(username)));
        sections.stream()
                .filter(s -> s.shownTo(roles))
                .sorted(Comparator.comparingInt(HomeSection::order))
                .forEach(s -> add(s.create(roles)));

        Role role = roles.iterator().next();
        UnorderedList abilities = new UnorderedList();
        role.abilities().forEach(a -> abilities.add(new ListItem(a)));
        abilities.addClassName("role-abilities");
        Details about = new Details(
                "You are signed in as " + role.title().toLowerCase(Locale.ROOT) + ": what you may do", abilities);
        about.addClassName("role-summary");
        add(about);
    }
}
