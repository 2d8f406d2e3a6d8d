package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.ExerciseActionItem;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseStep;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.Lesson;
import uk.gov.halton.planner.plans.PlanService;

/** One exercise: details, the plans it tests with their status, its life (schedule to held), debriefs, lessons and actions. */
@Route("exercises/:id(\\d+)")
@PermitAll
public class ExerciseView extends ExercisePage {

    private final PlanService plans;
    private final uk.gov.halton.planner.exercises.ElementMarkService marks;
    private final java.util.List<uk.gov.halton.planner.exercises.ExercisePageSection> sections;

    public ExerciseView(
            ExerciseService exercises,
            PlanService plans,
            AuthenticationContext authentication,
            java.util.List<uk.gov.halton.planner.exercises.ExercisePageSection> sections,
            uk.gov.halton.planner.exercises.ElementMarkService marks) {
        super(exercises, authentication, "Exercise");
        this.marks = marks;
        this.sections = sections;
        this.plans = plans;
    }

    @Override
    public String getPageTitle() {
        return exercise == null ? "Exercise" : exercise.name();
    }

    private void refresh() {
        exercise = exercises.find(exercise.id()).orElseThrow();
        render();
    }

    @Override
    void render() {
        removeAll();
        add(ExerciseHeader.of(exercise));

        var template = exercises.template(exercise.templateType());
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(template.map(t -> t.name()).orElse(exercise.templateType())), "Type");
        facts.addFormItem(
                new Span(Ui.when(exercise.startsAt(), exercise.endsAt()) + " ("
                        + PlannerZone.zone().getId() + ")"),
                "When");
        facts.addFormItem(new Span(or(exercise.location())), "Location");
        facts.addFormItem(
                new Span(exercise.agencies().isEmpty() ? "—" : String.join(", ", exercise.agencies())),
                "Services planned to take part");
        String tested = marks.testedText(exercise.id());
        Span elementsTested = new Span(tested.isEmpty() ? "None recorded yet" : tested);
        elementsTested.setId("elements-tested");
        facts.addFormItem(elementsTested, "Plan elements tested");
        facts.addFormItem(new Span(exercise.testsPlan() ? "Yes" : "No"), "Counts as a test of the plans");
        facts.addFormItem(new Span(or(exercise.publicInformed())), "Public informed");
        add(facts);

        add(new H3("Plans tested"));
        VerticalLayout planList = new VerticalLayout();
        planList.setPadding(false);
        for (String planId : exercise.planIds()) {
            plans.find(planId).ifPresent(p -> {
                HorizontalLayout row = new HorizontalLayout(
                        new Anchor("plans/" + p.id(), p.title()),
                        Ui.planStatus(p.status()),
                        new Span(p.statusReason()),
                        new Span("Next test due: " + Ui.date(p.nextTestDue())));
                row.addClassName("tested-plan");
                row.setAlignItems(FlexComponent.Alignment.CENTER);
                planList.add(row);
            });
        }
        add(planList);

