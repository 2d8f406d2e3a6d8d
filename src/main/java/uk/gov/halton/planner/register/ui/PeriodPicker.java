package uk.gov.halton.planner.register.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import uk.gov.halton.planner.base.FinancialYear;

/** A financial year and a quarter, defaulting to today's. */
class PeriodPicker extends HorizontalLayout {

    final ComboBox<FinancialYear> year = new ComboBox<>("Financial year");
    final Select<Integer> quarter = new Select<>();

    PeriodPicker(LocalDate today, BiConsumer<FinancialYear, Integer> onChange) {
        FinancialYear current = FinancialYear.of(today);
        year.setItems(Bits.yearsAround(current));
        year.setItemLabelGenerator(FinancialYear::label);
        year.setValue(current);
        year.setAllowCustomValue(false);
        quarter.setLabel("Quarter");
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(FinancialYear::quarterName);
        quarter.setValue(FinancialYear.quarterOf(today));
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                onChange.accept(e.getValue(), quarter.getValue());
            }
        });
        quarter.addValueChangeListener(e -> {
            if (e.isFromClient() && year.getValue() != null) {
                onChange.accept(year.getValue(), e.getValue());
            }
        });
        add(year, quarter);
        setAlignItems(Alignment.BASELINE);
    }
}
