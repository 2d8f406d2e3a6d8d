package uk.gov.halton.planner.register.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.register.domain.Indicator;
import uk.gov.halton.planner.register.domain.Polarity;
import uk.gov.halton.planner.register.domain.QuarterlyMode;
import uk.gov.halton.planner.register.domain.RegisterService;

/** An administrator changes an indicator's unit, polarity and quarterly mode; one dialog for every page that offers it. */
final class IndicatorSettingsDialog {

    private IndicatorSettingsDialog() {}

    static Dialog open(RegisterService register, Indicator indicator, Consumer<Indicator> saved) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Settings of " + indicator.getRef());
        TextField unit = new TextField("Unit", indicator.getUnit(), "count, %, hours…");
        Select<Polarity> polarity = new Select<>();
        polarity.setLabel("Polarity");
        polarity.setItems(Polarity.values());
        polarity.setItemLabelGenerator(Polarity::label);
        polarity.setValue(indicator.getPolarity());
        Select<QuarterlyMode> mode = new Select<>();
        mode.setLabel("A quarterly figure is");
        mode.setItems(QuarterlyMode.values());
        mode.setItemLabelGenerator(QuarterlyMode::label);
        mode.setValue(indicator.getQuarterlyMode());
        Checkbox confirmed = new Checkbox("Confirmed by the council", indicator.isMetadataConfirmed());
        Button save = new Button("Save", e -> {
            Indicator[] updated = new Indicator[1];
            if (Kit.attempt(
                    () -> updated[0] = register.updateIndicatorSettings(
                            indicator.getId(),
                            unit.getValue(),
                            polarity.getValue(),
                            mode.getValue(),
                            confirmed.getValue()),
                    java.util.Map.of("unit", unit, "polarity", polarity, "quarterlyMode", mode),
                    unit)) {
                dialog.close();
                Kit.done("Settings saved");
                saved.accept(updated[0]);
            }
        });
        Kit.openForm(dialog, save, new FormLayout(unit, polarity, mode, confirmed));
        return dialog;
    }
}
