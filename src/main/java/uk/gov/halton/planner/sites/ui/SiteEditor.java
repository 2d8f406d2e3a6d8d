package uk.gov.halton.planner.sites.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import uk.gov.halton.planner.base.ConcurrentEditException;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.geo.BritishNationalGrid;
import uk.gov.halton.planner.sites.SiteDetail;
import uk.gov.halton.planner.sites.SiteEdit;
import uk.gov.halton.planner.sites.SiteEditRefused;
import uk.gov.halton.planner.sites.SiteService;

/**
 * Planners' edits of one site, saved together by one button: position (latitude/longitude and grid reference kept in
 * step, or a click on the map), its confirmation, zone, operator and details. Every problem is listed above the
 * form and shown beside its field; nothing is saved until there are none. The service validates and audits.
 */
class SiteEditor extends Div {

    final Div problems = new Div();
    final NumberField latitude = new NumberField("Latitude (°N)");
    final NumberField longitude = new NumberField("Longitude (° east; west is negative)");
    final NumberField easting = new NumberField("Easting (m)");
    final NumberField northing = new NumberField("Northing (m)");
    final Button pickOnMap = new Button("Pick on the map");
    final Checkbox confirm = new Checkbox("I have confirmed this position");
    final TextField source = new TextField("How it was confirmed");
    final IntegerField radius = new IntegerField("Zone radius (m)");
    final TextArea polygon = new TextArea("Or a zone polygon (GeoJSON geometry, WGS84; empty for a radius)");
    final TextField operator = new TextField("New operator (leave empty to keep)");
    final TextField operatorNote = new TextField("Note for the history");
    final TextField name = new TextField("Name");
    final TextField address = new TextField("Address");
    final ComboBox<String> tier = new ComboBox<>("Tier");
    final Button save = new Button("Save changes");

    private final SiteService service;
    private final String siteId;
    private final Consumer<SiteDetail> saved;
    /** The version of the site this form shows; a save made from an older one is refused. */
    private long rowVersion;
    /** True while one pair of coordinates is being written from the other, so they do not chase each other. */
    private boolean syncing;

    SiteEditor(SiteService service, SiteDetail detail, Consumer<SiteDetail> saved, Consumer<Boolean> pickMode) {
        this.service = service;
        this.siteId = detail.summary().id();
        this.saved = saved;
        this.rowVersion = detail.rowVersion();
        addClassName("site-editor");
        problems.addClassName("error-summary");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);

        syncing = true;
        latitude.setValue(round(detail.latitude(), 6));
        longitude.setValue(round(detail.longitude(), 6));
        easting.setValue((double) Math.round(detail.easting()));
        northing.setValue((double) Math.round(detail.northing()));
        syncing = false;
        latitude.addValueChangeListener(e -> fromLatLon());
        longitude.addValueChangeListener(e -> fromLatLon());
        easting.addValueChangeListener(e -> fromGrid());
        northing.addValueChangeListener(e -> fromGrid());
        pickOnMap.addClickListener(e -> {
            pickMode.accept(true);
            Kit.done("Click the map where the site is.");
        });
        source.setHelperText("For example \"Site visit\" or \"Operator's safety report\"");
        source.setMaxLength(SiteService.MAX_SOURCE_CHARACTERS);
        source.setEnabled(false);
        confirm.addValueChangeListener(e -> source.setEnabled(e.getValue()));
        Paragraph confirmation = new Paragraph(confirmationText(detail));
        confirmation.addClassName("position-confirmation");

        if (detail.zoneRadiusMetres() != null) {
            radius.setValue(detail.zoneRadiusMetres());
        }
        radius.setMin(100);
        radius.setMax(10_000);
        radius.setStepButtonsVisible(true);
        radius.setStep(100);
        polygon.setValue(detail.zonePolygon() == null ? "" : detail.zonePolygon());
        polygon.setWidthFull();

