package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.exercises.DayLogService;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.Inject;
import uk.gov.halton.planner.exercises.InjectDetails;
import uk.gov.halton.planner.exercises.LogEntry;

/**
 * The live log of an exercise day, made for a tablet or phone: the timeline of injects to mark delivered,
 * observations and decisions, and who attended. Each entry is saved the moment it is added, and the page polls so
 * that facilitators logging at once see each other's entries.
 * <p>
 * An observation or decision is first written into the browser (localStorage, per user and exercise) and shown as
 * "Not saved yet"; the browser sends it under its own key, and the server, once it has stored it, tells the browser to
 * forget it. With the connection down, the entry stays on the page marked unsaved while Vaadin queues the call and
 * sends it when the connection returns; if the page is closed or reloaded first, the entry is still in the browser and
 * is sent (and shown as unsaved until it is) when the log is next opened there. The key makes a second sending store
 * nothing new.
 */
@Route("exercises/:id(\\d+)/log")
@PermitAll
public class DayLogView extends ExercisePage {

    static final int POLL_MS = 10_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DayLogService log;
    private final List<uk.gov.halton.planner.exercises.ExerciseParticipants> participants;
    final Div timeline = new Div();
    final Div entries = new Div();
    final Div attendance = new Div();
    /** Entries the rules refused (sending them again would not help), shown with the reason so the text is not lost. */
    private final List<Pending> unsaved = new ArrayList<>();
    /** Entries the browser holds and has not yet heard are saved; drawn by the browser, not the server. */
    final Div pending = new Div();

    private final String user;
    private TextArea entryText;
    private RadioButtonGroup<LogEntry.Kind> entryKind;
    private Button entryAdd;
    private Registration polling;

    private record Pending(String key, LogEntry.Kind kind, String text, String problem) {}

    public DayLogView(
            DayLogService log,
            ExerciseService exercises,
            AuthenticationContext authentication,
            List<uk.gov.halton.planner.exercises.ExerciseParticipants> participants) {
        super(exercises, authentication, "Exercise-day log");
        this.participants = participants;
        this.log = log;
        this.user = authentication.getPrincipalName().orElse("");
        pending.addClassName("log-pending-list");
        pending.setWidthFull();
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
        if (canEdit && entryAdd != null) {
            getElement()
                    .executeJs(
                            BROWSER_COPY,
                            "planner.daylog." + user + "." + exercise.id(),
                            entryText.getElement(),
                            entryKind.getElement(),
                            entryAdd.getElement(),
                            pending.getElement());
        }
    }

    /**
     * The browser's side of the log (see the class comment). Entries are drawn with textContent, so nothing typed
     * reaches the page as markup. {@code this} is the view's element; $0 the storage key, $1 to $4 the text, kind,
     * button and the list of unsaved entries.
     */
    private static final String BROWSER_COPY = """
            const view = this, storeKey = $0, text = $1, kind = $2, button = $3, list = $4;
            const read = () => { try { return JSON.parse(localStorage.getItem(storeKey) || '[]'); } catch (e) { return []; } };
            const write = entries => entries.length ? localStorage.setItem(storeKey, JSON.stringify(entries))
                    : localStorage.removeItem(storeKey);
            const draw = () => {
              list.replaceChildren(...read().map(p => {
                const card = document.createElement('div');
                card.className = 'log-card log-pending';
                const pill = document.createElement('span');
                pill.className = 'pill pill-bad unsaved';
                pill.textContent = 'Not saved yet';
                const what = document.createElement('span');
                what.textContent = ' ' + p.kind + ': ' + p.text;
                const note = document.createElement('span');
                note.className = 'log-meta';
                note.textContent = p.problem || ('Typed ' + new Date(p.at).toLocaleTimeString('en-GB',
                        {hour: '2-digit', minute: '2-digit'}) + '. Kept in this browser; it is sent when the '
                        + 'connection is back.');
                card.append(pill, what, note);
                return card;
              }));
            };
            const send = p => view.$server.add(p.key, p.kind, p.text);
            view.dayLogSaved = key => { write(read().filter(p => p.key !== key)); draw(); };
            view.dayLogFailed = (key, problem) => {
              write(read().map(p => p.key === key ? {...p, problem} : p)); draw();
            };
            if (!button.dayLogReady) {
              button.dayLogReady = true;
              const add = () => {
                const typed = (text.value || '').trim();
                if (!typed) {
                  text.errorMessage = 'Write the observation or decision.';
                  text.invalid = true;
                  return;
                }
                text.invalid = false;
                const radio = Array.from(kind.querySelectorAll('vaadin-radio-button')).find(r => r.checked);
                const key = (crypto.randomUUID ? crypto.randomUUID()
                        : Date.now().toString(36) + Math.random().toString(36).slice(2));
                const entry = {key, kind: radio ? (radio.label || radio.textContent || '').trim() : 'Observation', text: typed, at: Date.now()};
                write([...read(), entry]);
                draw();
                text.value = '';
                text.focus();
                send(entry);
              };
              button.addEventListener('click', add);
              text.addEventListener('keydown', e => {
                if (e.key === 'Enter' && e.ctrlKey) { e.preventDefault(); add(); }
              });
              window.addEventListener('online', () => read().forEach(send));
            }
            draw();
            read().forEach(send);
            """;

