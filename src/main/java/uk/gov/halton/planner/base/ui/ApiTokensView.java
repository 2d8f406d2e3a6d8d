package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.security.ApiTokens;
import uk.gov.halton.planner.base.security.ApiTokens.TokenInfo;

/** Each user makes and revokes their own API tokens for GIS tools and scripts; a new token is shown once. */
@Route("account/api-tokens")
@PageTitle("API tokens")
@Menu(order = 96, icon = "vaadin:key", title = "API tokens")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    private final ApiTokens tokens;
    final TextField name = new TextField("Name of the new token", "e.g. QGIS on my laptop");
    final TextField shown = new TextField("Your new token (shown once: copy it now)");
    final Grid<TokenInfo> grid = new Grid<>(TokenInfo.class, false);

    public ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        add(
                new H2("API tokens"),
                new Paragraph(
                        "A token lets a GIS tool or a script read the API (/api/sites, "
                                + "/api/zones) as you: give it as the password with your user name (HTTP Basic, e.g. in QGIS), or as "
                                + "'Authorization: Bearer <token>'. It never signs in to this site. Anyone with the token reads what "
                                + "you can: keep it private, and revoke it when a device is lost or a tool is no longer used."));
        name.setMaxLength(60);
        Button create = new Button("Make a token", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setVisible(false);
        shown.addClassName("new-api-token");
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);

        grid.addColumn(TokenInfo::name).setHeader("Name").setAutoWidth(true);
        var made = grid.addColumn(t -> when(t.createdAt())).setHeader("Made").setAutoWidth(true);
        var used = grid.addColumn(t -> t.lastUsedAt() == null ? "Never" : when(t.lastUsedAt()))
                .setHeader("Last used (to the hour)")
                .setAutoWidth(true);
        grid.addColumn(t -> t.active() ? "Active" : "Revoked " + when(t.revokedAt()))
                .setHeader("State")
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
                    Button revoke = new Button("Revoke", e -> revoke(t));
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    revoke.setVisible(t.active());
                    return revoke;
                })
                .setHeader("");
        uk.gov.halton.planner.base.Kit.hideWhenNarrow(grid, made, used);
        grid.setEmptyStateText("You have no API tokens.");
        grid.setAllRowsVisible(true);
        add(form, shown, grid);
        refresh();
    }

    private void create() {
        try {
            shown.setValue(tokens.create(name.getValue()));
            shown.setVisible(true);
            name.clear();
            name.setInvalid(false);
            refresh();
        } catch (InvalidInputException ex) {
            name.setErrorMessage(ex.getMessage());
            name.setInvalid(true);
        }
    }

    private void revoke(TokenInfo token) {
        uk.gov.halton.planner.base.Kit.confirm(
                "Revoke the token '" + token.name() + "'?",
                "Every tool that uses it stops reading the API at once. A revoked token cannot be used again.",
                "Revoke token",
                null,
                () -> {
                    tokens.revoke(token.id());
                    shown.clear();
                    shown.setVisible(false);
                    refresh();
                    uk.gov.halton.planner.base.Kit.done("Token '" + token.name() + "' revoked: it no longer works.");
                });
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String when(Instant instant) {
        return Dates.shortDayTime(instant);
    }
}
