package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.gov.halton.planner.base.Role;

/** The dashboard: the signed-in user's role and what it may do. Feature modules add their summaries later. */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(AuthenticationContext authentication) {
        addClassName("home-view");
        Role role = authentication.getGrantedAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> Role.valueOf(a.substring(5)))
                .findFirst().orElse(Role.PARTNER);
        String name = authentication.getPrincipalName().orElse("");
        add(new H2("Welcome, " + name));
        add(new Paragraph("You are signed in as " + role.title().toLowerCase(java.util.Locale.ROOT) + ". You may:"));
        UnorderedList abilities = new UnorderedList();
        role.abilities().forEach(a -> abilities.add(new ListItem(a)));
        abilities.addClassName("role-abilities");
        add(abilities);
    }
}
