package uk.gov.halton.planner.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Locale;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.plans.PlanStatus;
import uk.gov.halton.planner.plans.StatusRules;

/** Small pieces shared by the plan views. */
final class PlanUi {

    static final Locale UK = Locale.UK;

    private PlanUi() {}

    /** "14 Mar 2027" (base Dates), or a dash for no date. */
    static String date(LocalDate date) {
        return date == null ? "—" : Dates.shortDay(date);
    }

    /** The status as words on a coloured background (never colour alone). */
    static Span badge(PlanStatus status) {
        return Kit.pill(
                status.label(),
                Kit.Tone.ofTheme(status.badgeTheme()),
                "plan-status plan-status-" + status.name().toLowerCase(UK));
    }

    static Component legend() {
        UnorderedList list = new UnorderedList();
        list.addClassName("status-legend");
        StatusRules.LEGEND.forEach(line -> list.add(new ListItem(line)));
        list.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return list;
    }

    static void error(InvalidInputException e) {
        Kit.failed(e.getMessage());
    }
}