    /**
     * Called by the browser for each entry it holds (as typed, again after a reload). Stores it once under its key
     * and tells the browser to forget it; an entry the rules refuse is shown with the reason instead.
     */
    @com.vaadin.flow.component.ClientCallable
    void add(String key, String kindLabel, String text) {
        LogEntry.Kind kind = java.util.Arrays.stream(LogEntry.Kind.values())
                .filter(k -> k.label().equals(kindLabel))
                .findFirst()
                .orElse(LogEntry.Kind.OBSERVATION);
        try {
            log.log(exercise.id(), kind, text, key);
            getElement().callJsFunction("dayLogSaved", key);
        } catch (InvalidInputException e) {
            // It would be refused again as it is: shown on the page with the reason, no longer resent.
            unsaved.removeIf(p -> p.key().equals(key));
            unsaved.add(new Pending(key, kind, text, e.getMessage()));
            getElement().callJsFunction("dayLogSaved", key);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            getElement()
                    .callJsFunction(
                            "dayLogFailed",
                            key,
                            "The server could not store it just now; it is kept here and sent again when the page is next opened.");
        }
        showEntries();
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
                + "it is added; other facilitators' entries appear within " + POLL_MS / 1000 + " seconds. An "
                + "observation added while the connection is down is kept in this browser, marked \"Not saved yet\", "
                + "and sent when it is back."));
        add(new H3("Timeline of injects"));
        add(timeline);
        if (canEdit) {
            add(injectForm());
        }
        add(new H3("Observations and decisions"));
        if (canEdit) {
            add(entryForm());
        }
        add(pending, entries);
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
                Button start = new Button(
                        "Start from the template's outline", e -> write(() -> log.startFromOutline(exercise.id())));
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
                if (Kit.attempt(
                        () -> log.editInject(
                                i.id(),
                                new InjectDetails(
                                        at.getValue(), inject.getValue(), toWhom.getValue(), expected.getValue())),
                        Map.of("plannedAt", at, "inject", inject, "toWhom", toWhom, "expected", expected),
                        inject)) {
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
            card.add(
                    Kit.pill("Not saved", Kit.Tone.BAD, "unsaved"),
                    new Span(" " + p.kind().label() + ": " + p.text()),
                    meta(p.problem()));
            entries.add(card);
        }
        List<LogEntry> logged = log.entries(exercise.id());
        if (logged.isEmpty() && unsaved.isEmpty()) {
            entries.add(new Paragraph("Nothing logged yet."));
        }
        for (LogEntry l : logged.reversed()) {
            Div card = card("log-entry");
            card.add(
                    time(TIME.format(l.loggedAt())),
                    new Span(l.kind().label() + ": " + l.text()),
                    meta("By " + l.loggedBy()));
            entries.add(card);
        }
    }

    private void showAttendance() {
        attendance.removeAll();
        Map<String, List<String>> byOrganisation = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        log.attendees(exercise.id())
                .forEach(a -> byOrganisation
                        .computeIfAbsent(a.organisation().strip().replaceAll("\\s+", " "), k -> new ArrayList<>())
                        .add(a.name()));
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
        text.setMaxLength(2000);
        text.setHelperText("Ctrl+Enter adds it");
        // The browser adds the entry (BROWSER_COPY), so that it is kept even when the server cannot be reached.
        Button add = new Button("Add to log");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-log-entry");
        entryText = text;
        entryKind = kind;
        entryAdd = add;
        Div form = new Div(kind, text, add);
        form.setWidthFull();
        return form;
    }

    private Div attendeeForm() {
        TextField name = new TextField("Name");
        name.addClassName("attendee-name");
        // The organisations of those invited and of those already recorded are offered, so that attendance by
        // organisation does not split on spelling; another may be typed.
        ComboBox<String> organisation = new ComboBox<>("Organisation");
        organisation.addClassName("attendee-organisation-field");
        organisation.setAllowCustomValue(true);
        organisation.setItems(organisations());
        organisation.addCustomValueSetListener(e -> organisation.setValue(organisations().stream()
                .filter(o -> sameOrganisation(o, e.getDetail()))
                .findFirst()
                .orElse(e.getDetail() == null ? null : e.getDetail().strip().replaceAll("\\s+", " "))));
        Button add = new Button("Add attendee", e -> {
            if (Kit.attempt(
                    () -> log.addAttendee(exercise.id(), name.getValue(), organisation.getValue()),
                    Map.of("attendeeName", name, "attendeeOrganisation", organisation),
                    name)) {
                name.clear();
                name.focus();
                showAttendance();
                organisation.setItems(organisations());
            }
        });
        add.addClassName("add-attendee");
        Div form = new Div(name, organisation, add);
        form.setWidthFull();
        return form;
    }

    /** Organisations of those invited and of those already recorded, each once, in the first spelling seen. */
    private List<String> organisations() {
        Map<String, String> byKey = new TreeMap<>();
        participants.forEach(p -> p.participants(exercise.id())
                .forEach(person -> byKey.putIfAbsent(organisationKey(person.organisation()), person.organisation())));
        log.attendees(exercise.id())
                .forEach(a -> byKey.putIfAbsent(organisationKey(a.organisation()), a.organisation()));
        byKey.remove("");
        return byKey.values().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static boolean sameOrganisation(String a, String b) {
        return organisationKey(a).equals(organisationKey(b));
    }

    private static String organisationKey(String organisation) {
        return organisation == null
                ? ""
                : organisation.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.UK);
    }

    private Details injectForm() {
        TimePicker at = new TimePicker("Planned time");
        at.setLocale(Ui.UK);
        TextField inject = new TextField("Inject");
        TextField toWhom = new TextField("To whom");
        TextField expected = new TextField("Expected response");
        Button add = new Button("Add inject", e -> {
            if (Kit.attempt(
                    () -> log.addInject(
                            exercise.id(),
                            new InjectDetails(
                                    at.getValue(), inject.getValue(), toWhom.getValue(), expected.getValue())),
                    Map.of("plannedAt", at, "inject", inject, "toWhom", toWhom, "expected", expected),
                    inject)) {
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
