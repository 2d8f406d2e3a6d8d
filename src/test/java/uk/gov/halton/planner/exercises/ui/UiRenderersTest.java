package uk.gov.halton.planner.exercises.ui;

import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.plans.PlanStatus;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid cells drawn by the browser get the same pill as the server-side components, and data stays data. */
class UiRenderersTest {

    record Row(PlanStatus status, String reason) {
    }

    @Test
    void aPillAndTextCellCarriesThePillsTextColoursAndTheSentence() {
        var renderer = Ui.pillAndText((Row r) -> Ui.planStatusPill(r.status()), Row::reason);
        Row row = new Row(PlanStatus.RED, "<b>Test overdue</b>");
        Map<String, Object> values = new java.util.HashMap<>();
        renderer.getValueProviders().forEach((name, provider) -> values.put(name, provider.apply(row)));

        Ui.Pill red = Ui.planStatusPill(PlanStatus.RED);
        assertThat(values).containsEntry("pill", red.text()).containsEntry("pillBackground", red.background())
                .containsEntry("pillColour", red.colour()).containsEntry("pillClass", "plan-status")
                .containsEntry("text", "<b>Test overdue</b>");
    }

    @Test
    void theServerSidePillMatchesTheTemplatesStyle() {
        var span = Ui.planStatus(PlanStatus.GREEN);
        assertThat(span.getText()).isEqualTo(PlanStatus.GREEN.label());
        assertThat(span.getElement().getAttribute("style")).contains("background:#dff3e4").contains("color:#0b4d1c");
    }
}
