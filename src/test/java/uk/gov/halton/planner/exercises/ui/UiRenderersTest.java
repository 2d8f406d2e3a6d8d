package uk.gov.halton.planner.exercises.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.plans.PlanStatus;

/** The grid cells drawn by the browser get the same pill classes as the server-side components, and data stays data. */
class UiRenderersTest {

    record Row(PlanStatus status, String reason) {}

    @Test
    void aPillAndTextCellCarriesThePillsTextColoursAndTheSentence() {
        var renderer =
                uk.gov.halton.planner.base.Kit.pillAndText((Row r) -> Ui.planStatusPill(r.status()), Row::reason);
        Row row = new Row(PlanStatus.RED, "<b>Test overdue</b>");
        Map<String, Object> values = new java.util.HashMap<>();
        renderer.getValueProviders().forEach((name, provider) -> values.put(name, provider.apply(row)));

        assertThat(values)
                .containsEntry("pill", PlanStatus.RED.label())
                .containsEntry("pillClass", "pill pill-bad plan-status")
                .containsEntry("text", "<b>Test overdue</b>");
    }

    @Test
    void theServerSidePillMatchesTheTemplatesStyle() {
        var span = Ui.planStatus(PlanStatus.GREEN);
        assertThat(span.getText()).isEqualTo(PlanStatus.GREEN.label());
        assertThat(span.getClassNames()).containsExactlyInAnyOrder("pill", "pill-good", "plan-status");
        assertThat(span.getElement().getAttribute("style"))
                .as("colours come from the theme, not the code")
                .isNull();
    }
}
