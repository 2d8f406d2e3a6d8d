package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.exercises.ExerciseDraft;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.ExerciseTemplate;
import uk.gov.halton.planner.exercises.templates.TemplateParser;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

/**
 * A new exercise from a template: /exercises/new?template=tabletop&plan=emerald-kalama[&date=2026-12-01]. The
 * template fills the name, agencies, objectives and usual duration; the planner adjusts them.
 */
@Route("exercises/new")
@PageTitle("New exercise")
@RolesAllowed({Role.PLANNER_NAME, Role.ADMIN_NAME})
public class ExerciseNewView extends VerticalLayout implements BeforeEnterObserver {

    private final uk.gov.halton.planner.exercises.ProgrammeService programmes;

    private final ExerciseService exercises;
    final ComboBox<ExerciseTemplate> template = new ComboBox<>("Exercise type");
    final MultiSelectComboBox<PlanSummary> plans = new MultiSelectComboBox<>("Plans tested");
    final TextField name = new TextField("Name");
    final DatePicker date = new DatePicker("Date");
    final TimePicker start = new TimePicker("Start (" + PlannerZone.zone().getId() + ")");
    final TimePicker end = new TimePicker("End");
    final TextField location = new TextField("Location");
    final MultiSelectComboBox<String> agencies = new MultiSelectComboBox<>("Services planned to take part");
    final TextArea objectives = new TextArea("Objectives");
    final TextArea scenario = new TextArea("Scenario");
    final Checkbox testsPlan =
            new Checkbox("Counts as a test of the plans (moves their next test due when held)", true);
    final Button create = new Button("Create exercise");
    private final Paragraph purpose = new Paragraph();
    private final com.vaadin.flow.data.binder.BeanValidationBinder<ExerciseDraft> checks = Kit.checks(
            ExerciseDraft.class,
            java.util.Map.of("name", name, "location", location, "objectives", objectives, "scenario", scenario));

    public ExerciseNewView(
            ExerciseService exercises,
            PlanService planService,
            uk.gov.halton.planner.exercises.ProgrammeService programmes) {
        this.programmes = programmes;
        this.exercises = exercises;
        template.setItems(exercises.templates());
        template.setItemLabelGenerator(ExerciseTemplate::name);
        template.setRequired(true);
        plans.setItems(planService.findAll());
        plans.setItemLabelGenerator(PlanSummary::title);
        plans.setRequired(true);
        name.setRequired(true);
        name.setId("exercise-name");
        name.setMaxLength(200);
        date.setLocale(Ui.UK);
        date.setRequired(true);
        start.setLocale(Ui.UK);
        end.setLocale(Ui.UK);
        Set<String> agencyChoices = new TreeSet<>(TemplateParser.AGENCIES);
        agencies.setItems(agencyChoices);
        agencies.setHelperText("The services the exercise is planned for; invite people from the contacts directory "
                + "on the exercise's page, and record who came in its day log");
        template.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fill(e.getValue());
            }
        });
        plans.addValueChangeListener(e -> {
            if (e.isFromClient() && template.getValue() != null) {
                fill(template.getValue());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        FormLayout form = new FormLayout(
                template, plans, name, date, start, end, location, agencies, objectives, scenario, testsPlan);
        form.setColspan(name, 2);
        form.setColspan(objectives, 2);
        form.setColspan(scenario, 2);
        // Which plan elements it tests is marked per element, with results, once the exercise exists.
        Paragraph afterwards = new Paragraph("After creating it, mark which plan elements the exercise tests on its "
                + "page (Plan elements tested).");
        add(purpose, form, afterwards, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        // Four weeks' notice, on the first working day outside the blackout periods from then.
        LocalDate day = programmes.firstSuitableDay(exercises.today().plusDays(28));
        String requestedDate = query.getSingleParameter("date").orElse(null);
        if (requestedDate != null) {
            try {
                day = LocalDate.parse(requestedDate);
            } catch (DateTimeParseException ignored) {
                // A bad date in a link falls back to the default; the planner sees and changes it.
            }
        }
        date.setValue(day);
        query.getSingleParameter("plan")
                .ifPresent(id -> plans.getListDataView()
                        .getItems()
                        .filter(p -> p.id().equals(id))
                        .findFirst()
                        .ifPresent(p -> plans.setValue(Set.of(p))));
        String type = query.getSingleParameter("template").orElse("tabletop");
        template.getListDataView()
                .getItems()
                .filter(t -> t.type().equals(type))
                .findFirst()
                .ifPresent(t -> {
                    template.setValue(t);
                    fill(t);
                });
    }

    private void fill(ExerciseTemplate t) {
        List<String> ids = plans.getValue().stream().map(PlanSummary::id).toList();
        ExerciseDraft draft = exercises.draftFromTemplate(
                t.type(), ids, date.getValue() == null ? exercises.today() : date.getValue());
        name.setValue(draft.name());
        start.setValue(draft.startsAt().toLocalTime());
        end.setValue(draft.endsAt().toLocalTime());
        agencies.setValue(Set.copyOf(draft.agencies()));
        objectives.setValue(draft.objectives());
        testsPlan.setValue(true);
        purpose.setText(t.purpose() + " Usual duration: "
                + t.usualDuration().toString().substring(2).toLowerCase() + ".");
    }

    void create() {
        if (!checks.validate().isOk()) {
            return;
        }
        LocalDate day = date.getValue();
        LocalTime from = start.getValue();
        LocalTime to = end.getValue();
        ExerciseDraft draft = new ExerciseDraft(
                name.getValue(),
                template.getValue() == null ? null : template.getValue().type(),
                plans.getValue().stream().map(PlanSummary::id).sorted().toList(),
                day == null || from == null ? null : day.atTime(from),
                day == null || to == null ? null : day.atTime(to),
                location.getValue(),
                new ArrayList<>(agencies.getValue()),
                objectives.getValue(),
                scenario.getValue(),
                testsPlan.getValue());
        // The rules that need the service (a template, the plans, the times) are shown beside their field, too.
        java.util.Map<String, com.vaadin.flow.component.HasValidation> fields = java.util.Map.of(
                "name",
                name,
                "templateType",
                template,
                "planIds",
                plans,
                "startsAt",
                start,
                "endsAt",
                end,
                "location",
                location,
                "agencies",
                agencies,
                "objectives",
                objectives,
                "scenario",
                scenario);
        ExerciseSummary[] created = new ExerciseSummary[1];
        if (Kit.attempt(() -> created[0] = exercises.create(draft), fields, name)) {
            Kit.done("Exercise created");
            getUI().ifPresent(ui ->
                    ui.navigate(ExerciseView.class, new RouteParameters("id", String.valueOf(created[0].id()))));
        }
    }
}
