package uk.gov.halton.planner.sites.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.MapTiles;
import uk.gov.halton.planner.geo.map.MapComponent;
import uk.gov.halton.planner.sites.SiteDetail;
import uk.gov.halton.planner.sites.SiteService;
import uk.gov.halton.planner.sites.SiteSummary;

/** The map of Halton's COMAH sites beside their list; a site's detail opens from either, at /sites/{id}. */
@Route("sites/:siteId?")
@PageTitle("Site map")
@Menu(order = 10, icon = "vaadin:map-marker", title = "Site map")
@PermitAll
public class SiteMapView extends Div implements BeforeEnterObserver {

    final MapComponent map = new MapComponent();
    final Grid<SiteSummary> list = new Grid<>(SiteSummary.class, false);
    final Div detail = new Div();
    private final SiteService service;
    private final boolean canEdit;
    private SiteEditor editor;
    private String shown;

    public SiteMapView(SiteService service, AuthenticationContext authentication, MapTiles tiles) {
        this.service = service;
        this.canEdit = authentication.hasAnyRole("PLANNER", "ADMIN");
        addClassName("site-map-view");

        list.addColumn(SiteSummary::name).setHeader("Site").setSortable(true).setFlexGrow(1);
        list.addColumn(SiteSummary::town).setHeader("Town").setSortable(true).setAutoWidth(true);
        list.addComponentColumn(SiteMapView::flags).setHeader("Flags").setAutoWidth(true);
        list.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setEmptyStateText("No sites are in the register.");
        list.setAllRowsVisible(true);
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(s -> {
            if (!s.id().equals(shown)) {
                show(s.id(), true);
            }
        }));
        detail.addClassName("site-detail-holder");
        Div side = new Div(list, detail);
        side.addClassName("site-side");

        SiteLayers.all(service).forEach(map::setLayer);
        if (tiles.enabled()) {
            map.setTiles(tiles.url(), tiles.attribution(), tiles.attributionUrl());
        }
        map.setSizeFull();
        map.addFeatureClickListener(e -> show(e.getFeatureId(), true));
        map.addMapClickListener(e -> {
            map.setPickMode(false);
            if (editor != null) {
                editor.picked(e.getLongitude(), e.getLatitude());
            }
        });
        Div mapHolder = new Div(layerSwitcher(), map, new MapLegend(tiles));
        mapHolder.addClassName("site-map-holder");
        add(side, mapHolder);
        map.fitTo(null);
    }

    private HorizontalLayout layerSwitcher() {
        HorizontalLayout switcher = new HorizontalLayout();
        switcher.addClassName("layer-switcher");
        switcher.setWrap(true);
        for (MapComponent.Layer layer : map.getLayers()) {
            Span swatch = new Span();
            swatch.addClassName("swatch");
            swatch.getStyle().set("background", SiteLayers.swatch(layer.id()));
            Checkbox box = new Checkbox(layer.title(), layer.visible());
            box.addValueChangeListener(e -> map.setLayerVisible(layer.id(), e.getValue()));
            box.setId("layer-" + layer.id());
            Span item = new Span(swatch, box);
            item.addClassName("layer-item");
            switcher.add(item);
        }
        Button fit = new Button("Fit to sites", VaadinIcon.EXPAND_SQUARE.create(), e -> map.fitTo(SiteLayers.ZONES));
        fit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        switcher.add(fit);
        return switcher;
    }

    private static Span flags(SiteSummary s) {
        Span flags = new Span();
        if (s.positionApproximate()) {
            Span approximate = new Span("≈");
            approximate.setTitle("Approximate position");
            approximate.getElement().setAttribute("aria-label", "Approximate position");
            approximate.addClassNames("flag", "flag-approximate");
            flags.add(approximate);
        }
        if (s.newlyTopTier()) {
            Span newly = new Span("New");
            newly.setTitle("Newly top tier");
            newly.addClassNames("flag", "flag-new");
            flags.add(newly);
        }
        return flags;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.setItems(service.findAll());
        Optional<String> id = event.getRouteParameters().get("siteId");
        if (id.isPresent()) {
            if (service.find(id.get()).isPresent()) {
                show(id.get(), false);
            } else {
                Kit.failed("There is no site \"" + id.get() + "\".");
            }
        }
    }

    void show(String siteId, boolean updateAddress) {
        Optional<SiteDetail> found = service.detail(siteId);
        if (found.isEmpty()) {
            return;
        }
        shown = siteId;
        render(found.get());
        service.find(siteId).ifPresent(list::select);
        map.select(siteId);
        if (updateAddress) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "sites/" + siteId));
        }
    }

    private void render(SiteDetail site) {
        detail.removeAll();
        editor = null;
        detail.add(new SiteDetailPanel(site));
        if (canEdit) {
            Button edit = new Button("Edit site", VaadinIcon.EDIT.create(), e -> {
                editor = new SiteEditor(
                        service, site, saved -> refresh(saved.summary().id()), map::setPickMode);
                detail.removeAll();
                Button close =
                        new Button("Close editor", ev -> show(site.summary().id(), false));
                close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                detail.add(close, editor);
            });
            detail.addComponentAsFirst(edit);
        }
    }

    private void refresh(String siteId) {
        map.setLayer(map.getLayers().stream()
                .filter(l -> l.id().equals(SiteLayers.SITES))
                .findFirst()
                .orElseThrow()
                .withGeoJson(service.sitesGeoJson()));
        map.setLayer(map.getLayers().stream()
                .filter(l -> l.id().equals(SiteLayers.ZONES))
                .findFirst()
                .orElseThrow()
                .withGeoJson(service.zonesGeoJson()));
        list.setItems(service.findAll());
        show(siteId, false);
    }
}
