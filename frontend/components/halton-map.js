// <halton-map>: an OpenLayers map driven from the server. Layers arrive as a JSON string property, never as code;
// feature text is only ever written with textContent (or escaped, for OpenLayers' attribution). Light DOM, so that
// OpenLayers' stylesheet applies. Layers may label their features, group features that share a property (one
// numbered marker that lists them on click) and flag approximate points and indicative areas with dashes. When the
// tile background cannot be loaded, a polite status message says so and the vector layers carry on.
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import TileLayer from 'ol/layer/Tile.js';
import XYZ from 'ol/source/XYZ.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import { Style, Fill, Stroke, Text, Circle as CircleStyle } from 'ol/style.js';
import { ScaleLine, Zoom, Attribution } from 'ol/control.js';
import { toLonLat, fromLonLat } from 'ol/proj.js';
import { createEmpty, extend, isEmpty, boundingExtent, getCenter } from 'ol/extent.js';
import 'ol/ol.css';

const FORMAT = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });
const HALTON = fromLonLat([-2.70, 53.345]);
// Site symbols stay drawn whatever happens; only labels give way to each other.
const LABELS = 'labels';

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function isFlagged(feature) {
  return feature.get('positionApproximate') === true || feature.get('approximate') === true;
}

class HaltonMap extends HTMLElement {
  constructor() {
    super();
    this._layers = new Map();
    this._groupLayers = new Map();
    this._openGroup = null;
    this._layerJson = '[]';
    this._tiles = null;
    this._selected = null;
    this._pick = false;
  }

