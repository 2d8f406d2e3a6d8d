package uk.gov.halton.planner.sites.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.Uploads;
import uk.gov.halton.planner.geo.GeoJsonException;
import uk.gov.halton.planner.sites.SiteService;
import uk.gov.halton.planner.sites.SiteSummary;

/** The register as a table: sort, filter, export as CSV or GeoJSON; planners import GeoJSON (all or nothing). */
@Route("site-register")
@PageTitle("Site register")
@Menu(order = 11, icon = "vaadin:table", title = "Site register")
@PermitAll
public class SiteRegisterView extends VerticalLayout {

    final Grid<SiteSummary> grid = new Grid<>(SiteSummary.class, false);
    final TextField filter = new TextField();
    final Div importErrors = new Div();
    private final SiteService service;
    private List<SiteSummary> all;

    public SiteRegisterView(SiteService service, AuthenticationContext authentication) {
        this.service = service;
        setSizeFull();
        grid.addComponentColumn(s -> new RouterLink(s.name(), SiteMapView.class, new RouteParameters("siteId", s.id())))
                .setHeader("Site")
                .setComparator(SiteSummary::name)
                .setSortable(true)
                // Wide enough for the longest word and its comma ("Enterprises,"): a narrower column broke the
                // comma off onto a line of its own.
                .setWidth("11rem")
                .setFlexGrow(2);
        var operator = grid.addColumn(SiteSummary::operator)
                .setHeader("Operator")
                .setSortable(true)
                .setWidth("8rem")
                .setFlexGrow(1);
        var address = grid.addColumn(SiteSummary::address)
                .setHeader("Address")
                .setSortable(true)
                .setWidth("9rem")
                .setFlexGrow(2);
        var town = grid.addColumn(SiteSummary::town)
                .setHeader("Town")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(SiteSummary::planTitle)
                .setHeader("Off-site plan")
                .setSortable(true)
                .setWidth("10rem")
                .setFlexGrow(2);
        // "Confirmed" only where a planner confirmed the position (who, when, source); otherwise nothing to flag.
        var position = grid.addColumn(SiteRegisterView::position)
                .setHeader("Position")
                .setSortable(true)
                .setAutoWidth(true);
        var newly = grid.addColumn(s -> s.newlyTopTier() ? "Yes" : "")
                .setHeader("Newly top tier")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(grid, operator, address, town, position, newly);
        grid.setEmptyStateText("No sites match.");
        // The page scrolls, not the table: on a phone a table of its own height within the page hid its last rows.
        grid.setAllRowsVisible(true);

        filter.setPlaceholder("Filter by name, operator, town or plan");
        filter.setAriaLabel("Filter sites");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        filter.setWidth("24em");

        Anchor csv = download("Export CSV", "comah-sites.csv", "text/csv", service::sitesCsv);
        Anchor geojson =
                download("Export GeoJSON", "comah-sites.geojson", "application/geo+json", service::sitesGeoJson);
        HorizontalLayout tools = new HorizontalLayout(filter, csv, geojson);
        tools.setAlignItems(Alignment.BASELINE);
        tools.setWrap(true);
        add(tools);
        if (authentication.hasAnyRole("PLANNER", "ADMIN")) {
            add(importer());
        }
        add(grid);
        refresh();
    }

    static String position(SiteSummary site) {
        return site.positionApproximate() ? "Approximate" : site.positionConfirmed() ? "Confirmed" : "";
    }

    private Div importer() {
        Upload upload =
                new Upload(Uploads.limited(SiteService.MAX_IMPORT_CHARACTERS, this::importGeoJson, (name, message) -> {
                    importErrors.removeAll();
                    importErrors.add(new H3("Nothing was imported"), new Paragraph(message));
                }));
        upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
        upload.setMaxFileSize(SiteService.MAX_IMPORT_CHARACTERS);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Import sites from GeoJSON", VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> {
            importErrors.removeAll();
            importErrors.add(new H3("Nothing was imported"), new Paragraph(e.getErrorMessage()));
        });
        importErrors.addClassName("import-errors");
        importErrors.getElement().setAttribute("role", "status");
        Div box = new Div(upload, importErrors);
        box.addClassName("site-import");
        return box;
    }

    void importGeoJson(byte[] content) {
        importGeoJson("The file", content);
    }

    void importGeoJson(String fileName, byte[] content) {
        importErrors.removeAll();
        try {
            SiteService.ImportResult result = service.importGeoJson(fileName, content);
            Paragraph done = new Paragraph(
                    "Imported " + fileName + ": " + result.added() + " new, " + result.updated() + " updated.");
            done.addClassName("import-success");
            importErrors.add(done);
            refresh();
        } catch (uk.gov.halton.planner.base.InvalidInputException e) {
            importErrors.add(new H3("Nothing was imported"), new Paragraph(e.getMessage()));
        } catch (GeoJsonException e) {
            UnorderedList problems = new UnorderedList();
            e.problems().forEach(p -> problems.add(new ListItem(p.toString())));
            importErrors.add(
                    new H3("Nothing was imported"),
                    new Paragraph("Correct these problems and import the file again:"),
                    problems);
        }
    }

    private void refresh() {
        all = service.findAll();
        applyFilter();
    }

    private void applyFilter() {
        String needle =
                filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream()
                .filter(s -> needle.isEmpty()
                        || (s.name() + " " + s.operator() + " " + s.town() + " " + s.planTitle())
                                .toLowerCase(Locale.ROOT)
                                .contains(needle))
                .toList());
    }

    private static Anchor download(
            String text, String fileName, String type, java.util.function.Supplier<String> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
                }),
                text);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("download-link");
        return anchor;
    }
}
