package uk.gov.halton.planner.register.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import uk.gov.halton.planner.register.RegisterLinks;
import uk.gov.halton.planner.register.domain.Indicator;
import uk.gov.halton.planner.register.domain.Objective;
import uk.gov.halton.planner.register.domain.RegisterService;
import uk.gov.halton.planner.register.domain.RegisterText;
import uk.gov.halton.planner.register.domain.TextKind;

/** The register browser: the priority, objectives with their milestones, indicators, key developments and issues. */
@Route("register")
@PageTitle("Safer Halton register")
@Menu(order = 40, icon = "vaadin:book", title = "Register")
@PermitAll
public class RegisterView extends VerticalLayout implements BeforeEnterObserver {

    private final RegisterService register;
    final TextField search = new TextField("Search the register");
    final Div results = new Div();

    public RegisterView(RegisterService register) {
        this.register = register;
        addClassName("register-page");
        // The placeholder is short enough for a phone; what to type is said in full below the field.
        search.setPlaceholder("e.g. anti-social");
        search.setHelperText("Words from an objective, milestone or indicator");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setMaxWidth("32em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            showResults(e.getValue());
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null,
                            e.getValue().isBlank()
                                    ? "register"
                                    : "register?"
                                            + QueryParameters.simple(Map.of("q", e.getValue()))
                                                    .getQueryString()));
        });
        results.setId("register-search-results");
        results.getElement().setAttribute("aria-live", "polite");

        RegisterText priority = register.priority().orElse(null);
        add(new H2(priority == null ? "Safer Halton" : priority.getGroupTitle()));
        add(new Paragraph(priority == null ? "The register has not been loaded." : priority.getIntro()));
        add(search, results);
        add(
                objectives(),
                indicators(),
                texts("Key developments", TextKind.KEY_DEVELOPMENT),
                texts("Emerging issues", TextKind.EMERGING_ISSUE));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        if (!q.isEmpty()) {
            search.setValue(q.getFirst());
        }
    }

    private void showResults(String query) {
        results.removeAll();
        if (query == null || query.isBlank()) {
            return;
        }
        var hits = register.search(query);
        results.add(new H3(
                hits.isEmpty()
                        ? "Nothing in the register matches “" + query.strip() + "”."
                        : hits.size() + " match" + (hits.size() == 1 ? "" : "es") + " for “" + query.strip() + "”"));
        UnorderedList list = new UnorderedList();
        for (RegisterService.SearchHit hit : hits) {
            ListItem item = new ListItem();
            item.add(new Span(hit.kind() + ": "), new Anchor(hit.link(), hit.title()), new Span(" — " + hit.excerpt()));
            list.add(item);
        }
        results.add(list);
    }

    private Div objectives() {
        Div section = new Div(new H2("Service objectives"));
        for (Objective o : register.objectives()) {
            Div card = new Div();
            card.add(new H3(new Anchor(RegisterLinks.objective(o.getId()), o.getDisplayRef())));
            card.add(new Paragraph(
                    o.getTitle() == null
                            ? "The business plan gives no description for this objective."
                            : o.getTitle()));
            int milestones = register.milestones(o.getId()).size();
            List<Indicator> linked = register.linkedIndicators(o.getId());
            Span facts = new Span(milestones + " key milestone" + (milestones == 1 ? "" : "s") + " ("
                    + o.getMilestoneYear()
                    + "). Responsible officer: " + o.getResponsibleOfficer() + ". Linked indicators: "
                    + (linked.isEmpty()
                            ? o.getLinkedIndicatorsText()
                            : linked.stream().map(Indicator::getRef).toList()) + ".");
            Bits.muted(facts);
            card.add(facts);
            if (o.getFootnote() != null) {
                Paragraph note = new Paragraph("Note: " + o.getFootnote());
                Bits.muted(note);
                card.add(note);
            }
            section.add(card);
        }
        return section;
    }

    private Div indicators() {
        Div section = new Div(new H2("Performance indicators"));
        section.add(new Paragraph(
                new Anchor("register/indicators", "Open the indicator table with figures by financial year")));
        UnorderedList list = new UnorderedList();
        for (Indicator i : register.indicators()) {
            list.add(new ListItem(
                    new Anchor(RegisterLinks.indicator(i.getRef()), i.getRef()), new Span(" " + i.getDescription())));
        }
        section.add(list);
        return section;
    }

    private Div texts(String title, TextKind kind) {
        Div section = new Div(new H2(title));
        section.setId(kind == TextKind.KEY_DEVELOPMENT ? "key-development" : "emerging-issue");
        for (RegisterText t : register.texts(kind)) {
            Div body = new Div();
            if (t.getIntro() != null) {
                for (String para : t.getIntro().split("\n\n")) {
                    Paragraph p = new Paragraph(para);
                    if (kind == TextKind.EMERGING_ISSUE) {
                        p.getStyle().set("font-weight", "600");
                    }
                    body.add(p);
                }
            }
            if (!t.getItems().isEmpty()) {
                UnorderedList items = new UnorderedList();
                t.getItems().forEach(i -> items.add(new ListItem(i)));
                body.add(items);
            }
            if (t.getFootnote() != null) {
                Paragraph note = new Paragraph("Note: " + t.getFootnote());
                Bits.muted(note);
                body.add(note);
            }
            Details details = new Details(t.getGroupTitle() + ": " + t.getHeading(), body);
            section.add(details);
        }
        return section;
    }
}
