package uk.gov.halton.planner.register.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.ui.AccessDeniedView;
import uk.gov.halton.planner.base.ui.MainLayout;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.register.RegisterLinks;
import uk.gov.halton.planner.register.domain.RegisterService;

@PlannerContextTest
class RegisterViewsTest extends SpringBrowserlessTest {

    @Autowired
    RegisterService register;

    @Test
    @WithUserDetails("partner")
    void aPartnerBrowsesTheRegisterWithoutEditControls() {
        RegisterView view = navigate(RegisterView.class);
        assertThat(find(Anchor.class).all())
                .extracting(Anchor::getText)
                .contains(
                        "PH 04",
                        "PH05",
                        "PH06",
                        "PPT 06",
                        "(no reference in the business plan)",
                        "CE LI 12",
                        "CE LI 43");
        test(view.search).setValue("Cop Stars");
        assertThat(view.results.getElement().getTextRecursively())
                .contains("1 match")
                .contains("PH05");
        assertThat(find(MainLayout.class).single().navigationTitles())
                .contains("Register", "Indicators", "Quarterly report")
                .doesNotContain("Enter figures");

        navigate(RegisterLinks.ppt06Milestone(), ObjectiveView.class);
        assertThat(find(Button.class).all())
                .extracting(Button::getText)
                .doesNotContain("Record progress", "Edit linked indicators");
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .noneMatch(t -> t.contains("Not yet linked to the exercise programme"));
        assertThat(find(Anchor.class).withText("Exercise programme").all()).isNotEmpty();

        navigate("register/indicators/CE-LI-12", IndicatorView.class);
        assertThat(find(Button.class).all()).extracting(Button::getText).doesNotContain("Edit settings");
        assertThat(find(Svg.class).all()).hasSize(1);
        navigate("register/figures", AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("officer")
    void anOfficerRecordsProgressButCannotEditStructure() {
        long ph05 = register.objectives().get(1).getId();
        navigate("register/objectives/" + ph05, ObjectiveView.class);
        assertThat(find(Button.class).withText("Record progress").all()).hasSize(9);
        assertThat(find(Button.class).withText("Edit linked indicators").all()).isEmpty();
        FigureEntryView blank = navigate("register/figures", FigureEntryView.class);
        assertThat(blank.meaning.getText()).isEqualTo("Choose an indicator and a financial year.");
        FigureEntryView entry = navigate("register/figures/CE-LI-20", FigureEntryView.class);
        assertThat(entry.meaning.getText()).startsWith("CE LI 20: unit ");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheSystemDefaultsFlagAndCanEditSettingsAndLinks() {
        navigate("register/indicators/CE-LI-30", IndicatorView.class);
        assertThat(find(Button.class).withText("Edit settings").all()).hasSize(1);
        assertThat(find(com.vaadin.flow.component.html.Span.class).all())
                .extracting(s -> s.getText())
                .contains(Bits.SYSTEM_DEFAULTS);
        navigate("register/objectives/" + register.objectives().getFirst().getId(), ObjectiveView.class);
        assertThat(find(Button.class).withText("Edit linked indicators").all()).hasSize(1);
        ReportView report = navigate("register/report/hate-crime/2025-26/2", ReportView.class);
        assertThat(report.report.indicators()).hasSize(3);
        IndicatorTableView table = navigate(IndicatorTableView.class);
        table.year.setValue(table.year.getValue().previous());
        assertThat(table.grid.getColumns()).hasSize(8);
        assertThat(test(table.grid).size()).isEqualTo(33);
    }

    @Test
    @WithUserDetails("partner")
    void theQuarterlyReportOpensOnTheLastCompleteQuarter() {
        ReportView view = navigate("register/report", ReportView.class);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.time.LocalDate inLastQuarter = uk.gov.halton.planner.base.FinancialYear.of(today)
                .quarterStart(uk.gov.halton.planner.base.FinancialYear.quarterOf(today))
                .minusDays(1);
        assertThat(view.report.year()).isEqualTo(uk.gov.halton.planner.base.FinancialYear.of(inLastQuarter));
        assertThat(view.report.quarter()).isEqualTo(uk.gov.halton.planner.base.FinancialYear.quarterOf(inLastQuarter));
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorChangesAnIndicatorsUnitFromTheSettingsTable() {
        var indicator = register.indicatorByRef("CE LI 33")
                .or(() -> register.indicators().stream().skip(5).findFirst())
                .orElseThrow();
        String unitBefore = indicator.getUnit();
        try {
            IndicatorTableView table = navigate(IndicatorTableView.class);
            assertThat(test(table.settings).size())
                    .isEqualTo(register.indicators().size());
            int row =
                    register.indicators().stream().map(i -> i.getId()).toList().indexOf(indicator.getId());
            assertThat(test(table.settings).getCellText(row, 2)).isEqualTo(unitBefore);
            Button edit = (Button) test(table.settings).getCellComponent(row, 6);
            assertThat(edit.getAriaLabel()).hasValue("Edit the settings of " + indicator.getRef());
            test(edit).click();
            var unit = find(com.vaadin.flow.component.textfield.TextField.class)
                    .withCaption("Unit")
                    .single();
            test(unit).setValue("incidents");
            test(find(Button.class).withText("Save").single()).click();
            assertThat(register.indicatorByRef(indicator.getRef()).orElseThrow().getUnit())
                    .isEqualTo("incidents");
            assertThat(test(table.settings).getCellText(row, 2)).isEqualTo("incidents");
        } finally {
            register.updateIndicatorSettings(
                    indicator.getId(),
                    unitBefore,
                    indicator.getPolarity(),
                    indicator.getQuarterlyMode(),
                    indicator.isMetadataConfirmed());
        }
    }

    @Autowired
    java.time.Clock clock;
}