        if (canEdit) {
            add(actions());
        }
        sections.forEach(section -> add(section.create(exercise)));
        section("Objectives", exercise.objectives());
        section("Scenario", exercise.scenario());
        template.ifPresent(t -> {
            add(new H3("Outline (" + t.name() + ")"));
            OrderedList outline = new OrderedList();
            t.outline().forEach(s -> outline.add(new ListItem(s.at() + " " + s.item())));
            add(outline);
            add(new H3("Debrief checklist"));
            UnorderedList checklist = new UnorderedList();
            t.debriefChecklist().forEach(c -> checklist.add(new ListItem(c)));
            add(checklist);
        });
        if (exercise.status().allows(ExerciseStep.DEBRIEF)) {
            debriefs();
        }
    }

    private HorizontalLayout actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("exercise-actions");
        bar.setWrap(true);
        ExerciseStatus s = exercise.status();
        if (s.allows(ExerciseStep.SCHEDULE)) {
            Button schedule = new Button("Schedule", e -> {
                if (Ui.attempt(() -> exercises.schedule(exercise.id()))) {
                    Kit.done("Scheduled");
                    refresh();
                }
            });
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(schedule);
        }
        if (s.allows(ExerciseStep.MARK_HELD)) {
            Button held = new Button("Mark held", e -> markHeld());
            held.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(held);
        }
        if (s.allows(ExerciseStep.MOVE)) {
            bar.add(new Button("Move", e -> move()));
        }
        if (s.allows(ExerciseStep.POSTPONE)) {
            bar.add(new Button("Postpone", e -> postpone()));
        }
        if (s.allows(ExerciseStep.CANCEL)) {
            Button cancel = new Button("Cancel exercise", e -> {
                TextField reason = new TextField("Reason (optional)");
                Kit.confirm(
                        "Cancel " + exercise.name() + "?",
                        "A cancelled exercise cannot be scheduled again.",
                        "Cancel exercise",
                        reason,
                        () -> {
                            if (Ui.attempt(() -> exercises.cancel(exercise.id(), reason.getValue()))) {
                                refresh();
                            }
                        });
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(cancel);
        }
        return bar;
    }

    private void markHeld() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Mark held");
        DatePicker date = new DatePicker("Held on", heldOnDefault(exercise, exercises.today()));
        date.setLocale(Ui.UK);
        date.setMax(exercises.today());
        date.setRequired(true);
        Button ok = new Button("Mark held", e -> {
            if (date.getValue() == null) {
                date.setErrorMessage("Enter the day it was held.");
                date.setInvalid(true);
                return;
            }
            if (attemptAt(date, () -> exercises.markHeld(exercise.id(), date.getValue()))) {
                dialog.close();
                Kit.done(exercise.testsPlan() ? "Held: the plans' next test dates have moved" : "Held");
                refresh();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-held");
        dialog.add(
                new Span(
                        exercise.testsPlan()
                                ? "Each plan tested gets this as its last test, and its next test "
                                        + "falls due three years on."
                                : "This exercise does not count as a test of the plans."),
                date);
        dialog.getFooter().add(new Button("Back", e -> dialog.close()), ok);
        dialog.open();
    }

    /**
     * The day to offer for "held on": never a future day. The exercise's first day once it has come, and today while
     * it runs over several days; nothing before it starts.
     */
    static java.time.LocalDate heldOnDefault(ExerciseSummary exercise, java.time.LocalDate today) {
        java.time.LocalDate first = exercise.date();
        java.time.LocalDate last =
                exercise.endsAt() == null ? first : exercise.endsAt().toLocalDate();
        if (first.isAfter(today)) {
            return null;
        }
        return !last.isBefore(today) && first.isBefore(today) ? today : first;
    }

    /** Runs a write; a broken rule is shown beside the field it is about, not in a message over the dialog. */
    private static boolean attemptAt(com.vaadin.flow.component.HasValidation field, Runnable action) {
        return Kit.attempt(action, java.util.Map.of(), field);
    }

    private void move() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Move " + exercise.name());
        DatePicker date = new DatePicker("Date", exercise.date());
        date.setLocale(Ui.UK);
        TimePicker start = new TimePicker("Start", exercise.startsAt().toLocalTime());
        TimePicker end = new TimePicker("End", exercise.endsAt().toLocalTime());
        Button ok = new Button("Move", e -> {
            if (date.getValue() == null || start.getValue() == null || end.getValue() == null) {
                date.setErrorMessage("Enter the date, start and end.");
                date.setInvalid(true);
                return;
            }
            if (attemptAt(
                    date,
                    () -> exercises.move(
                            exercise.id(),
                            exercise.rowVersion(),
                            date.getValue().atTime(start.getValue()),
                            date.getValue().atTime(end.getValue())))) {
                dialog.close();
                refresh();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(date, start, end));
        dialog.getFooter().add(new Button("Back", e -> dialog.close()), ok);
        dialog.open();
    }

    private void postpone() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Postpone " + exercise.name());
        TextField reason = new TextField("Reason");
        reason.setRequired(true);
        Button ok = new Button("Postpone", e -> {
            if (attemptAt(reason, () -> exercises.postpone(exercise.id(), reason.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button("Back", e -> dialog.close()), ok);
        dialog.open();
    }

    private void debriefs() {
        add(new H3("Hot debrief"));
        TextArea hot = new TextArea(
                "Hot debrief (on the day)", exercise.hotDebrief() == null ? "" : exercise.hotDebrief(), "");
        hot.setWidthFull();
        add(hot);
        add(new H3("Cold debrief (two to six weeks after)"));
        DatePicker coldOn = new DatePicker("Cold debrief date", exercise.coldDebriefOn());
        coldOn.setLocale(Ui.UK);
        coldOn.setHelperText("Between " + Ui.date(exercise.heldOn().plusDays(ExerciseService.COLD_DEBRIEF_MIN_DAYS))
                + " and " + Ui.date(exercise.heldOn().plusDays(ExerciseService.COLD_DEBRIEF_MAX_DAYS)));
        TextArea cold = new TextArea("Cold debrief", exercise.coldDebrief() == null ? "" : exercise.coldDebrief(), "");
        cold.setWidthFull();
        TextField informed = new TextField(
                "Was the public informed as required? How?",
                exercise.publicInformed() == null ? "" : exercise.publicInformed(),
                "");
        informed.setWidthFull();
        add(coldOn, cold, informed);
        // A partner or manager reads the debriefs; only planners and administrators change them.
        hot.setReadOnly(!canEdit);
        coldOn.setReadOnly(!canEdit);
        cold.setReadOnly(!canEdit);
        informed.setReadOnly(!canEdit);
        if (canEdit) {
            HorizontalLayout saves = new HorizontalLayout(
                    new Button(
                            "Save hot debrief",
                            e -> save(() ->
                                    exercises.recordHotDebrief(exercise.id(), exercise.rowVersion(), hot.getValue()))),
                    new Button(
                            "Save cold debrief",
                            e -> save(() -> exercises.recordColdDebrief(
                                    exercise.id(), exercise.rowVersion(), coldOn.getValue(), cold.getValue()))),
                    new Button(
                            "Save public information",
                            e -> save(() -> exercises.recordPublicInformation(
                                    exercise.id(), exercise.rowVersion(), informed.getValue()))));
            saves.setWrap(true);
            add(saves);
        }

        add(new H3("Lessons"));
        Grid<Lesson> lessons = new Grid<>(Lesson.class, false);
        lessons.addColumn(l -> l.category().label())
                .setHeader("Kind")
                .setAutoWidth(true)
                .setSortable(true);
        lessons.addColumn(Lesson::planElement).setHeader("Plan element").setAutoWidth(true);
        lessons.addColumn(Lesson::text).setHeader("Lesson").setFlexGrow(2);
        lessons.setItems(exercises.lessons(exercise.id()));
        lessons.setAllRowsVisible(true);
        lessons.setEmptyStateText("No lessons recorded.");
        add(lessons);
        if (canEdit) {
            ComboBox<Lesson.Category> kind = new ComboBox<>("Kind", Lesson.Category.values());
            kind.setItemLabelGenerator(Lesson.Category::label);
            TextField element = new TextField("Plan element");
            TextField text = new TextField("Lesson");
            text.setWidth("30em");
            text.setMaxWidth("100%");
            Button add = new Button(
                    "Add lesson",
                    e -> save(() ->
                            exercises.addLesson(exercise.id(), kind.getValue(), element.getValue(), text.getValue())));
            HorizontalLayout form = new HorizontalLayout(kind, element, text, add);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(form);
        }

        add(new H3("Actions"));
        Grid<ExerciseActionItem> actions = new Grid<>(ExerciseActionItem.class, false);
        // The action, its due date and whether it is done always; its owner from 600 px up.
        actions.addColumn(ExerciseActionItem::description)
                .setHeader("Action")
                .setWidth("7rem")
                .setFlexGrow(3);
        var ownerColumn = actions.addColumn(ExerciseActionItem::owner)
                .setHeader("Owner")
                .setWidth("7rem")
                .setFlexGrow(1)
                .setSortable(true);
        actions.addColumn(a -> Ui.date(a.dueOn()))
                .setHeader("Due")
                .setSortable(true)
                .setComparator(ExerciseActionItem::dueOn)
                .setAutoWidth(true)
                .setFlexGrow(0);
        actions.addComponentColumn(a -> {
                    Checkbox done = new Checkbox(a.done());
                    done.setAriaLabel("Done: " + a.description());
                    done.setReadOnly(!canEdit);
                    done.addValueChangeListener(e -> {
                        if (e.isFromClient()) {
                            Ui.attempt(() -> exercises.setActionDone(a.id(), e.getValue()));
                        }
                    });
                    return done;
                })
                .setHeader("Done")
                .setAutoWidth(true)
                .setFlexGrow(0);
        actions.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(actions, ownerColumn);
        actions.setItems(exercises.actions(exercise.id()));
        actions.setAllRowsVisible(true);
        actions.setEmptyStateText("No actions recorded.");
        add(actions);
        if (canEdit) {
            TextField what = new TextField("Action");
            what.setWidth("24em");
            what.setMaxWidth("100%");
            TextField owner = new TextField("Owner");
            DatePicker due = new DatePicker("Due");
            due.setLocale(Ui.UK);
            Button add = new Button(
                    "Add action",
                    e -> save(() ->
                            exercises.addAction(exercise.id(), what.getValue(), owner.getValue(), due.getValue())));
            HorizontalLayout form = new HorizontalLayout(what, owner, due, add);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(form);
        }
    }

    private void save(Runnable action) {
        if (Ui.attempt(action)) {
            Kit.done("Saved");
            refresh();
        }
    }

    private void section(String title, String text) {
        if (text != null && !text.isBlank()) {
            add(new H3(title));
            UnorderedList list = new UnorderedList();
            text.lines().filter(l -> !l.isBlank()).forEach(l -> list.add(new ListItem(l)));
            add(list);
        }
    }

    private static String or(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
