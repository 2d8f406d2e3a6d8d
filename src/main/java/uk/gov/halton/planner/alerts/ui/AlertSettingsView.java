package uk.gov.halton.planner.alerts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import uk.gov.halton.planner.alerts.AlertService;
import uk.gov.halton.planner.alerts.AlertSettings;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.Kit;

/** A user's email choice and subscriptions; for administrators, lead times and escalation too. */
@Route("alerts/settings")
@PageTitle("Alert settings")
@PermitAll
public class AlertSettingsView extends VerticalLayout {

    final Checkbox email = new Checkbox("Send me alerts by email");
    final RadioButtonGroup<String> timing = new RadioButtonGroup<>("When");
    final CheckboxGroup<String> subscribed = new CheckboxGroup<>("Also alert me about");

    public AlertSettingsView(AlertService alerts, AlertSettings settings, AuthenticationContext authentication) {
        AlertService.Preference preference = alerts.myPreference();
        email.setValue(preference.emailEnabled());
        timing.setItems("Immediately", "Weekly digest on Monday morning");
        timing.setValue(preference.weeklyDigest() ? "Weekly digest on Monday morning" : "Immediately");
        Button savePreference = new Button("Save", e -> {
            alerts.setMyPreference(email.getValue(), timing.getValue().startsWith("Weekly"));
            saved();
        });
        savePreference.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2("Email"),
                new Paragraph("Alerts always appear in the notification centre; email is your choice."),
                email,
                timing,
                savePreference);

        Map<String, String> subjects = alerts.subjects();
        subscribed.setItems(subjects.keySet());
        subscribed.setItemLabelGenerator(subjects::get);
        subscribed.setValue(alerts.mySubscriptions());
        Button saveSubscriptions = new Button("Save subscriptions", e -> {
            Set<String> now = new HashSet<>(subscribed.getValue());
            Set<String> before = alerts.mySubscriptions();
            now.stream().filter(s -> !before.contains(s)).forEach(alerts::subscribe);
            before.stream().filter(s -> !now.contains(s)).forEach(alerts::unsubscribe);
            saved();
        });
        add(
                new H2("Subscriptions"),
                new Paragraph(
                        subjects.isEmpty()
                                ? "There are no plans or sites to subscribe to yet."
                                : "Plan owners and managers are always alerted; subscribe to hear about other plans and sites."),
                subscribed,
                saveSubscriptions);

        if (authentication.hasRole("ADMIN")) {
            add(
                    new H2("Lead times (administrators)"),
                    new Paragraph("Days before each kind of deadline at which alerts go out; 0 is on the day. "
                            + "Overdue items alert too."));
            for (DeadlineKind kind : DeadlineKind.values()) {
                TextField days = new TextField(kind.title());
                days.setValue(String.join(
                        ", ",
                        settings.leadDays(kind).stream().map(String::valueOf).toList()));
                Button save = new Button("Save", e -> {
                    try {
                        settings.setLeadDays(kind, AlertSettings.parseLeadDays(days.getValue()));
                        days.setInvalid(false);
                        saved();
                    } catch (InvalidInputException ex) {
                        days.setErrorMessage(ex.getMessage());
                        days.setInvalid(true);
                    }
                });
                add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(days, save));
            }
            IntegerField escalation = new IntegerField("Escalate an unacknowledged overdue item after (days)");
            escalation.setValue(settings.escalationDays());
            Button saveEscalation = new Button("Save", e -> {
                try {
                    settings.setEscalationDays(escalation.getValue() == null ? 0 : escalation.getValue());
                    escalation.setInvalid(false);
                    saved();
                } catch (InvalidInputException ex) {
                    escalation.setErrorMessage(ex.getMessage());
                    escalation.setInvalid(true);
                }
            });
            add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(escalation, saveEscalation));
        }
    }

    private static void saved() {
        Kit.done("Saved");
    }
}
