package uk.gov.halton.planner.contacts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.Uploads;
import uk.gov.halton.planner.contacts.Contact;
import uk.gov.halton.planner.contacts.ContactDetails;
import uk.gov.halton.planner.contacts.ContactImportException;
import uk.gov.halton.planner.contacts.ContactService;

/**
 * The partner contacts directory: everyone signed in reads it, planners and administrators add, edit, remove and
 * import contacts. On a phone the table keeps the name and organisation; the rest is in the contact's form.
 */
@Route("contacts")
@PageTitle("Contacts")
@Menu(order = 35, icon = "vaadin:phone", title = "Contacts")
@PermitAll
public class ContactsView extends VerticalLayout {

    final Grid<Contact> grid = new Grid<>(Contact.class, false);
    final TextField filter = new TextField();
    final Div importResult = new Div();
    private final ContactService contacts;
    private final boolean canEdit;
    private ListDataProvider<Contact> data;

    public ContactsView(ContactService contacts, AuthenticationContext authentication) {
        this.contacts = contacts;
        this.canEdit = authentication.hasAnyRole("PLANNER", "ADMIN");
        setSizeFull();
        grid.addComponentColumn(c -> {
                    Button open = new Button(c.name(), e -> open(c));
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    open.addClassName("contact-name");
                    return open;
                })
                .setHeader("Name")
                .setSortable(true)
                .setComparator(c -> c.name().toLowerCase(Locale.UK))
                .setFlexGrow(2)
                .setWidth("8rem");
        grid.addColumn(Contact::organisation)
                .setHeader("Organisation")
                .setSortable(true)
                .setComparator(c -> c.organisation().toLowerCase(Locale.UK))
                .setFlexGrow(2)
                .setWidth("8rem");
        var role = grid.addColumn(c -> or(c.role()))
                .setHeader("Role")
                .setSortable(true)
                .setFlexGrow(1)
                .setWidth("7rem");
        var email = grid.addColumn(Contact::email)
                .setHeader("Email")
                .setSortable(true)
                .setFlexGrow(2)
                .setWidth("10rem");
        var phone = grid.addColumn(c -> or(c.phone()))
                .setHeader("Phone")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(canEdit ? "No contacts yet. Add one, or import a CSV file." : "No contacts yet.");
        Kit.hideWhenNarrow(grid, role, email, phone);
        grid.addItemClickListener(e -> open(e.getItem()));

        filter.setPlaceholder("Filter by name, organisation, role or email");
        filter.setAriaLabel("Filter contacts");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.addValueChangeListener(e -> applyFilter());
        filter.setWidth("min(100%, 24em)");

        HorizontalLayout tools =
                new HorizontalLayout(filter, Kit.csv("contacts.csv", "Export CSV", contacts::exportCsv));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        tools.setWidthFull();
        if (canEdit) {
            Button add = new Button("Add contact", VaadinIcon.PLUS.create(), e -> open(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tools.add(add);
        }
        add(tools);
        if (canEdit) {
            add(importer());
        }
        add(grid);
        reload();
    }

    private Div importer() {
        Upload upload = new Upload(Uploads.limited(
                ContactService.MAX_IMPORT_BYTES,
                (fileName, bytes) -> {
                    importResult.removeAll();
                    try {
                        int n = contacts.importCsv(fileName, bytes);
                        importResult.add(new Paragraph("Imported " + fileName + ": " + n
                                + (n == 1 ? " contact" : " contacts") + " added or updated."));
                        reload();
                    } catch (ContactImportException e) {
                        UnorderedList problems = new UnorderedList();
                        e.problems().forEach(p -> problems.add(new ListItem(p.toString())));
                        importResult.add(
                                new H3("Nothing was imported"),
                                new Paragraph(fileName + " has " + e.problems().size()
                                        + (e.problems().size() == 1 ? " problem:" : " problems:")),
                                problems);
                    }
                },
                (fileName, message) -> {
                    importResult.removeAll();
                    importResult.add(new H3("Nothing was imported"), new Paragraph(message));
                }));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Import contacts from CSV", VaadinIcon.UPLOAD.create()));
        importResult.addClassName("import-result");
        Paragraph help = new Paragraph("A CSV file with the header " + String.join(",", ContactService.CSV_HEADER)
                + " (organisation, name and email required). A contact whose email is already here is updated. "
                + "Any problem and nothing is imported.");
        help.addClassName("help");
        Div box = new Div(upload, help, importResult);
        box.setWidthFull();
        return box;
    }

    private void reload() {
        data = new ListDataProvider<>(contacts.findAll());
        grid.setItems(data);
        applyFilter();
    }

    private void applyFilter() {
        String text = filter.getValue().strip().toLowerCase(Locale.UK);
        data.setFilter(c -> text.isEmpty()
                || (c.name() + " " + c.organisation() + " " + or(c.role()) + " " + c.email())
                        .toLowerCase(Locale.UK)
                        .contains(text));
    }

    /** The contact's details; for planners a form to change or remove it (or to add one, when {@code c} is null). */
    void open(Contact c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(c == null ? "Add contact" : c.name());
        // Picked from the directory's organisations so attendance by organisation does not split on spelling; a new
        // one may be typed.
        ComboBox<String> organisation = new ComboBox<>("Organisation");
        List<String> known = contacts.organisations();
        organisation.setItems(known);
        organisation.setAllowCustomValue(true);
        organisation.setId("contact-organisation");
        organisation.setHelperText("Choose one already in the directory, or type a new one");
        organisation.addCustomValueSetListener(e -> organisation.setValue(known.stream()
                .filter(o -> ContactService.organisationKey(o).equals(ContactService.organisationKey(e.getDetail())))
                .findFirst()
                .orElse(e.getDetail() == null ? null : e.getDetail().strip())));
        organisation.setWidthFull();
        TextField name = new TextField("Name");
        TextField role = new TextField("Role");
        EmailField email = new EmailField("Email");
        TextField phone = new TextField("Phone");
        Map<String, TextField> texts = Map.of("name", name, "role", role, "phone", phone);
        texts.values().forEach(f -> f.setWidthFull());
        email.setWidthFull();
        organisation.setRequired(true);
        name.setRequired(true);
        email.setRequired(true);
        if (c != null) {
            if (!known.contains(c.organisation())) {
                organisation.setItems(
                        java.util.stream.Stream.concat(known.stream(), java.util.stream.Stream.of(c.organisation()))
                                .toList());
            }
            organisation.setValue(c.organisation());
            name.setValue(c.name());
            role.setValue(or(c.role(), ""));
            email.setValue(c.email());
            phone.setValue(or(c.phone(), ""));
        }
        FormLayout form = new FormLayout(organisation, name, role, email, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        dialog.setWidth("min(100vw, 32em)");
        if (!canEdit) {
            form.getChildren().forEach(f -> ((com.vaadin.flow.component.HasValue<?, ?>) f).setReadOnly(true));
            dialog.getFooter().add(new Button("Close", e -> dialog.close()));
            dialog.open();
            return;
        }
        Map<String, com.vaadin.flow.component.HasValidation> fields =
                Map.of("organisation", organisation, "name", name, "role", role, "email", email, "phone", phone);
        var checks = Kit.checks(
                ContactDetails.class,
                Map.of("organisation", organisation, "name", name, "role", role, "email", email, "phone", phone));
        Button save = new Button("Save", e -> {
            if (!checks.validate().isOk()) {
                return;
            }
            ContactDetails details = new ContactDetails(
                    organisation.getValue(), name.getValue(), role.getValue(), email.getValue(), phone.getValue());
            if (Kit.attempt(
                    () -> {
                        if (c == null) {
                            contacts.create(details);
                        } else {
                            contacts.update(c.id(), c.version(), details);
                        }
                    },
                    fields,
                    organisation)) {
                dialog.close();
                Kit.done(c == null ? "Contact added." : "Contact saved.");
                reload();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()));
        if (c != null) {
            Button remove = new Button(
                    "Remove",
                    e -> Kit.confirm(
                            "Remove " + c.name() + "?",
                            "They leave the directory; invitations already sent to them stay on their exercises.",
                            "Remove",
                            null,
                            () -> {
                                contacts.delete(c.id());
                                dialog.close();
                                Kit.done("Contact removed.");
                                reload();
                            }));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(remove);
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

    private static String or(String s) {
        return or(s, "—");
    }

    private static String or(String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s;
    }
}
