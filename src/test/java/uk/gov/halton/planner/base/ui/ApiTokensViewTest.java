package uk.gov.halton.planner.base.ui;

import uk.gov.halton.planner.exercises.PlannerContextTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@PlannerContextTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("officer")
    void aUserMakesATokenSeesItOnceAndRevokesIt() {
        ApiTokensView view = navigate(ApiTokensView.class);
        test(view.name).setValue("QGIS on my laptop");
        test(find(Button.class).withText("Make a token").single()).click();

        assertThat(view.shown.isVisible()).isTrue();
        assertThat(view.shown.getValue()).startsWith("shp_");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("QGIS on my laptop");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Active");

        // Opened again, the page lists the token but cannot show its secret.
        navigate(HomeView.class);
        view = navigate(ApiTokensView.class);
        assertThat(view.shown.isVisible()).isFalse();
        Button revoke = (Button) test(view.grid).getCellComponent(0, 4);
        assertThat(revoke.getText()).isEqualTo("Revoke");
        test(revoke).click();
        assertThat(test(view.grid).getCellText(0, 3)).startsWith("Revoked");
        assertThat(test(view.grid).getCellComponent(0, 4).isVisible()).as("no revoking twice").isFalse();
    }

    @Test
    @WithUserDetails("partner")
    void aTokenNeedsAName() {
        ApiTokensView view = navigate(ApiTokensView.class);
        test(find(Button.class).withText("Make a token").single()).click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.shown.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isZero();
    }
}
