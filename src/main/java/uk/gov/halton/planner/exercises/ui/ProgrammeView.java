package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.web.util.UriUtils;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.StaticTable;
import uk.gov.halton.planner.exercises.ComplianceState;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.PlanCheck;
import uk.gov.halton.planner.exercises.Programme;
import uk.gov.halton.planner.exercises.ProgrammeProposal;
import uk.gov.halton.planner.exercises.ProgrammeService;
import uk.gov.halton.planner.exercises.YearCompliance;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;
import uk.gov.halton.planner.plans.StatusRules;

/**
 * The exercise programme of one financial year (/programme/2026 for 2026/27) and the rolling three-year view:
 * PPT 06 for each year, each plan's due dates and check, the exercises, the planner's proposals and the approval.
 */
@Route("programme/:fy?([0-9]{4})")
@PageTitle("Exercise programme")
@Menu(order = 40, icon = "vaadin:calendar-briefcase", title = "Programme")
@PermitAll
public class ProgrammeView extends VerticalLayout implements BeforeEnterObserver {

    private final ProgrammeService programmes;
    private final PlanService plans;
    private final boolean planner;
    private final boolean manager;
    private FinancialYear year;

    public ProgrammeView(ProgrammeService programmes, PlanService plans, AuthenticationContext authentication) {
        this.programmes = programmes;
        this.plans = plans;
        this.planner = authentication.hasAnyRole("PLANNER", "ADMIN");
        this.manager = authentication.hasAnyRole("MANAGER", "ADMIN");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            year = event.getRouteParameters()
                    .getInteger("fy")
                    .map(FinancialYear::new)
                    .orElse(programmes.currentYear());
        } catch (IllegalArgumentException e) {
            event.rerouteToError(
                    com.vaadin.flow.router.NotFoundException.class,
                    "There is no financial year "
                            + event.getRouteParameters().get("fy").orElse("") + ".");
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        Programme programme = programmes.programme(year);
        Map<String, String> titles =
                plans.findAll().stream().collect(Collectors.toMap(PlanSummary::id, PlanSummary::title));

        ComboBox<FinancialYear> years = new ComboBox<>("Financial year");
        FinancialYear current = programmes.currentYear();
        years.setItems(IntStream.rangeClosed(-3, 2)
                .mapToObj(i -> new FinancialYear(current.startYear() + i))
                .toList());
        years.setItemLabelGenerator(FinancialYear::label);
        years.setValue(year);
        years.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(
                        ProgrammeView.class,
                        new RouteParameters("fy", String.valueOf(e.getValue().startYear()))));
            }
        });
        add(
                new H2("Programme " + year.label() + " (1 April " + year.startYear() + " to 31 March "
                        + (year.startYear() + 1) + ")"),
                years);

        add(new H3("Rolling three-year view: at least one COMAH exercise each financial year (PPT 06)"));
        HorizontalLayout rolling = new HorizontalLayout();
        rolling.setWrap(true);
        for (YearCompliance c : programmes.rolling()) {
            Div card = new Div();
            card.addClassName("year-compliance");
            card.getStyle()
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "8px")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("flex", "1 1 16em");
            RouterLink link = new RouterLink(
                    c.year().label(),
                    ProgrammeView.class,
                    new RouteParameters("fy", String.valueOf(c.year().startYear())));
            card.add(new Div(link), new Div(Ui.compliance(c.state())), new Paragraph(c.message()));
            rolling.add(card);
        }
        add(rolling);

        YearCompliance compliance = programme.compliance();
        HorizontalLayout yearState = new HorizontalLayout(
                new Span("This year:"), Ui.compliance(compliance.state()), new Span(compliance.message()));
        yearState.setAlignItems(FlexComponent.Alignment.CENTER);
        yearState.addClassName("this-year-compliance");
        add(yearState);

        Span approval = new Span(programme
                .approval()
                .map(a -> "Approved by " + a.approvedBy() + " at "
                        + uk.gov.halton.planner.base.Dates.shortDayTime(a.approvedAt())
                        + (a.note() == null ? "" : " (" + a.note() + ")"))
                .orElse("Not yet approved by a manager."));
        approval.addClassName("programme-approval");
        HorizontalLayout approvalRow = new HorizontalLayout(approval);
        approvalRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        approvalRow.setWrap(true);
        if (manager && programme.approval().isEmpty()) {
            TextField note = new TextField();
            note.setPlaceholder("Note (optional)");
            note.setAriaLabel("Approval note");
            Button approve = new Button(
                    "Approve the " + year.label() + " programme",
                    e -> Kit.ask(
                            "Approve the " + year.label() + " programme?",
                            "Your name and the time are recorded against the approval. " + atRiskSummary(programme),
                            "Approve",
                            atRisk(programme),
                            false,
                            () -> {
                                if (Ui.attempt(() -> programmes.approve(year, note.getValue()))) {
                                    Kit.done("Programme approved");
                                    render();
                                }
                            }));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approvalRow.add(note, approve);
        }
        add(approvalRow);

        add(new H3("Exercises in " + year.label()));
        // A plain list rather than a grid: a short list per year, and each link is its own full-size target.
        com.vaadin.flow.component.html.UnorderedList exercises = new com.vaadin.flow.component.html.UnorderedList();
        exercises.addClassName("programme-exercises");
        for (ExerciseSummary e : programme.exercises()) {
            com.vaadin.flow.component.html.ListItem item = new com.vaadin.flow.component.html.ListItem();
            item.add(
                    Kit.target(new RouterLink(
                            e.name(), ExerciseView.class, new RouteParameters("id", String.valueOf(e.id())))),
                    new Span(" " + Ui.date(e.date()) + " "),
                    Ui.exerciseStatus(e.status()),
                    new Span(" Plans: " + ExercisesView.plansText(e, titles)));
            exercises.add(item);
        }
        if (programme.exercises().isEmpty()) {
            add(new Paragraph("No exercises in " + year.label() + "."));
        }
        add(exercises);

        add(new H3("Plans: each tested before its due date"));
        // Markup rather than a grid: a short read-only list, and a grid's columns cost each signed-in user ~40 KB.
        List<List<StaticTable.Cell>> rows = programme.planChecks().stream()
                .map(c -> List.of(
                        StaticTable.Cell.link(
                                c.plan().title(),
                                "plans/"
                                        + UriUtils.encodePathSegment(
                                                c.plan().id(), java.nio.charset.StandardCharsets.UTF_8)),
                        StaticTable.Cell.pill(
                                Ui.planStatusPill(c.plan().status()), c.plan().statusReason()),
                        StaticTable.Cell.text(Ui.date(c.plan().lastTested())),
                        StaticTable.Cell.text(Ui.date(c.plan().nextTestDue())),
                        StaticTable.Cell.text(Ui.date(c.plan().nextReviewDue())),
                        StaticTable.Cell.text(
                                c.plan().nextTestDue() != null
                                                && year.contains(c.plan().nextTestDue())
                                        ? "Yes"
                                        : "No"),
                        StaticTable.Cell.pill(Ui.compliancePill(c.state()), c.message())))
                .toList();
        if (rows.isEmpty()) {
            add(new Paragraph("No plans."));
        } else {
            add(StaticTable.of(
                    "programme-checks",
                    List.of(
                            "Plan",
                            "Plan status",
                            "Last tested",
                            "Next test due",
                            "Next review due",
                            "Test due this year",
                            "Check"),
                    rows));
        }
        Paragraph legend = new Paragraph(String.join(" ", StatusRules.LEGEND));
        legend.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(legend);

        add(new H3("Proposals"));
        var settings = programmes.settings();
        add(new Paragraph("The planner proposes exercises for the current and next two financial years so that every "
                + "plan is tested before it is due and every year has a COMAH exercise, on weekdays, at least "
                + settings.minGapDays() + " days apart where possible, avoiding: "
                + settings.blackouts().stream()
                        .map(b -> b.name() + " (" + b.from().getDayOfMonth() + "/"
                                + b.from().getMonthValue() + " to " + b.to().getDayOfMonth() + "/"
                                + b.to().getMonthValue() + ")")
                        .collect(Collectors.joining(", "))
                + "."));
        if (planner) {
            Runnable proposeNow = () -> {
                if (Ui.attempt(programmes::propose)) {
                    Kit.done("Proposals updated");
                    render();
                }
            };
            Button propose = new Button("Propose exercises for three years", e -> {
                int open = programmes.openProposals().size();
                if (open > 0) {
                    Kit.confirm(
                            "Replace the open proposals?",
                            "The " + uk.gov.halton.planner.base.Dates.plural(open, "proposal")
                                    + " not yet accepted or rejected, in every year, are removed and a "
                                    + "fresh set is proposed. Accepted and rejected ones stay.",
                            "Replace proposals",
                            null,
                            proposeNow);
                } else {
                    proposeNow.run();
                }
            });
            add(propose);
        }
        // No empty grid when there is nothing to decide: a sentence says so, and the session stays smaller.
        if (programme.proposals().isEmpty()) {
            Paragraph none = new Paragraph("No proposals for " + year.label() + ".");
            none.addClassName("no-proposals");
            add(none);
        } else {
            add(proposalsGrid(programme, titles));
        }
        add(Kit.csv(
                "programme-" + year.startYear() + ".csv",
                "Export this year's programme (CSV)",
                List.of("Kind", "Date", "Item", "Status", "Detail"),
                () -> csvRows(programme, titles)));
    }

    private Grid<ProgrammeProposal> proposalsGrid(Programme programme, Map<String, String> titles) {
        Grid<ProgrammeProposal> proposals = new Grid<>(ProgrammeProposal.class, false);
        proposals
                .addColumn(p -> Ui.date(p.date()))
                .setHeader("Date")
                .setSortable(true)
                .setComparator(ProgrammeProposal::date)
                .setAutoWidth(true)
                .setFlexGrow(0);
        proposals
                .addColumn(p -> p.planIds().stream()
                        .map(id -> titles.getOrDefault(id, id))
                        .collect(Collectors.joining("; ")))
                .setHeader("Plans")
                .setWidth("8rem")
                .setFlexGrow(1);
        var why = proposals
                .addColumn(ProgrammeProposal::reason)
                .setHeader("Why")
                .setWidth("10rem")
                .setFlexGrow(2);
        var warning = proposals
                .addColumn(p -> p.warning() == null ? "" : p.warning())
                .setHeader("Warning")
                .setWidth("8rem")
                .setFlexGrow(1);
        var state = proposals
                .addColumn(p -> p.state().label())
                .setHeader("State")
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (planner) {
            // Sized to its buttons, so that Move and Reject are never cut off.
            proposals
                    .addComponentColumn(this::proposalActions)
                    .setHeader("Decide")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        Kit.hideWhenNarrow(proposals, why, warning, state);
        proposals.setItems(programme.proposals());
        proposals.setAllRowsVisible(true);
        proposals.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        return proposals;
    }

    private HorizontalLayout proposalActions(ProgrammeProposal p) {
        HorizontalLayout cell = new HorizontalLayout();
        if (!p.state().open()) {
            if (p.exerciseId() != null) {
                cell.add(Kit.target(new RouterLink(
                        "Exercise", ExerciseView.class, new RouteParameters("id", String.valueOf(p.exerciseId())))));
            }
            return cell;
        }
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-xs)");
        cell.add(new Button("Accept", e -> {
            if (Ui.attempt(() -> programmes.accept(p.id()))) {
                Kit.done("Accepted: a proposed exercise was created");
                render();
            }
        }));
        cell.add(new Button("Move", e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("Move proposal");
            DatePicker date = new DatePicker("New date", p.date());
            date.setLocale(Ui.UK);
            Button ok = new Button("Move", x -> {
                if (Kit.attempt(() -> programmes.move(p.id(), date.getValue()), java.util.Map.of(), date)) {
                    dialog.close();
                    render();
                }
            });
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(date);
            dialog.getFooter().add(new Button("Back", x -> dialog.close()), ok);
            dialog.open();
        }));
        cell.add(new Button(
                "Reject",
                e -> Kit.confirm(
                        "Reject this proposal?",
                        "It will not be proposed again until " + "the planner is run again.",
                        "Reject",
                        null,
                        () -> {
                            if (Ui.attempt(() -> programmes.reject(p.id()))) {
                                render();
                            }
                        })));
        return cell;
    }

    private List<List<String>> csvRows(Programme programme, Map<String, String> titles) {
        List<List<String>> rows = new java.util.ArrayList<>();
        programme
                .exercises()
                .forEach(e -> rows.add(List.of(
                        "Exercise",
                        e.date().toString(),
                        e.name(),
                        e.status().label(),
                        ExercisesView.plansText(e, titles))));
        programme
                .planChecks()
                .forEach(c -> rows.add(List.of(
                        "Plan",
                        c.plan().nextTestDue() == null
                                ? ""
                                : c.plan().nextTestDue().toString(),
                        c.plan().title(),
                        c.state().label(),
                        c.message())));
        programme
                .proposals()
                .forEach(p -> rows.add(List.of(
                        "Proposal",
                        p.date().toString(),
                        String.join("; ", p.planIds()),
                        p.state().label(),
                        p.reason())));
        return rows;
    }

    private static java.util.List<String> risks(Programme programme) {
        java.util.List<String> risks = new java.util.ArrayList<>();
        YearCompliance year = programme.compliance();
        if (year.state() == ComplianceState.AT_RISK || year.state() == ComplianceState.BREACHED) {
            risks.add("The year: " + year.message());
        }
        for (PlanCheck check : programme.planChecks()) {
            if (check.state() == ComplianceState.AT_RISK || check.state() == ComplianceState.BREACHED) {
                risks.add(check.plan().title() + ": " + check.message());
            }
        }
        return risks;
    }

    private static String atRiskSummary(Programme programme) {
        int n = risks(programme).size();
        return n == 0
                ? "Nothing in it is at risk."
                : uk.gov.halton.planner.base.Dates.plural(n, "thing") + (n == 1 ? " is" : " are") + " at risk in it:";
    }

    private static Component atRisk(Programme programme) {
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        list.addClassName("approval-risks");
        risks(programme).forEach(r -> list.add(new com.vaadin.flow.component.html.ListItem(r)));
        return risks(programme).isEmpty() ? null : list;
    }
}
