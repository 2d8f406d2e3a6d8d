package uk.gov.halton.planner.sites.ui;

import uk.gov.halton.planner.base.Kit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.sites.SiteDetail;
import uk.gov.halton.planner.sites.SiteService;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Planners' edits of one site: position (latitude/longitude, grid reference or a click on the map), zone, operator
 * and details. Each section saves on its own; the service validates and audits every change.
 */
class SiteEditor extends Div {

    final NumberField latitude = new NumberField("Latitude (°N)");
    final NumberField longitude = new NumberField("Longitude (° east; west is negative)");
    final NumberField easting = new NumberField("Easting (m)");
    final NumberField northing = new NumberField("Northing (m)");
    final Button pickOnMap = new Button("Pick on the map");
    final IntegerField radius = new IntegerField("Zone radius (m)");
    final TextArea polygon = new TextArea("Or a zone polygon (GeoJSON geometry, WGS84)");
    final TextField operator = new TextField("New operator");
    final TextField operatorNote = new TextField("Note for the history");
    final TextField name = new TextField("Name");
    final TextField address = new TextField("Address");
    final ComboBox<String> tier = new ComboBox<>("Tier");

    private final SiteService service;
    private final String siteId;
    private final Consumer<SiteDetail> saved;
    /** The version of the site this form shows; a save made from an older one is refused. */
    private long rowVersion;

    SiteEditor(SiteService service, SiteDetail detail, Consumer<SiteDetail> saved, Consumer<Boolean> pickMode) {
        this.service = service;
        this.siteId = detail.summary().id();
        this.saved = saved;
        this.rowVersion = detail.rowVersion();
        addClassName("site-editor");

        latitude.setValue(round(detail.latitude(), 6));
        longitude.setValue(round(detail.longitude(), 6));
        easting.setValue((double) Math.round(detail.easting()));
        northing.setValue((double) Math.round(detail.northing()));
        pickOnMap.addClickListener(e -> {
            pickMode.accept(true);
            Kit.done("Click the map where the site is.");
        });
        Button saveLatLon = save("Save latitude and longitude", latitude,
                () -> service.moveTo(siteId, rowVersion, value(longitude), value(latitude)));
        Button saveGrid = save("Save grid reference", easting,
                () -> service.moveToGrid(siteId, rowVersion, value(easting), value(northing)));

        if (detail.zoneRadiusMetres() != null) {
            radius.setValue(detail.zoneRadiusMetres());
        }
        radius.setMin(100);
        radius.setMax(10_000);
        radius.setStepButtonsVisible(true);
        radius.setStep(100);
        Button saveRadius = save("Save radius", radius, () -> service.setZoneRadius(siteId, rowVersion, radius.getValue()));
        Button savePolygon = save("Save polygon", polygon, () -> service.setZonePolygon(siteId, rowVersion, polygon.getValue()));

        Button saveOperator = save("Change operator", operator,
                () -> service.changeOperator(siteId, rowVersion, operator.getValue(), operatorNote.getValue()));

        name.setValue(detail.summary().name());
        address.setValue(detail.summary().address());
        tier.setItems("upper", "lower");
        tier.setValue(detail.tier());
        Button saveDetails = save("Save details", name,
                () -> service.updateDetails(siteId, rowVersion, name.getValue(), address.getValue(), tier.getValue()));

        add(new H3("Position"), new FormLayout(latitude, longitude), saveLatLon,
                new FormLayout(easting, northing), saveGrid, pickOnMap,
                new H3("Public information zone"), radius, saveRadius, polygon, savePolygon,
                new H3("Operator"), new FormLayout(operator, operatorNote), saveOperator,
                new H3("Details"), new FormLayout(name, address, tier), saveDetails);
    }

    /** A position picked on the map fills the latitude and longitude fields for the planner to save. */
    void picked(double lon, double lat) {
        latitude.setValue(round(lat, 6));
        longitude.setValue(round(lon, 6));
        latitude.focus();
    }

    private Button save(String text, HasValidation field, Supplier<SiteDetail> action) {
        Button button = new Button(text, e -> {
            field.setInvalid(false);
            try {
                SiteDetail detail = action.get();
                rowVersion = detail.rowVersion();
                Kit.done("Saved");
                saved.accept(detail);
            } catch (InvalidInputException ex) {
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static double value(NumberField field) {
        return field.getValue() == null ? Double.NaN : field.getValue();
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
