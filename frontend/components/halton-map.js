// <halton-map>: an OpenLayers map driven from the server. Layers arrive as a JSON string property, never as code;
// feature text is only ever written with textContent. Light DOM, so that OpenLayers' stylesheet applies.
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import TileLayer from 'ol/layer/Tile.js';
import XYZ from 'ol/source/XYZ.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import { Style, Fill, Stroke, Circle as CircleStyle } from 'ol/style.js';
import { ScaleLine, Zoom, Attribution } from 'ol/control.js';
import { toLonLat, fromLonLat } from 'ol/proj.js';
import { createEmpty, extend, isEmpty } from 'ol/extent.js';
import 'ol/ol.css';

const FORMAT = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });
const HALTON = fromLonLat([-2.70, 53.345]);

class HaltonMap extends HTMLElement {
  constructor() {
    super();
    this._layers = new Map();
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

    this.map = new OlMap({
      target: this._target,
      controls: [new Zoom(), new ScaleLine({ units: 'metric' }), new Attribution({ collapsible: true })],
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
    if (this._tiles && this._tiles.url) {
      this._tileLayer = new TileLayer({
        source: new XYZ({ url: this._tiles.url, attributions: this._tiles.attribution || '' }),
        zIndex: -1,
      });
      this.map.addLayer(this._tileLayer);
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
    specs.forEach((spec, index) => {
      let layer = this._layers.get(spec.id);
      if (!layer) {
        layer = new VectorLayer({ source: new VectorSource() });
        this._layers.set(spec.id, layer);
        this.map.addLayer(layer);
      }
      if (layer.get('geojson') !== spec.geojson) {
        layer.getSource().clear();
        layer.getSource().addFeatures(FORMAT.readFeatures(spec.geojson));
        layer.set('geojson', spec.geojson);
      }
      layer.set('layerId', spec.id);
      layer.set('clickable', !!spec.clickable);
      layer.setZIndex(index);
      layer.setVisible(spec.visible !== false);
      layer.setStyle((feature) => this._style(spec.style, feature));
    });
  }

  _style(s, feature) {
    const selected = this._selected !== null && feature.getId() === this._selected;
    const stroke = new Stroke({
      color: selected ? (s.selectedColor || '#000') : s.stroke,
      width: (s.width || 1) + (selected ? 2 : 0),
      lineDash: s.dash || undefined,
    });
    const fill = new Fill({ color: s.fill || 'rgba(0,0,0,0)' });
    return new Style({
      stroke,
      fill,
      image: new CircleStyle({ radius: (s.radius || 5) + (selected ? 3 : 0), fill, stroke }),
      zIndex: selected ? 1 : 0,
    });
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
    this._tooltip.textContent = String(name);
    this._tooltip.hidden = false;
    this._tooltip.style.left = (e.pixel[0] + 12) + 'px';
    this._tooltip.style.top = (e.pixel[1] + 12) + 'px';
    this._target.style.cursor = hit.layer.get('clickable') ? 'pointer' : (this._pick ? 'crosshair' : '');
  }
}

customElements.define('halton-map', HaltonMap);