  connectedCallback() {
    if (this.map) {
      return;
    }
    // Values the server set before this element was upgraded are own properties that hide the setters.
    for (const name of ['layers', 'tiles', 'pickMode']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this.style.display = 'block';
    this.style.position = 'relative';
    this._target = document.createElement('div');
    this._target.className = 'halton-map-target';
    this._target.tabIndex = 0;
    this._target.setAttribute('role', 'application');
    this._target.setAttribute('aria-label', this.getAttribute('aria-label') || 'Map. Arrow keys pan, plus and minus zoom.');
    this._target.style.width = '100%';
    this._target.style.height = '100%';
    this.appendChild(this._target);
    this._tooltip = document.createElement('div');
    this._tooltip.className = 'halton-map-tooltip';
    this._tooltip.setAttribute('role', 'tooltip');
    this._tooltip.hidden = true;
    this.appendChild(this._tooltip);
    // A live region from the start, so that screen readers announce the message when it is written.
    this._status = document.createElement('div');
    this._status.className = 'halton-map-status';
    this._status.setAttribute('role', 'status');
    this._status.setAttribute('aria-live', 'polite');
    this._status.hidden = true;
    this.appendChild(this._status);
    this._groupPanel = document.createElement('div');
    this._groupPanel.className = 'halton-map-group';
    this._groupPanel.setAttribute('role', 'dialog');
    this._groupPanel.hidden = true;
    this._groupPanel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        this._closeGroup(true);
      }
    });
    this.appendChild(this._groupPanel);

    this.map = new OlMap({
      target: this._target,
      // Not collapsible: the tile provider's attribution stays in view (OpenStreetMap asks for that).
      controls: [new Zoom(), new ScaleLine({ units: 'metric' }), new Attribution({ collapsible: false })],
      view: new View({ center: HALTON, zoom: 12 }),
    });
    this.map.on('singleclick', (e) => this._onClick(e));
    this.map.on('pointermove', (e) => this._onHover(e));
    this._target.addEventListener('mouseleave', () => { this._tooltip.hidden = true; });
    new ResizeObserver(() => {
      this.map.updateSize();
      if (this._pendingFit !== undefined && this._hasSize()) {
        const layerId = this._pendingFit;
        this._pendingFit = undefined;
        this.fit(layerId);
      }
    }).observe(this);
    this._applyTiles();
    this._applyLayers();
  }

  set layers(json) {
    this._layerJson = json || '[]';
    if (this.map) {
      this._applyLayers();
    }
  }

  get layers() {
    return this._layerJson;
  }

  set tiles(json) {
    this._tiles = json ? JSON.parse(json) : null;
    if (this.map) {
      this._applyTiles();
    }
  }

  set pickMode(on) {
    this._pick = !!on;
    if (this._target) {
      this._target.style.cursor = this._pick ? 'crosshair' : '';
    }
  }

  /** Zooms to the features of one layer (or all layers when none is named). */
  fit(layerId) {
    if (!this.map || !this._hasSize()) {
      // Not laid out yet: fit once the element has a size.
      this._pendingFit = layerId;
      return;
    }
    const extent = createEmpty();
    for (const [id, layer] of this._layers) {
      if (!layerId || id === layerId) {
        extend(extent, layer.getSource().getExtent());
      }
    }
    if (!isEmpty(extent)) {
      this.map.getView().fit(extent, { padding: [40, 40, 40, 40], maxZoom: 16, duration: 0 });
    }
  }

  /** Highlights a feature (by id) in every layer. */
  select(featureId) {
    this._selected = featureId || null;
    this._layers.forEach((layer) => layer.changed());
    this._groupLayers.forEach((layer) => layer.changed());
    if (this._groupPanel) {
      this._groupPanel.querySelectorAll('button[data-id]').forEach((b) => {
        if (b.dataset.id === this._selected) {
          b.setAttribute('aria-current', 'true');
        } else {
          b.removeAttribute('aria-current');
        }
      });
    }
  }

  _hasSize() {
    const size = this.map.getSize();
    return !!size && size[0] > 0 && size[1] > 0;
  }

  _applyTiles() {
    if (this._tileLayer) {
      this.map.removeLayer(this._tileLayer);
      this._tileLayer = null;
    }
    this._showStatus(null);
    if (this._tiles && this._tiles.url) {
      const text = escapeHtml(this._tiles.attribution || '');
      const link = this._tiles.link;
      const attribution = link && text
        ? '<a href="' + escapeHtml(link) + '" target="_blank" rel="noopener noreferrer">' + text + '</a>'
        : text;
      const source = new XYZ({ url: this._tiles.url, attributions: attribution, maxZoom: 19 });
      let failedInARow = 0;
      source.on('tileloaderror', () => {
        failedInARow++;
        // One lost tile is a blip; several in a row with none loaded since means the tile server is out of reach.
        if (failedInARow >= 3) {
          this._showStatus('Background map unavailable (' + this._tileHost()
            + ' cannot be reached). The sites, zones and other layers still show.');
        }
      });
      source.on('tileloadend', () => {
        failedInARow = 0;
        this._showStatus(null);
      });
      this._tileLayer = new TileLayer({ source, zIndex: -1 });
      this.map.addLayer(this._tileLayer);
    }
  }

  _tileHost() {
    try {
      return new URL(this._tiles.url).host;
    } catch (e) {
      return 'the tile server';
    }
  }

  _showStatus(text) {
    if (!this._status) {
      return;
    }
    if (text) {
      if (this._status.textContent !== text) {
        this._status.textContent = text;
      }
      this._status.hidden = false;
    } else {
      this._status.hidden = true;
      this._status.textContent = '';
    }
  }

  _applyLayers() {
    const specs = JSON.parse(this._layerJson);
    const keep = new Set(specs.map((s) => s.id));
    for (const [id, layer] of this._layers) {
      if (!keep.has(id)) {
        this.map.removeLayer(layer);
        this._layers.delete(id);
      }
    }
    for (const [id, layer] of this._groupLayers) {
      if (!keep.has(id)) {
        this.map.removeLayer(layer);
        this._groupLayers.delete(id);
      }
    }
    specs.forEach((spec, index) => {
      let layer = this._layers.get(spec.id);
      if (!layer) {
        const declutter = spec.labelsFromZoom != null || !!spec.groupBy;
        layer = new VectorLayer({ source: new VectorSource(), declutter: declutter ? LABELS : false });
        this._layers.set(spec.id, layer);
        this.map.addLayer(layer);
      }
      if (layer.get('geojson') !== spec.geojson) {
        layer.getSource().clear();
        layer.getSource().addFeatures(FORMAT.readFeatures(spec.geojson));
        layer.set('geojson', spec.geojson);
        layer.set('groups', null);
      }
      layer.set('layerId', spec.id);
      layer.set('clickable', !!spec.clickable);
      layer.set('flagged', !!spec.flagged);
      layer.setZIndex(index);
      layer.setVisible(spec.visible !== false);
      this._applyGroups(spec, layer, index);
      const grouped = layer.get('grouped') || new Set();
      layer.setStyle((feature, resolution) => {
        if (grouped.has(feature.getId()) && this._zoom(resolution) < spec.groupsUntilZoom) {
          return null;
        }
        return this._style(spec, feature, resolution);
      });
    });
  }

  /** Features sharing the value of spec.groupBy (two or more) get one marker in a layer of their own. */
  _applyGroups(spec, layer, index) {
    let groupLayer = this._groupLayers.get(spec.id);
    if (!spec.groupBy) {
      layer.set('grouped', new Set());
      if (groupLayer) {
        this.map.removeLayer(groupLayer);
        this._groupLayers.delete(spec.id);
      }
      return;
    }
    if (!groupLayer) {
      groupLayer = new VectorLayer({ source: new VectorSource(), declutter: LABELS });
      groupLayer.set('layerId', spec.id + '-groups');
      groupLayer.set('groupOf', spec.id);
      groupLayer.set('clickable', true);
      groupLayer.set('flagged', !!spec.flagged);
      this._groupLayers.set(spec.id, groupLayer);
      this.map.addLayer(groupLayer);
    }
    if (layer.get('groups') === null || layer.get('groups') === undefined) {
      const byValue = new Map();
      layer.getSource().getFeatures().forEach((f) => {
        const value = f.get(spec.groupBy);
        if (value !== undefined && value !== null && value !== '') {
          if (!byValue.has(value)) {
            byValue.set(value, []);
          }
          byValue.get(value).push(f);
        }
      });
      const groups = [];
      const grouped = new Set();
      byValue.forEach((members, value) => {
        if (members.length < 2) {
          return;
        }
        members.sort((a, b) => String(a.get('name')).localeCompare(String(b.get('name'))));
        const coordinates = members.map((m) => m.getGeometry().getCoordinates());
        const centre = [
          coordinates.reduce((sum, c) => sum + c[0], 0) / coordinates.length,
          coordinates.reduce((sum, c) => sum + c[1], 0) / coordinates.length,
        ];
        const label = String(members[0].get(spec.groupLabel) || value);
        const group = new Feature({ geometry: new Point(centre) });
        group.setId('group:' + value);
        group.setProperties({
          name: label + ' (' + members.length + ' sites)',
          groupName: label,
          count: members.length,
          approximate: members.some(isFlagged),
          members: members.map((m) => ({ id: String(m.getId()), name: String(m.get('name')), approximate: isFlagged(m) })),
          extent: boundingExtent(coordinates),
        });
        groups.push(group);
        members.forEach((m) => grouped.add(m.getId()));
      });
      groupLayer.getSource().clear();
      groupLayer.getSource().addFeatures(groups);
      layer.set('groups', groups);
      layer.set('grouped', grouped);
      this._closeGroup(false);
    }
    groupLayer.setZIndex(index + 0.5);
    groupLayer.setVisible(spec.visible !== false);
    groupLayer.setStyle((feature, resolution) => this._groupStyle(spec, feature, resolution));
  }

  _zoom(resolution) {
    return this.map.getView().getZoomForResolution(resolution);
  }

  _fontFamily() {
    if (!this._family) {
      this._family = getComputedStyle(this).fontFamily || 'sans-serif';
    }
    return this._family;
  }

  _labelFont() {
    return '600 13px ' + this._fontFamily();
  }

  /** A label below a symbol: gap is the distance from the symbol's centre to the label's first line. */
  _label(spec, text, resolution, gap) {
    if (spec.labelsFromZoom == null || !text || this._zoom(resolution) < spec.labelsFromZoom) {
      return undefined;
    }
    const lines = String(text).split('\n').length;
    return new Text({
      text: String(text),
      font: this._labelFont(),
      offsetY: gap + lines * 8,
      textBaseline: 'middle',
      fill: new Fill({ color: '#111827' }),
      stroke: new Stroke({ color: 'rgba(255,255,255,0.95)', width: 4 }),
      padding: [2, 4, 2, 4],
    });
  }

  _style(s, feature, resolution) {
    const st = s.style || s;
    const selected = this._selected !== null && feature.getId() === this._selected;
    const flagged = !!s.flagged;
    const indicative = flagged && feature.get('indicative') === true;
    const stroke = new Stroke({
      color: selected ? st.selected : st.stroke,
      width: (st.width || 1) + (selected ? 2 : 0),
      lineDash: st.dash || (indicative ? [8, 6] : undefined),
    });
    const fill = new Fill({ color: st.fill || 'rgba(0,0,0,0)' });
    const radius = (st.radius || 5) + (selected ? 3 : 0);
    // When labels are decluttered, a higher zIndex claims its place first: symbols before any label, so that a
    // label never hides a site.
    const styles = [new Style({
      stroke,
      fill,
      image: new CircleStyle({ radius, fill, stroke, declutterMode: 'obstacle' }),
      zIndex: selected ? 11 : 10,
    })];
    if (flagged && isFlagged(feature) && feature.getGeometry().getType() === 'Point') {
      styles.unshift(this._ring(st.fill, radius));
    }
    const label = this._label(s, feature.get('name'), resolution, radius + 6);
    if (label) {
      styles.push(new Style({ text: label, zIndex: 0 }));
    }
    return styles;
  }

  /** The dashed ring of an approximate position. */
  _ring(color, radius) {
    return new Style({
      image: new CircleStyle({
        radius: radius + 5,
        stroke: new Stroke({ color: color || '#000', width: 2, lineDash: [3, 3] }),
        declutterMode: 'none',
      }),
      zIndex: 10,
    });
  }

  _groupStyle(spec, feature, resolution) {
    if (this._zoom(resolution) >= spec.groupsUntilZoom) {
      return null;
    }
    const st = spec.style;
    const selected = this._selected !== null && feature.get('members').some((m) => m.id === this._selected);
    const radius = 13 + (selected ? 2 : 0);
    const stroke = new Stroke({ color: selected ? st.selected : st.stroke, width: selected ? 4 : 2 });
    const fill = new Fill({ color: st.fill });
    const styles = [
      new Style({
        image: new CircleStyle({ radius, fill, stroke, declutterMode: 'obstacle' }),
        text: new Text({
          text: String(feature.get('count')),
          font: 'bold 13px ' + this._fontFamily(),
          // The number is drawn in the layer's outline colour (white on the site red), as the legend shows it.
          fill: new Fill({ color: st.stroke }),
          declutterMode: 'none',
        }),
        zIndex: 10,
      }),
    ];
    // Two lines: a long area name stays narrow enough for a phone's map.
    const label = this._label(spec, feature.get('groupName') + '\n' + feature.get('count') + ' sites', resolution,
      radius + 6);
    if (label) {
      styles.push(new Style({ text: label, zIndex: 0 }));
    }
    if (spec.flagged && feature.get('approximate')) {
      styles.unshift(this._ring(st.fill, radius));
    }
    return styles;
  }

  /** Lists the sites of a group, each a button that selects it as a click on its symbol would. */
  _openGroupPanel(feature, layerId) {
    const panel = this._groupPanel;
    panel.replaceChildren();
    this._openGroup = feature.getId();
    const titleId = 'halton-map-group-title-' + Math.random().toString(36).slice(2);
    const title = document.createElement('p');
    title.className = 'halton-map-group-title';
    title.id = titleId;
    title.textContent = feature.get('groupName') + ': ' + feature.get('count') + ' sites share this area';
    panel.setAttribute('aria-labelledby', titleId);
    panel.appendChild(title);
    if (feature.get('approximate')) {
      const note = document.createElement('p');
      note.className = 'halton-map-group-note';
      note.textContent = 'Their positions are approximate (≈): placed around the area, not at each plant.';
      panel.appendChild(note);
    }
    const list = document.createElement('ul');
    feature.get('members').forEach((member) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.id = member.id;
      button.textContent = member.name + (member.approximate ? ' ≈' : '');
      if (member.approximate) {
        button.title = 'Approximate position';
      }
      if (member.id === this._selected) {
        button.setAttribute('aria-current', 'true');
      }
      button.addEventListener('click', () => {
        this.dispatchEvent(new CustomEvent('feature-click', { detail: { id: member.id, layer: layerId } }));
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    panel.appendChild(list);
    const actions = document.createElement('div');
    actions.className = 'halton-map-group-actions';
    const zoom = document.createElement('button');
    zoom.type = 'button';
    zoom.textContent = 'Zoom in to see them apart';
    zoom.addEventListener('click', () => {
      const view = this.map.getView();
      const until = this._specFor(layerId).groupsUntilZoom || 15;
      view.fit(feature.get('extent'), { padding: [60, 60, 60, 60], maxZoom: 18, duration: 0 });
      if (view.getZoom() < until) {
        view.setCenter(getCenter(feature.get('extent')));
        view.setZoom(until);
      }
      this._closeGroup(true);
    });
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => this._closeGroup(true));
    actions.append(zoom, close);
    panel.appendChild(actions);
    panel.hidden = false;
    const first = panel.querySelector('button');
    if (first) {
      first.focus({ preventScroll: true });
    }
  }

  _specFor(layerId) {
    return JSON.parse(this._layerJson).find((s) => s.id === layerId) || {};
  }

  _closeGroup(refocus) {
    if (!this._groupPanel || this._groupPanel.hidden) {
      return;
    }
    this._groupPanel.hidden = true;
    this._groupPanel.replaceChildren();
    this._openGroup = null;
    if (refocus) {
      this._target.focus({ preventScroll: true });
    }
  }

  _featureAt(pixel, clickableOnly) {
    let found = null;
    this.map.forEachFeatureAtPixel(pixel, (feature, layer) => {
      if (!found && layer && (!clickableOnly || layer.get('clickable'))) {
        found = { feature, layer };
      }
    }, { hitTolerance: 4 });
    return found;
  }

  _onClick(e) {
    if (this._pick) {
      const [lon, lat] = toLonLat(e.coordinate);
      this.dispatchEvent(new CustomEvent('map-click', { detail: { lon, lat } }));
      return;
    }
    const hit = this._featureAt(e.pixel, true);
    if (hit && hit.layer.get('groupOf')) {
      this._openGroupPanel(hit.feature, hit.layer.get('groupOf'));
      return;
    }
    this._closeGroup(false);
    if (hit) {
      this.dispatchEvent(new CustomEvent('feature-click', {
        detail: { id: String(hit.feature.getId()), layer: hit.layer.get('layerId') },
      }));
    }
  }

  _onHover(e) {
    if (e.dragging) {
      return;
    }
    const hit = this._featureAt(e.pixel, false);
    const name = hit ? hit.feature.get('name') : null;
    if (!name) {
      this._tooltip.hidden = true;
      this._target.style.cursor = this._pick ? 'crosshair' : '';
      return;
    }
    const approximate = hit.layer.get('flagged') && (isFlagged(hit.feature) || hit.feature.get('approximate') === true);
    this._tooltip.textContent = String(name) + (approximate ? ' (approximate position)' : '');
    this._tooltip.hidden = false;
    this._tooltip.style.left = (e.pixel[0] + 12) + 'px';
    this._tooltip.style.top = (e.pixel[1] + 12) + 'px';
    this._target.style.cursor = hit.layer.get('clickable') ? 'pointer' : (this._pick ? 'crosshair' : '');
  }
}

customElements.define('halton-map', HaltonMap);
