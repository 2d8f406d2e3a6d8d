package uk.gov.halton.planner.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.security.ApiTokens;
import uk.gov.halton.planner.exercises.PlannerContextTest;

@PlannerContextTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokens tokens;

    @Test
    @WithUserDetails("officer")
    void aUserMakesATokenSeesItOnceAndRevokesIt() {
        ApiTokensView view = navigate(ApiTokensView.class);
        int before = test(view.grid).size(); // the officer's tokens from other tests
        String name =
                "QGIS on my laptop " + java.util.UUID.randomUUID().toString().substring(0, 8);
        test(view.name).setValue(name);
        test(find(Button.class).withText("Make a token").single()).click();

        assertThat(view.shown.isVisible()).isTrue();
        assertThat(view.shown.getValue()).startsWith("shp_");
        assertThat(test(view.grid).size()).isEqualTo(before + 1);
        int row = rowOf(view, name);
        assertThat(test(view.grid).getCellText(row, 3)).isEqualTo("Active");

        // Opened again, the page lists the token but cannot show its secret.
        navigate(HomeView.class);
        view = navigate(ApiTokensView.class);
        assertThat(view.shown.isVisible()).isFalse();
        row = rowOf(view, name);
        Button revoke = (Button) test(view.grid).getCellComponent(row, 4);
        assertThat(revoke.getText()).isEqualTo("Revoke");
        test(revoke).click();
        Dialog asked = find(Dialog.class).single();
        assertThat(asked.getHeaderTitle()).isEqualTo("Revoke the token '" + name + "'?");
        test(find(Button.class).from(asked).withText("Cancel").single()).click();
        row = rowOf(view, name);
        assertThat(test(view.grid).getCellText(row, 3))
                .as("cancelled: nothing changes")
                .isEqualTo("Active");
        assertThat(tokens.mine())
                .filteredOn(t -> t.name().equals(name))
                .singleElement()
                .satisfies(t -> assertThat(t.active()).isTrue());

        test(revoke).click();
        test(find(Button.class)
                        .from(find(Dialog.class).single())
                        .withText("Revoke token")
                        .single())
                .click();
        row = rowOf(view, name);
        assertThat(test(view.grid).getCellText(row, 3)).startsWith("Revoked");
        assertThat(test(view.grid).getCellComponent(row, 4).isVisible())
                .as("no revoking twice")
                .isFalse();
    }

    private int rowOf(ApiTokensView view, String name) {
        for (int row = 0; row < test(view.grid).size(); row++) {
            if (test(view.grid).getCellText(row, 0).equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No token named " + name + " in the list");
    }

    @Test
    @WithUserDetails("partner")
    void aTokenNeedsAName() {
        ApiTokensView view = navigate(ApiTokensView.class);
        int before = test(view.grid).size();
        test(find(Button.class).withText("Make a token").single()).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.shown.isVisible()).isFalse();
        assertThat(test(view.grid).size()).as("no token made").isEqualTo(before);
    }
}
