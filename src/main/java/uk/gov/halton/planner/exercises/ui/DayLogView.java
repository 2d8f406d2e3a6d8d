package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.exercises.DayLogService;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.Inject;
import uk.gov.halton.planner.exercises.InjectDetails;
import uk.gov.halton.planner.exercises.LogEntry;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The live log of an exercise day, made for a tablet or phone: the timeline of injects to mark delivered,
 * observations and decisions, and who attended. Each entry is saved the moment it is added (an entry the server
 * could not save stays on the page, marked unsaved, to try again), and the page polls so that facilitators logging
 * at once see each other's entries.
 */
@Route("exercises/:id(\\d+)/log")
@PermitAll
public class DayLogView extends ExercisePage {

    static final int POLL_MS = 10_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DayLogService log;
    final Div timeline = new Div();
    final Div entries = new Div();
    final Div attendance = new Div();
    /** Entries the server could not save, with the key they were typed under, so that a retry stores them once. */
    private final List<Pending> unsaved = new ArrayList<>();
    private Registration polling;

    private record Pending(String key, LogEntry.Kind kind, String text, String problem) {
    }

    public DayLogView(DayLogService log, ExerciseService exercises, AuthenticationContext authentication) {
        super(exercises, authentication, "Exercise-day log");
        this.log = log;
        addClassName("day-log");
        timeline.addClassName("log-timeline");
        entries.addClassName("log-entries");
        attendance.addClassName("log-attendance");
        timeline.setWidthFull();
        entries.setWidthFull();
        attendance.setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    void render() {
        removeAll();
        add(header());
        add(new Paragraph("Times are UK time (Europe/London). Each entry is saved as soon as "
                + "it is added; other facilitators' entries appear within " + POLL_MS / 1000 + " seconds."));
        add(new H3("Timeline of injects"));
        add(timeline);
        if (canEdit) {
            add(injectForm());
        }
        add(new H3("Observations and decisions"));
        if (canEdit) {
            add(entryForm());
        }
        add(entries);
        add(new H3("Attendance"));
        if (canEdit) {
            add(attendeeForm());
        }
        add(attendance);
        refresh();
    }

    /** Redraws the lists (never the forms, so nothing being typed is lost). */
    void refresh() {
        showTimeline();
        showEntries();
        showAttendance();
    }

    private void showTimeline() {
        timeline.removeAll();
        List<Inject> injects = log.injects(exercise.id());
        if (injects.isEmpty()) {
            timeline.add(new Paragraph("No injects planned yet."));
            if (canEdit) {
                Button start = new Button("Start from the template's outline", e -> write(() ->
                        log.startFromOutline(exercise.id())));
                start.addClassName("start-outline");
                timeline.add(start);
            }
        }
        for (Inject i : injects) {
            Div card = card("inject");
            card.add(time(i.plannedAt()), new Span(i.inject()));
            if (i.toWhom() != null) {
                card.add(meta("To: " + i.toWhom()));
            }
            if (i.expected() != null) {
                card.add(meta("Expected: " + i.expected()));
            }
            if (i.delivered()) {
                Span done = meta("Delivered " + TIME.format(i.deliveredAt()) + " by " + i.deliveredBy());
                done.addClassName("inject-delivered");
                card.add(done);
            } else if (canEdit) {
                Button deliver = new Button("Mark delivered", e -> write(() -> log.markDelivered(i.id())));
                deliver.addClassName("mark-delivered");
                deliver.setAriaLabel("Mark delivered: " + i.plannedAt() + " " + i.inject());
                Button edit = new Button("Edit", e -> editing(card, i));
                edit.addClassName("edit-inject");
                edit.setAriaLabel("Edit inject: " + i.plannedAt() + " " + i.inject());
                card.add(deliver, edit);
            } else {
                card.add(meta("Not yet delivered"));
            }
            timeline.add(card);
        }
    }

    /** Turns an inject's card into its form, in place; saving or cancelling redraws the timeline. */
    private void editing(Div card, Inject i) {
        TimePicker at = new TimePicker("Planned time");
        at.setLocale(Ui.UK);
        at.setValue(java.time.LocalTime.parse(i.plannedAt()));
        TextField inject = new TextField("Inject");
        inject.setValue(i.inject());
        inject.setWidthFull();
        TextField toWhom = new TextField("To whom");
        toWhom.setValue(i.toWhom() == null ? "" : i.toWhom());
        toWhom.addClassName("inject-to-whom");
        TextField expected = new TextField("Expected response");
        expected.setValue(i.expected() == null ? "" : i.expected());
        expected.addClassName("inject-expected");
        Button save = new Button("Save inject", e -> {
            try {
                if (Kit.attempt(() -> log.editInject(i.id(), new InjectDetails(at.getValue(), inject.getValue(),
                        toWhom.getValue(), expected.getValue())), Map.of("plannedAt", at, "inject", inject, "toWhom", toWhom,
                        "expected", expected), inject)) {
                    showTimeline();
                }
            } catch (org.springframework.dao.OptimisticLockingFailureException conflict) {
                Kit.failed("Another facilitator changed this inject at the same moment; the page now shows theirs.");
                showTimeline();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-inject");
        Button cancel = new Button("Cancel", e -> showTimeline());
        card.removeAll();
        card.add(at, inject, toWhom, expected, save, cancel);
        inject.focus();
    }

    private void showEntries() {
        entries.removeAll();
        for (Pending p : unsaved) {
            Div card = card("log-unsaved");
            card.add(Kit.pill("Unsaved", Kit.Tone.BAD, "unsaved"), new Span(" " + p.kind().label() + ": " + p.text()),
                    meta(p.problem()));
            Button retry = new Button("Try again", e -> save(p));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(retry);
            entries.add(card);
        }
        List<LogEntry> logged = log.entries(exercise.id());
        if (logged.isEmpty() && unsaved.isEmpty()) {
            entries.add(new Paragraph("Nothing logged yet."));
        }
        for (LogEntry l : logged.reversed()) {
            Div card = card("log-entry");
            card.add(time(TIME.format(l.loggedAt())), new Span(l.kind().label() + ": " + l.text()),
                    meta("By " + l.loggedBy()));
            entries.add(card);
        }
    }

    private void showAttendance() {
        attendance.removeAll();
        Map<String, List<String>> byOrganisation = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        log.attendees(exercise.id()).forEach(a -> byOrganisation.computeIfAbsent(a.organisation(),
                k -> new ArrayList<>()).add(a.name()));
        if (byOrganisation.isEmpty()) {
            attendance.add(new Paragraph("No one recorded yet."));
        }
        byOrganisation.forEach((org, names) -> {
            Div card = card("attendee-organisation");
            card.add(new Span(org + " (" + names.size() + "): " + String.join(", ", names)));
            attendance.add(card);
        });
    }

    private Div entryForm() {
        RadioButtonGroup<LogEntry.Kind> kind = new RadioButtonGroup<>("Kind", LogEntry.Kind.values());
        kind.setItemLabelGenerator(LogEntry.Kind::label);
        kind.setValue(LogEntry.Kind.OBSERVATION);
        TextArea text = new TextArea("Observation or decision");
        text.addClassName("log-text");
        Button add = new Button("Add to log", e -> {
            Pending entry = new Pending(UUID.randomUUID().toString(), kind.getValue(), text.getValue(), null);
            if (text.getValue().isBlank()) {
                text.setErrorMessage("Write the observation or decision.");
                text.setInvalid(true);
                return;
            }
            text.setInvalid(false);
            text.clear();
            save(entry);
            text.focus();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-log-entry");
        add.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        Div form = new Div(kind, text, add);
        form.setWidthFull();
        return form;
    }

    /** Saves one typed entry; if the server cannot, it stays on the page marked unsaved with the reason. */
    private void save(Pending entry) {
        unsaved.removeIf(p -> p.key().equals(entry.key()));
        try {
            log.log(exercise.id(), entry.kind(), entry.text(), entry.key());
        } catch (InvalidInputException e) {
            unsaved.add(new Pending(entry.key(), entry.kind(), entry.text(), e.getMessage()));
        } catch (RuntimeException e) {
            unsaved.add(new Pending(entry.key(), entry.kind(), entry.text(),
                    "Not saved: the server could not store it just now. Try again."));
        }
        showEntries();
    }

    private Div attendeeForm() {
        TextField name = new TextField("Name");
        name.addClassName("attendee-name");
        TextField organisation = new TextField("Organisation");
        organisation.addClassName("attendee-organisation-field");
        Button add = new Button("Add attendee", e -> {
            if (Kit.attempt(() -> log.addAttendee(exercise.id(), name.getValue(), organisation.getValue()),
                    Map.of("attendeeName", name, "attendeeOrganisation", organisation), name)) {
                name.clear();
                name.focus();
                showAttendance();
            }
        });
        add.addClassName("add-attendee");
        Div form = new Div(name, organisation, add);
        form.setWidthFull();
        return form;
    }

    private Details injectForm() {
        TimePicker at = new TimePicker("Planned time");
        at.setLocale(Ui.UK);
        TextField inject = new TextField("Inject");
        TextField toWhom = new TextField("To whom");
        TextField expected = new TextField("Expected response");
        Button add = new Button("Add inject", e -> {
            if (Kit.attempt(() -> log.addInject(exercise.id(), new InjectDetails(at.getValue(), inject.getValue(),
                    toWhom.getValue(), expected.getValue())), Map.of("plannedAt", at, "inject", inject, "toWhom", toWhom,
                    "expected", expected), inject)) {
                inject.clear();
                toWhom.clear();
                expected.clear();
                showTimeline();
            }
        });
        Div form = new Div(at, inject, toWhom, expected, add);
        form.setWidthFull();
        Details details = new Details("Add an inject to the timeline", form);
        details.setWidthFull();
        return details;
    }

    private void write(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            Kit.failed(e.getMessage());
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            Kit.failed("Another facilitator changed this at the same moment; the page now shows their change.");
        }
        refresh();
    }

    private static Div card(String className) {
        Div card = new Div();
        card.addClassNames("log-card", className);
        return card;
    }

    private static Span time(String text) {
        Span time = new Span(text);
        time.addClassName("log-time");
        return time;
    }

    private static Span meta(String text) {
        Span meta = new Span(text);
        meta.addClassName("log-meta");
        return meta;
    }
}
