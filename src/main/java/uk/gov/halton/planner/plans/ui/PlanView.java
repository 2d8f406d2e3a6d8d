package uk.gov.halton.planner.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.plans.PlanEdit;
import uk.gov.halton.planner.plans.PlanRevisionRecord;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;
import uk.gov.halton.planner.plans.PlanTestRecord;
import uk.gov.halton.planner.plans.SiteMailing;
import uk.gov.halton.planner.plans.domain.Plan;

/** One plan: its status and why, its dates, sites and mailings, tests and revision history. */
@Route("plans/:id")
@PermitAll
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final boolean canEdit;
    private PlanSummary plan;
    final Div details = new Div();

    public PlanView(PlanService plans, AuthenticationContext authentication) {
        this.plans = plans;
        this.canEdit = authentication.hasAnyRole("PLANNER", "ADMIN");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        plan = plans.find(id).orElseThrow(() -> new NotFoundException("No plan " + id));
        render();
    }

    @Override
    public String getPageTitle() {
        return plan == null ? "Plan" : plan.title();
    }

    private void render() {
        removeAll();
        add(new RouterLink("All off-site plans", PlansView.class));
        add(new H2(plan.title()));
        HorizontalLayout status =
                new HorizontalLayout(new Span("Status:"), PlanUi.badge(plan.status()), new Span(plan.statusReason()));
        status.setAlignItems(FlexComponent.Alignment.CENTER);
        status.addClassName("plan-status-line");
        add(status);

        FormLayout facts = new FormLayout();
        facts.addClassName("plan-facts");
        fact(facts, "Version", plan.version());
        fact(facts, "Owner", plan.owner());
        fact(facts, "Plan status", plan.lifecycle());
        fact(facts, "Establishments", String.join(", ", plan.siteNames()));
        fact(facts, "Prepared", PlanUi.date(plan.preparedOn()));
        fact(facts, "Last reviewed", PlanUi.date(plan.lastReviewed()));
        fact(facts, "Next review due", PlanUi.date(plan.nextReviewDue()));
        fact(facts, "Last tested", PlanUi.date(plan.lastTested()));
        fact(facts, "Next test due", PlanUi.date(plan.nextTestDue())).addClassName("next-test-due");
        fact(facts, "Operator's information received", PlanUi.date(plan.operatorInfoReceived()));
        fact(
                facts,
                "Preparation deadline",
                plan.preparationDeadline() == null
                        ? "—"
                        : PlanUi.date(plan.preparationDeadline())
                                + (plan.extensionAgreed()
                                        ? " (nine months, agreed: " + plan.extensionReference() + ")"
                                        : " (six months)"));
        fact(facts, "Notes", plan.notes());
        add(facts);
        Anchor coverage = new Anchor(
                "plans/" + plan.id() + "/coverage", "Plan elements and their tests over the cycle (coverage matrix)");
        coverage.addClassName("plan-coverage-link");
        add(coverage);
        if (plan.lastTestExerciseId() != null) {
            add(new Anchor("exercises/" + plan.lastTestExerciseId(), "Open the exercise that last tested this plan"));
        }

        if (canEdit) {
            Button edit = new Button("Edit plan", e -> edit());
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button test = new Button("Record a test", e -> recordTest());
            Button review = new Button("Record a review", e -> recordReview());
            Anchor exercise =
                    new Anchor("exercises/new?template=tabletop&plan=" + plan.id(), "New exercise for this plan");
            HorizontalLayout actions = new HorizontalLayout(edit, test, review, exercise);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(actions);
        }

        add(new Anchor(
                uk.gov.halton.planner.register.RegisterLinks.ppt06Milestone(),
                "Milestone PPT 06 in the Safer Halton register (an exercise of the COMAH plans every financial year)"));
        add(new H3("Deadlines"));
        Grid<Deadline> deadlines = new Grid<>(Deadline.class, false);
        deadlines
                .addColumn(d -> d.kind().title())
                .setHeader("What")
                .setWidth("7rem")
                .setFlexGrow(1);
        deadlines.addColumn(Deadline::title).setHeader("For").setWidth("8rem").setFlexGrow(1);
        deadlines.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        deadlines
                .addColumn(d -> PlanUi.date(d.dueDate()))
                .setHeader("Due")
                .setSortable(true)
                .setComparator(Deadline::dueDate);
        deadlines.setItems(plan.deadlines());
        deadlines.setAllRowsVisible(true);
        deadlines.setEmptyStateText("No dates recorded yet: a planner enters the last test, review and mailing dates.");
        add(deadlines);

        add(new H3("Public information mailing (five-yearly)"));
        Grid<SiteMailing> mailings = new Grid<>(SiteMailing.class, false);
        mailings.addColumn(SiteMailing::siteName)
                .setHeader("Site")
                .setWidth("7rem")
                .setFlexGrow(1);
        mailings.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        var lastSent = mailings.addColumn(m -> PlanUi.date(m.lastSent()))
                .setHeader("Last sent")
                .setAutoWidth(true);
        Kit.hideWhenNarrow(mailings, lastSent);
        mailings.addColumn(m -> PlanUi.date(m.nextDue())).setHeader("Next due");
        if (canEdit) {
            mailings.addComponentColumn(m -> new Button("Record sending", e -> recordMailing(m)))
                    .setHeader("Action");
        }
        mailings.setItems(plans.mailings(plan.id()));
        mailings.setAllRowsVisible(true);
        mailings.setEmptyStateText("No sites are linked to this plan.");
        add(mailings);

        add(new H3("Tests"));
        Grid<PlanTestRecord> tests = new Grid<>(PlanTestRecord.class, false);
        // Sized to what they hold, the note wrapping in what is left: a long note never widens the table.
        tests.addColumn(t -> PlanUi.date(t.testedOn()))
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // An exercise's test keeps "Exercise: <its name>" as its note (the exercises module writes it): that names
        // the link, and the note column is left to what planners typed.
        tests.addComponentColumn(t -> t.exerciseId() == null
                        ? new Span("Entered by a planner")
                        : Kit.target(new Anchor(
                                "exercises/" + t.exerciseId(),
                                t.note() == null || t.note().isBlank() ? "The exercise" : t.note())))
                .setHeader("By")
                .setWidth("6rem")
                .setFlexGrow(1);
        tests.addComponentColumn(t ->
                        t.reportLink() == null ? new Span("—") : Kit.target(new Anchor(t.reportLink(), "Test report")))
                .setHeader("Report")
                .setWidth("6rem")
                .setFlexGrow(1);
        var note = tests.addColumn(t -> t.exerciseId() == null ? t.note() : "")
                .setHeader("Note")
                .setWidth("10rem")
                .setFlexGrow(3);
        var recordedBy = tests.addColumn(PlanTestRecord::recordedBy)
                .setHeader("Recorded by")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tests.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(tests, note, recordedBy);
        tests.setItems(plans.tests(plan.id()));
        tests.setAllRowsVisible(true);
        tests.setEmptyStateText("No test recorded.");
        add(tests);

        add(new H3("Revision history"));
        Grid<PlanRevisionRecord> revisions = new Grid<>(PlanRevisionRecord.class, false);
        revisions.addColumn(r -> PlanUi.date(r.revisedOn())).setHeader("Date");
        var version = revisions.addColumn(PlanRevisionRecord::version).setHeader("Version");
        revisions
                .addColumn(PlanRevisionRecord::summary)
                .setHeader("Summary")
                .setWidth("10rem")
                .setFlexGrow(2);
        var by = revisions.addColumn(PlanRevisionRecord::revisedBy).setHeader("By");
        revisions.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(revisions, version, by);
        revisions.setItems(plans.revisions(plan.id()));
        revisions.setAllRowsVisible(true);
        revisions.setEmptyStateText("No revision recorded.");
        add(revisions);

        add(new H3("Status rules"), PlanUi.legend());
    }

    private static Span fact(FormLayout facts, String label, String value) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        facts.addFormItem(text, label);
        return text;
    }

    private void edit() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Edit " + plan.title());
        TextField title = new TextField("Title", plan.title(), "");
        TextField version = new TextField("Version", nz(plan.version()), "");
        TextField owner = new TextField("Owner", nz(plan.owner()), "");
        ComboBox<String> lifecycle = new ComboBox<>("Plan status", Plan.Lifecycle.ALL);
        lifecycle.setValue(plan.lifecycle());
        DatePicker prepared = Kit.datePicker("Prepared", plan.preparedOn());
        prepared.setHelperText("When the plan was adopted: the test and review clocks run from here until the first "
                + "test and review are recorded");
        DatePicker nextReview = Kit.datePicker("Next review due", plan.nextReviewDue());
        nextReview.setHelperText(
                "At the latest three years after the last review (or preparation); you may bring it " + "forward");
        DatePicker nextTest = Kit.datePicker("Next test due", plan.nextTestDue());
        nextTest.setHelperText(
                "At the latest three years after the last test (or preparation); you may bring it " + "forward");
        DatePicker received = Kit.datePicker("Operator's information received", plan.operatorInfoReceived());
        received.setHelperText("For a newly top-tier site: starts the six-month preparation deadline");
        Checkbox extension =
                new Checkbox("Nine months agreed in writing by the competent authority", plan.extensionAgreed());
        TextField reference = new TextField("Agreement reference", nz(plan.extensionReference()), "");
        TextArea notes = new TextArea("Notes", nz(plan.notes()), "");
        var fields = java.util.Map.<String, com.vaadin.flow.component.HasValidation>of(
                "title",
                title,
                "version",
                version,
                "owner",
                owner,
                "lifecycle",
                lifecycle,
                "preparedOn",
                prepared,
                "nextReviewDue",
                nextReview,
                "nextTestDue",
                nextTest,
                "operatorInfoReceived",
                received,
                "extensionReference",
                reference,
                "notes",
                notes);
        var checks = Kit.checks(
                PlanEdit.class,
                java.util.Map.of(
                        "title",
                        title,
                        "version",
                        version,
                        "owner",
                        owner,
                        "extensionReference",
                        reference,
                        "notes",
                        notes));
        Button save = new Button("Save", e -> {
            if (checks.validate().isOk()) {
                attempt(
                        dialog,
                        fields,
                        title,
                        () -> plans.update(
                                plan.id(),
                                new PlanEdit(
                                        title.getValue(),
                                        version.getValue(),
                                        owner.getValue(),
                                        lifecycle.getValue(),
                                        prepared.getValue(),
                                        nextReview.getValue(),
                                        nextTest.getValue(),
                                        received.getValue(),
                                        extension.getValue(),
                                        reference.getValue(),
                                        notes.getValue(),
                                        plan.rowVersion())));
            }
        });
        Kit.openForm(
                dialog,
                save,
                new FormLayout(
                        title,
                        version,
                        owner,
                        lifecycle,
                        prepared,
                        nextReview,
                        nextTest,
                        received,
                        extension,
                        reference,
                        notes));
    }

    private void recordTest() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Record a test of " + plan.title());
        DatePicker date = Kit.datePicker("Date of the test", plans.today());
        TextField note = new TextField("Note (e.g. the exercise held before this system)");
        Button save = new Button(
                "Record",
                e -> attempt(
                        dialog,
                        java.util.Map.of("testedOn", date, "note", note),
                        date,
                        () -> plans.recordTest(plan.id(), date.getValue(), null, note.getValue())));
        Kit.openForm(
                dialog,
                save,
                new Paragraph("Tests held as exercises in this system are recorded when the exercise is marked held."),
                new FormLayout(date, note));
    }

    private void recordReview() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Record a review of " + plan.title());
        DatePicker date = Kit.datePicker("Date of the review", plans.today());
        TextField version = new TextField("New version (if any)");
        TextArea summary = new TextArea("What changed");
        Button save = new Button(
                "Record",
                e -> attempt(
                        dialog,
                        java.util.Map.of("reviewedOn", date, "version", version, "summary", summary),
                        date,
                        () -> plans.recordReview(plan.id(), date.getValue(), version.getValue(), summary.getValue())));
        Kit.openForm(dialog, save, new FormLayout(date, version, summary));
    }

    private void recordMailing(SiteMailing mailing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Public information mailing for " + mailing.siteName());
        DatePicker date = Kit.datePicker("Date sent", plans.today());
        Button save = new Button(
                "Record",
                e -> attempt(
                        dialog,
                        java.util.Map.of("sentOn", date),
                        date,
                        () -> plans.recordMailing(mailing.siteId(), date.getValue())));
        Kit.openForm(dialog, save, date);
    }

    /** Saves from a dialog; a broken rule is shown beside its field and the dialog stays open with what was typed. */
    private void attempt(
            Dialog dialog,
            java.util.Map<String, ? extends com.vaadin.flow.component.HasValidation> fields,
            com.vaadin.flow.component.HasValidation fallback,
            Runnable action) {
        if (Kit.attempt(action, fields, fallback)) {
            dialog.close();
            plan = plans.find(plan.id()).orElseThrow();
            render();
            Kit.done("Saved");
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