        name.setValue(detail.summary().name());
        address.setValue(detail.summary().address());
        tier.setItems("upper", "lower");
        tier.setItemLabelGenerator(Kit::words);
        tier.setValue(detail.tier());

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        add(
                problems,
                new H3("Position"),
                new FormLayout(latitude, longitude, easting, northing),
                pickOnMap,
                confirmation,
                new FormLayout(confirm, source),
                new H3("Public information zone"),
                radius,
                polygon,
                new H3("Operator"),
                new FormLayout(operator, operatorNote),
                new H3("Details"),
                new FormLayout(name, address, tier),
                save);
    }

    /** A position picked on the map fills both pairs of coordinates for the planner to save. */
    void picked(double lon, double lat) {
        syncing = true;
        latitude.setValue(round(lat, 6));
        longitude.setValue(round(lon, 6));
        syncing = false;
        fromLatLon();
        latitude.focus();
    }

    private void fromLatLon() {
        if (syncing || latitude.getValue() == null || longitude.getValue() == null) {
            return;
        }
        Coordinate grid = BritishNationalGrid.toBng(longitude.getValue(), latitude.getValue());
        if (Double.isFinite(grid.x) && Double.isFinite(grid.y)) {
            syncing = true;
            easting.setValue((double) Math.round(grid.x));
            northing.setValue((double) Math.round(grid.y));
            syncing = false;
        }
    }

    private void fromGrid() {
        if (syncing || easting.getValue() == null || northing.getValue() == null) {
            return;
        }
        Coordinate lonLat = BritishNationalGrid.toWgs84(easting.getValue(), northing.getValue());
        if (Double.isFinite(lonLat.x) && Double.isFinite(lonLat.y)) {
            syncing = true;
            latitude.setValue(round(lonLat.y, 6));
            longitude.setValue(round(lonLat.x, 6));
            syncing = false;
        }
    }

    private void save() {
        Map<String, List<HasValidation>> fields = fields();
        fields.values().forEach(list -> list.forEach(f -> f.setInvalid(false)));
        problems.removeAll();
        problems.setVisible(false);
        try {
            SiteDetail detail = service.edit(
                    siteId,
                    rowVersion,
                    new SiteEdit(
                            longitude.getValue(),
                            latitude.getValue(),
                            radius.getValue(),
                            polygon.getValue(),
                            operator.getValue(),
                            operatorNote.getValue(),
                            name.getValue(),
                            address.getValue(),
                            tier.getValue(),
                            confirm.getValue(),
                            source.getValue()));
            rowVersion = detail.rowVersion();
            Kit.done("Saved");
            saved.accept(detail);
        } catch (ConcurrentEditException e) {
            // Someone else saved first: said in the summary; the form keeps what was typed.
            showProblems(List.of(e));
        } catch (SiteEditRefused e) {
            showProblems(e.problems());
        } catch (InvalidInputException e) {
            showProblems(List.of(e));
        }
    }

    private void showProblems(List<InvalidInputException> found) {
        Map<String, List<HasValidation>> fields = fields();
        UnorderedList list = new UnorderedList();
        for (InvalidInputException problem : found) {
            list.add(new ListItem(problem.getMessage()));
            for (HasValidation field : fields.getOrDefault(problem.field(), List.of())) {
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            }
        }
        H3 title = new H3(found.size() == 1 ? "There is a problem" : "There are " + found.size() + " problems");
        problems.add(title, new Paragraph("Nothing was saved."), list);
        problems.setVisible(true);
        problems.scrollIntoView();
    }

    /** The fields each of the service's field names is shown beside. */
    private Map<String, List<HasValidation>> fields() {
        Map<String, List<HasValidation>> fields = new LinkedHashMap<>();
        fields.put("position", List.of(latitude, longitude, easting, northing));
        fields.put("confirmationSource", List.of(source));
        fields.put("zoneRadius", List.of(radius));
        fields.put("zonePolygon", List.of(polygon));
        fields.put("newOperator", List.of(operator));
        fields.put("operatorNote", List.of(operatorNote));
        fields.put("name", List.of(name));
        fields.put("address", List.of(address));
        fields.put("tier", List.of(tier));
        return fields;
    }

    static String confirmationText(SiteDetail detail) {
        SiteDetail.PositionConfirmation c = detail.confirmation();
        if (c != null) {
            return "Position confirmed by " + c.by() + " on "
                    + uk.gov.halton.planner.base.Dates.day(c.at().atZone(uk.gov.halton.planner.base.PlannerZone.zone())
                            .toLocalDate())
                    + " (" + c.source() + ").";
        }
        return detail.summary().positionApproximate()
                ? "This position is approximate: not yet confirmed."
                : "This position has not been confirmed by a planner.";
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
