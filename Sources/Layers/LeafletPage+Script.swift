extension LeafletPage {
    /// The page's script. It reads the data only through `JSON.parse` and writes report text
    /// only through `textContent` (pop-ups and labels are DOM nodes, never HTML strings).
    /// `window.incidentmap` exposes the map and the filters to the CI check and the benchmark.
    static let script = #"""
    (function () {
    'use strict';
    var started = performance.now();
    // Milliseconds each step of the first draw took, for the benchmark.
    var phases = {}, lap = started;
    function phase(name) { var now = performance.now(); phases[name] = Math.round(now - lap); lap = now; }
    var D = JSON.parse(document.getElementById('map-data').textContent);
    phase('parse');
    var I = D.incidents, N = I.lat.length, P = D.provinces.length;
    // The texts of pop-ups, table and search: parsed when first needed, after the first draw.
    var details = null;
    function X() { return details || (details = JSON.parse(document.getElementById('map-details').textContent)); }
    var TABLE_ROWS = 300;

    function el(tag, text, className) {
      var e = document.createElement(tag);
      if (text !== undefined && text !== null) e.textContent = String(text);
      if (className) e.className = className;
      return e;
    }
    function swatch(color, round) {
      var s = el('span', null, 'swatch' + (round ? ' dot' : ''));
      s.style.background = color;
      return s;
    }

    // The map: country outlines under the province choropleth, markers on top.
    var map = L.map('map', {preferCanvas: true, minZoom: 2, maxZoom: 13, worldCopyJump: true});
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Leaflet ' + L.version + ' · Natural Earth');
    map.createPane('countries').style.zIndex = 250;
    map.createPane('provinces').style.zIndex = 300;
    // Province labels sit under the markers (Leaflet's tooltip pane is above them, where a label
    // hid the count of a cluster on the province's centre).
    map.createPane('labels').style.zIndex = 450;
    var renderer = L.canvas({padding: 0.5});
    L.geoJSON({type: 'FeatureCollection', features: D.countries}, {
      pane: 'countries', interactive: false,
      style: {color: '#8a8a8a', weight: 0.8, fillColor: '#f2efe6', fillOpacity: 1}
    }).addTo(map);

    var provinceLayers = [];
    var provinces = L.geoJSON({type: 'FeatureCollection', features: D.provinces}, {
      pane: 'provinces',
      style: function () { return {color: '#555', weight: 1, fillColor: D.none, fillOpacity: 0.7}; },
      onEachFeature: function (feature, layer) {
        var index = provinceLayers.length;
        provinceLayers.push(layer);
        layer.bindTooltip(el('span', feature.properties.name), {permanent: true, direction: 'center', className: 'province-label', pane: 'labels'});
        layer.on('click', function (e) {
          var box = el('div', null, 'popup');
          box.appendChild(el('b', feature.properties.name));
          box.appendChild(el('p', counts[index] + ' incidents shown, ' + deaths[index] + ' fatalities'));
          L.popup().setLatLng(e.latlng).setContent(box).openOn(map);
        });
      }
    }).addTo(map);
    phase('base');

    // Sites: the incidents at one position share one circle, coloured by the event type most of
    // its shown incidents have and sized by their number; the cluster group groups sites, and a
    // cluster's icon is a pie of the types of the incidents it holds. Filtering restyles sites
    // and recounts cluster icons; no marker leaves or joins the cluster group, which is what
    // keeps a filter change fast with 100,000 incidents.
    var colors = D.types.map(function (t) { return t.color; }), T = colors.length;
    // Positions are found in an open-addressing hash table of typed arrays (no key strings), and
    // each site's incidents are one run of `siteMembers`, from `siteStart[s]` to `siteStart[s + 1]`.
    var siteOf = new Int32Array(N), siteFirst = new Int32Array(N), S = 0, slots = 1, i, s;
    while (slots < 2 * N) slots *= 2;
    var slotSite = new Int32Array(slots).fill(-1);
    for (i = 0; i < N; i++) {
      var lat = I.lat[i], lon = I.lon[i];
      var h = (Math.imul(Math.round(lat * 1e6) | 0, 73856093) ^ Math.imul(Math.round(lon * 1e6) | 0, 19349663)) & (slots - 1);
      while ((s = slotSite[h]) >= 0 && (I.lat[siteFirst[s]] !== lat || I.lon[siteFirst[s]] !== lon)) h = (h + 1) & (slots - 1);
      if (s < 0) { s = slotSite[h] = S++; siteFirst[s] = i; }
      siteOf[i] = s;
    }
    var siteStart = new Int32Array(S + 1), siteMembers = new Int32Array(N);
    for (i = 0; i < N; i++) siteStart[siteOf[i] + 1]++;
    for (s = 0; s < S; s++) siteStart[s + 1] += siteStart[s];
    var filled = siteStart.slice(0, S);
    for (i = 0; i < N; i++) siteMembers[filled[siteOf[i]]++] = i;
    var siteCount = new Int32Array(S), siteTypes = new Int32Array(S * T);
    var siteStyle = new Int32Array(S).fill(-2);
    // One marker class per event type, with the style in the class: the first styling pass
    // makes each site's marker already drawn as it should be, with no options of its own when
    // it holds one incident, instead of making it and then restyling it.
    // A marker inside a cluster is not drawn, so it is restyled only when it is next added to
    // the map (`onAdd`) or the page reads it (`restyleAll`): a type going off then restyles the
    // markers on screen, not the tens of thousands under clusters.
    var markerClasses = colors.map(function (color) {
      return L.CircleMarker.extend({
        options: {renderer: renderer, radius: 6, color: '#222', weight: 1, fillOpacity: 0.9, fillColor: color},
        onAdd: function (map) { L.CircleMarker.prototype.onAdd.call(this, map); restyle(this.site); }
      });
    });
    var markerStyle = new Int32Array(S).fill(-2);
    var siteMarkers = new Array(S);
    function radiusFor(count) { return count === 1 ? 6 : Math.min(16, 6 + 2 * Math.log2(count)); }
    // Restyling reuses these objects rather than making one per marker.
    var hiddenStyle = {opacity: 0, fillOpacity: 0};
    var shownStyles = colors.map(function (color) { return {opacity: 1, fillOpacity: 0.9, fillColor: color}; });
    phase('sites');
    function dominantType(s) {
      var best = -1;
      for (var t = 0; t < T; t++) if (siteTypes[s * T + t] > 0 && (best < 0 || siteTypes[s * T + t] > siteTypes[s * T + best])) best = t;
      return best;
    }
    // Restyles the sites whose count or main type changed (hidden when none of theirs is
    // shown), and returns them: only their clusters need new icons. The first pass makes the markers.
    function styleSites() {
      var changed = [];
      for (var s = 0; s < S; s++) {
        // The signature hashes the site's count per type: a change in the mix changes its clusters' pies.
        var c = siteCount[s], signature = -1;
        if (c) { signature = 0; for (var k = 0; k < T; k++) signature = (signature * 31 + siteTypes[s * T + k]) | 0; signature &= 0x7fffffff; }
        if (signature === siteStyle[s]) continue;
        siteStyle[s] = signature;
        var m = siteMarkers[s];
        if (!m) {
          var t = c ? dominantType(s) : -1;
          m = siteMarkers[s] = new markerClasses[Math.max(t, 0)]([I.lat[siteFirst[s]], I.lon[siteFirst[s]]], c > 1 ? {radius: radiusFor(c)} : undefined);
          m.site = s;
          if (!c) m.setStyle(hiddenStyle);
          markerStyle[s] = signature;
          continue;
        }
        changed.push(m);
        if (m._map) restyle(s);
      }
      return changed;
    }
    // Draws site s's marker as its shown incidents are now, if it is not already.
    function restyle(s) {
      if (markerStyle[s] === siteStyle[s]) return;
      markerStyle[s] = siteStyle[s];
      var m = siteMarkers[s], c = siteCount[s];
      if (!c) { m.setStyle(hiddenStyle); return; }
      m.setStyle(shownStyles[dominantType(s)]);
      if (m.getRadius() !== radiusFor(c)) m.setRadius(radiusFor(c));
    }
    function restyleAll() { for (var s = 0; s < S; s++) restyle(s); }
    function shownAt(s) {
      var list = [];
      for (var k = siteStart[s]; k < siteStart[s + 1]; k++) if (shown[siteMembers[k]]) list.push(siteMembers[k]);
      return list;
    }
    // The sites in the order of a depth-first walk of the cluster tree, made once after the
    // clusters are built: the sites under any cluster are then one run of that order. A filter
    // change sums the shown incidents per type along the order once (S × T additions), and a
    // cluster's pie is the difference of two of those sums, whatever its size. No marker joins
    // or leaves the group after the first draw, so the order holds.
    var walkOrder = null, runTypes = null, allClusters = [];
    function walkClusters() {
      walkOrder = new Int32Array(S); runTypes = new Int32Array((S + 1) * T);
      var next = 0;
      (function walk(cluster) {
        cluster.firstSite = next;
        allClusters.push(cluster);
        for (var k = 0; k < cluster._markers.length; k++) walkOrder[next++] = cluster._markers[k].site;
        for (k = 0; k < cluster._childClusters.length; k++) walk(cluster._childClusters[k]);
        cluster.endSite = next;
      })(clusters._topClusterLevel);
    }
    function sumRuns() {
      for (var j = 0; j < S; j++) {
        var at = j * T, from = walkOrder[j] * T;
        for (var t = 0; t < T; t++) runTypes[at + T + t] = runTypes[at + t] + siteTypes[from + t];
      }
    }
    // Every cluster's icon is redrawn when next shown; those on screen at once.
    function redrawClusterIcons() {
      for (var c = 0; c < allClusters.length; c++) allClusters[c]._iconNeedsUpdate = true;
      clusters.refreshClusters([]);
    }
    var clusters = L.markerClusterGroup({
      animate: false, chunkedLoading: false, showCoverageOnHover: false, spiderfyOnMaxZoom: false,
      removeOutsideVisibleBounds: true, maxClusterRadius: 50, zoomToBoundsOnClick: false,
      // Sites are drawn one by one from zoom 12, where a screen spans a few kilometres: building
      // the cluster levels for zooms 12 and 13 took about half of the first draw when no two
      // incidents share a position (100,000 markers), and they gain nothing for sites on towns.
      disableClusteringAtZoom: 12,
      iconCreateFunction: function (cluster) {
        // Before the walk (while the group is first built) the icon is left empty.
        if (!walkOrder || cluster.firstSite === undefined) return L.divIcon({html: '', className: 'cluster-empty', iconSize: L.point(0, 0)});
        var byType = new Array(T), total = 0, t;
        for (t = 0; t < T; t++) { byType[t] = runTypes[cluster.endSite * T + t] - runTypes[cluster.firstSite * T + t]; total += byType[t]; }
        cluster.shownIncidents = total;
        if (!total) return L.divIcon({html: '', className: 'cluster-empty', iconSize: L.point(0, 0)});
        var stops = [], from = 0;
        for (t = 0; t < T; t++) {
          if (!byType[t]) continue;
          var to = from + 100 * byType[t] / total;
          stops.push(colors[t] + ' ' + from.toFixed(1) + '% ' + to.toFixed(1) + '%');
          from = to;
        }
        var size = Math.round(26 + 8 * Math.log10(total));
        return L.divIcon({
          html: '<div class="cluster" style="width:' + size + 'px;height:' + size + 'px;background:conic-gradient(' +
                stops.join(',') + ')"><span>' + total + '</span></div>',
          className: 'cluster-icon', iconSize: L.point(size, size)
        });
      }
    });
    map.addLayer(clusters);

    // Pop-ups: evidence, source title and link, date, precision and certainty.
    function popupFor(i) {
      var box = el('div', null, 'popup');
      box.appendChild(el('b', X().sub_event_type[i] + ' — ' + X().location[i]));
      box.appendChild(el('p', (I.date[i] || 'date unknown') + ' (' + D.precisions[I.time_precision[i]] + ' precision)' +
                              (X().admin1[i] ? ', ' + X().admin1[i] : '')));
      var actors = [I.actor1[i], I.actor2[i]].filter(function (a) { return a >= 0; }).map(function (a) { return D.actors[a]; });
      if (actors.length) box.appendChild(el('p', actors.join(' vs ')));
      box.appendChild(el('p', 'Certainty: ' + D.certainties[I.certainty[i]] + ' · place precision ' + I.geo_precision[i] +
                              (I.fatalities[i] !== null ? ' · fatalities: ' + I.fatalities[i] : '')));
      box.appendChild(el('p', X().notes[i], 'evidence'));
      X().sources[i].forEach(function (s) {
        var line = el('p');
        if (s[1]) { var a = el('a', s[0]); a.href = s[1]; a.target = '_blank'; a.rel = 'noopener noreferrer'; line.appendChild(a); }
        else line.appendChild(document.createTextNode(s[0]));
        if (s[2]) line.appendChild(document.createTextNode(', ' + s[2]));
        box.appendChild(line);
      });
      return box;
    }
    function openPopup(i, options) {
      return L.popup(L.extend({maxWidth: 360, maxHeight: 320}, options)).setLatLng([I.lat[i], I.lon[i]]).setContent(popupFor(i)).openOn(map);
    }
    // A list of incidents, each opening its own pop-up.
    function listPopup(latlng, list) {
      var box = el('div', null, 'popup');
      box.appendChild(el('b', list.length + ' incidents here'));
      list.slice(0, 100).forEach(function (j) {
        var a = el('a', (I.date[j] || '?') + ' ' + X().sub_event_type[j] + ' — ' + X().location[j]);
        a.href = '#'; a.addEventListener('click', function (ev) { ev.preventDefault(); openPopup(j); });
        var p = el('p'); p.appendChild(a); box.appendChild(p);
      });
      if (list.length > 100) box.appendChild(el('p', '… and ' + (list.length - 100) + ' more'));
      L.popup({maxWidth: 360, maxHeight: 320}).setLatLng(latlng).setContent(box).openOn(map);
    }
    clusters.on('click', function (e) {
      var list = shownAt(e.layer.site);
      if (list.length === 1) openPopup(list[0]); else if (list.length) listPopup(e.layer.getLatLng(), list);
    });
    // A cluster zooms in while it can split; at the last zoom, or when all its incidents share
    // one place, it lists them instead.
    clusters.on('clusterclick', function (e) {
      var cluster = e.layer, bounds = cluster.getBounds();
      if (map.getZoom() < map.getMaxZoom() && !bounds.getNorthEast().equals(bounds.getSouthWest())) {
        cluster.zoomToBounds({padding: [20, 20]});
        return;
      }
      var list = [];
      cluster.getAllChildMarkers().forEach(function (m) { list = list.concat(shownAt(m.site)); });
      listPopup(cluster.getLatLng(), list);
    });

    // Filters.
    var state = {types: D.types.map(function () { return true; }), certainties: D.certainties.map(function () { return true; }),
                 actor: -1, step: 'all', period: 0};
    var presentTypes = new Array(D.types.length).fill(0), presentCertainties = new Array(D.certainties.length).fill(0);
    var actorCounts = new Array(D.actors.length).fill(0);
    var minDate = null, maxDate = null;
    for (i = 0; i < N; i++) {
      presentTypes[I.type[i]]++; presentCertainties[I.certainty[i]]++;
      if (I.actor1[i] >= 0) actorCounts[I.actor1[i]]++;
      if (I.actor2[i] >= 0 && I.actor2[i] !== I.actor1[i]) actorCounts[I.actor2[i]]++;
      var d = I.date[i];
      if (d !== null) { if (minDate === null || d < minDate) minDate = d; if (maxDate === null || d > maxDate) maxDate = d; }
    }
    function checkboxes(container, names, present, key, colorOf) {
      names.forEach(function (name, k) {
        if (!present[k]) return;
        var label = el('label'), box = el('input');
        box.type = 'checkbox'; box.checked = true; box.value = k;
        box.addEventListener('change', function () { state[key][k] = box.checked; apply(); });
        label.appendChild(box);
        if (colorOf) label.appendChild(swatch(colorOf(k), true));
        label.appendChild(document.createTextNode(name + ' (' + present[k] + ')'));
        container.appendChild(label);
      });
    }
    checkboxes(document.getElementById('type-filter'), D.types.map(function (t) { return t.name; }), presentTypes, 'types',
               function (k) { return colors[k]; });
    checkboxes(document.getElementById('certainty-filter'), D.certainties, presentCertainties, 'certainties');
    var actorSelect = document.getElementById('actor-filter');
    actorCounts.map(function (c, k) { return k; }).sort(function (a, b) { return actorCounts[b] - actorCounts[a] || (D.actors[a] < D.actors[b] ? -1 : 1); })
      .forEach(function (k) { var o = el('option', D.actors[k] + ' (' + actorCounts[k] + ')'); o.value = k; actorSelect.appendChild(o); });
    actorSelect.addEventListener('change', function () { state.actor = +actorSelect.value; apply(); });

    // The time slider: one position per day, ISO week or month between the first and last dates.
    function utc(text) { return Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)); }
    function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
    function periodStart(text, step) {
      if (step === 'month') return text.slice(0, 8) + '01';
      if (step === 'week') { var ms = utc(text), weekday = (new Date(ms).getUTCDay() + 6) % 7; return iso(ms - weekday * 86400000); }
      return text;
    }
    function nextPeriod(text, step) {
      if (step === 'month') { var y = +text.slice(0, 4), mo = +text.slice(5, 7); return iso(Date.UTC(mo === 12 ? y + 1 : y, mo % 12, 1)); }
      return iso(utc(text) + (step === 'week' ? 7 : 1) * 86400000);
    }
    var periods = [];
    function buildPeriods() {
      periods = [];
      if (state.step === 'all' || minDate === null) return;
      for (var p = periodStart(minDate, state.step); p <= maxDate; p = nextPeriod(p, state.step)) periods.push(p);
    }
    var slider = document.getElementById('slider'), stepSelect = document.getElementById('step');
    var timeLabel = document.getElementById('time-label'), playButton = document.getElementById('play'), timer = null;
    function setStep(step, period) {
      state.step = step; stepSelect.value = step; buildPeriods();
      state.period = Math.max(0, Math.min(period || 0, periods.length - 1));
      slider.disabled = !periods.length; slider.max = Math.max(0, periods.length - 1); slider.value = state.period;
      apply();
    }
    stepSelect.addEventListener('change', function () { stop(); setStep(stepSelect.value, 0); });
    slider.addEventListener('input', function () { state.period = +slider.value; apply(); });
    function stop() { if (timer) clearInterval(timer); timer = null; playButton.textContent = '▶ Play'; }
    playButton.addEventListener('click', function () {
      if (timer) { stop(); return; }
      if (state.step === 'all') setStep('month', 0);
      playButton.textContent = '❚❚ Pause';
      timer = setInterval(function () {
        if (state.period >= periods.length - 1) { stop(); return; }
        state.period++; slider.value = state.period; apply();
      }, 1000);
    });

    // Apply the filters: the markers, the choropleth, the counts and the table follow.
    var shown = new Uint8Array(N), counts = new Int32Array(P), deaths = new Int32Array(P), total = 0, lastFilterMs = 0;
    function apply() {
      var t0 = performance.now();
      var from = null, to = null;
      if (state.step !== 'all' && periods.length) { from = periods[state.period]; to = nextPeriod(from, state.step); }
      timeLabel.textContent = from === null ? 'all dates' : (state.step === 'day' ? from : state.step === 'week' ? 'week of ' + from : from.slice(0, 7));
      counts.fill(0); deaths.fill(0); siteCount.fill(0); siteTypes.fill(0); total = 0;
      var types = state.types, certainties = state.certainties, actor = state.actor;
      for (var i = 0; i < N; i++) {
        var d = I.date[i];
        var ok = types[I.type[i]] && certainties[I.certainty[i]] &&
                 (actor < 0 || I.actor1[i] === actor || I.actor2[i] === actor) &&
                 (from === null || (d !== null && d >= from && d < to));
        shown[i] = ok ? 1 : 0;
        if (!ok) continue;
        total++;
        var s = siteOf[i];
        siteCount[s]++; siteTypes[s * T + I.type[i]]++;
        var p = I.province[i];
        if (p >= 0) { counts[p]++; deaths[p] += I.fatalities[i] || 0; }
      }
      var changed = styleSites();
      if (walkOrder && changed.length) { sumRuns(); redrawClusterIcons(); }
      recolour();
      document.getElementById('shown').textContent = total + ' of ' + N + ' incidents shown';
      lastFilterMs = performance.now() - t0;
      scheduleTable();
    }

    // The choropleth: equal-interval classes from 1 to the largest count shown, as provinces.geojson has them.
    var legendScale = el('div');
    function classColor(count, maximum) {
      if (count <= 0 || maximum <= 0) return D.none;
      var k = Math.min(D.ramp.length, maximum), step = Math.floor((Math.min(count, maximum) * k + maximum - 1) / maximum);
      return D.ramp[k === 1 ? D.ramp.length - 1 : Math.floor((step - 1) * (D.ramp.length - 1) / (k - 1))];
    }
    function recolour() {
      var maximum = 0;
      for (var p = 0; p < P; p++) if (counts[p] > maximum) maximum = counts[p];
      for (p = 0; p < P; p++) provinceLayers[p].setStyle({fillColor: classColor(counts[p], maximum)});
      legendScale.textContent = '';
      var row = el('div'); row.appendChild(swatch(D.none)); row.appendChild(document.createTextNode('0')); legendScale.appendChild(row);
      var k = Math.min(D.ramp.length, maximum);
      for (var s = 1; s <= k; s++) {
        var low = Math.floor((s - 1) * maximum / k) + 1, high = Math.floor(s * maximum / k);
        row = el('div'); row.appendChild(swatch(classColor(high, maximum)));
        row.appendChild(document.createTextNode(low === high ? String(low) : low + '–' + high));
        legendScale.appendChild(row);
      }
    }
    var legend = L.control({position: 'bottomright'});
    legend.onAdd = function () {
      var box = el('div', null, 'legend');
      box.appendChild(el('b', 'Event type'));
      D.types.forEach(function (t, k) {
        if (!presentTypes[k]) return;
        var row = el('div'); row.appendChild(swatch(t.color, true)); row.appendChild(document.createTextNode(t.name)); box.appendChild(row);
      });
      box.appendChild(el('b', 'Incidents per province'));
      box.appendChild(legendScale);
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    legend.addTo(map);

    // The table of the incidents shown inside the map's view: searchable and sortable.
    var search = document.getElementById('search'), tbody = document.querySelector('#incident-table tbody');
    var sortKey = 'date', sortDescending = true, lowered = null;
    var keyOf = {
      date: function (i) { return I.date[i] || ''; }, type: function (i) { return X().sub_event_type[i]; },
      location: function (i) { return X().location[i]; }, admin1: function (i) { return X().admin1[i]; },
      fatalities: function (i) { return I.fatalities[i] === null ? -1 : I.fatalities[i]; },
      certainty: function (i) { return D.certainties[I.certainty[i]]; }
    };
    function searchText(i) {
      return (X().notes[i] + ' ' + X().location[i] + ' ' + X().admin1[i] + ' ' + X().sub_event_type[i] + ' ' +
              (I.actor1[i] >= 0 ? D.actors[I.actor1[i]] : '') + ' ' + (I.actor2[i] >= 0 ? D.actors[I.actor2[i]] : '')).toLowerCase();
    }
    // Each column's ascending order of all incidents, made once when first asked for: the
    // table then walks it (backwards when descending) instead of sorting on every change.
    var orders = {};
    function order(key) {
      if (!orders[key]) {
        var value = keyOf[key], all = new Array(N);
        for (var j = 0; j < N; j++) all[j] = j;
        var values = all.map(value);
        all.sort(function (a, b) { var x = values[a], y = values[b]; return x < y ? -1 : x > y ? 1 : a - b; });
        orders[key] = Int32Array.from(all);
      }
      return orders[key];
    }
    var inView = 0, tableTimer = null, listed = [];
    // The table waits for the first frame: filling it parses the report texts and sorts them.
    var tableWaits = true;
    function scheduleTable() { if (tableTimer === null && !tableWaits) tableTimer = setTimeout(refreshTable, 0); }
    function refreshTable() {
      if (tableTimer !== null) { clearTimeout(tableTimer); tableTimer = null; }
      var bounds = map.getBounds(), south = bounds.getSouth(), north = bounds.getNorth(), west = bounds.getWest(), east = bounds.getEast();
      var query = search.value.trim().toLowerCase();
      if (query && !lowered) { lowered = new Array(N); for (var j = 0; j < N; j++) lowered[j] = searchText(j); }
      var sorted = order(sortKey);
      inView = 0; listed = [];
      for (var k = 0; k < N; k++) {
        var i = sorted[sortDescending ? N - 1 - k : k];
        if (!shown[i]) continue;
        var lat = I.lat[i], lon = I.lon[i];
        if (lat < south || lat > north || lon < west || lon > east) continue;
        if (query && lowered[i].indexOf(query) < 0) continue;
        inView++;
        if (listed.length < TABLE_ROWS) listed.push(i);
      }
      tbody.textContent = '';
      listed.forEach(function (i) {
        var tr = el('tr', null, 'row');
        [I.date[i] || '', X().sub_event_type[i], X().location[i], X().admin1[i], I.fatalities[i] === null ? '' : I.fatalities[i],
         D.certainties[I.certainty[i]]].forEach(function (v) { tr.appendChild(el('td', v)); });
        tr.addEventListener('click', function () { clusters.zoomToShowLayer(siteMarkers[siteOf[i]], function () { openPopup(i); }); });
        tbody.appendChild(tr);
      });
      document.getElementById('table-note').textContent = inView + ' incidents in view' +
        (inView > TABLE_ROWS ? '; the first ' + TABLE_ROWS + ' are listed' : '');
    }
    search.addEventListener('input', scheduleTable);
    Array.prototype.forEach.call(document.querySelectorAll('#incident-table th'), function (th) {
      th.addEventListener('click', function () {
        var key = th.getAttribute('data-key');
        sortDescending = key === sortKey ? !sortDescending : false; sortKey = key; refreshTable();
      });
    });
    map.on('moveend', scheduleTable);
    map.on('zoomend', function () { map.getContainer().classList.toggle('labels-off', map.getZoom() < 5); });

    document.getElementById('credits').textContent = D.credit;

    // The first view: every incident (and every province), then the first draw.
    var south = Infinity, north = -Infinity, west = Infinity, east = -Infinity;
    for (i = 0; i < N; i++) {
      south = Math.min(south, I.lat[i]); north = Math.max(north, I.lat[i]);
      west = Math.min(west, I.lon[i]); east = Math.max(east, I.lon[i]);
    }
    var view = N ? L.latLngBounds([south, west], [north, east]) : L.latLngBounds([]);
    provinces.eachLayer(function (layer) { view.extend(layer.getBounds()); });
    phase('controls');
    if (view.isValid()) map.fitBounds(view, {padding: [10, 10], animate: false}); else map.setView([20, 0], 2);
    map.getContainer().classList.toggle('labels-off', map.getZoom() < 5);
    phase('fit');
    setStep('all', 0);
    phase('filter');
    clusters.addLayers(siteMarkers, true);
    walkClusters();
    sumRuns();
    redrawClusterIcons();
    phase('cluster');
    var api = window.incidentmap = {
      map: map, clusters: clusters, sites: siteMarkers, data: D, details: X,
      setupMs: performance.now() - started, phases: phases, firstDrawMs: null, loadToDrawMs: null,
      lastFilterMs: function () { return lastFilterMs; },
      setStep: setStep, apply: apply, openPopup: openPopup,
      setType: function (name, on) { var k = D.types.findIndex(function (t) { return t.name === name; }); state.types[k] = on; apply(); },
      setActor: function (name) { state.actor = D.actors.indexOf(name); apply(); },
      setCertainty: function (name, on) { state.certainties[D.certainties.indexOf(name)] = on; apply(); },
      periods: function () { return periods.slice(); },
      shownCount: function () { return total; },
      siteShown: function (s) { return siteCount[s]; },
      provinceCounts: function () { var r = {}; for (var p = 0; p < P; p++) r[D.provinces[p].properties.code || D.provinces[p].properties.name] = counts[p]; return r; },
      provinceColors: function () { return provinceLayers.map(function (l) { return l.options.fillColor; }); },
      // What the map draws at this zoom: clusters and site markers holding shown incidents.
      drawn: function () {
        var c = 0, single = 0;
        clusters._featureGroup.eachLayer(function (l) {
          if (l instanceof L.MarkerCluster) { if (l.shownIncidents) c++; } else if (l.options.fillOpacity > 0) single++;
        });
        return {clusters: c, markers: single};
      },
      // The incidents the visible site markers stand for, read from the markers' own state.
      markersShown: function () {
        var n = 0;
        restyleAll();
        siteMarkers.forEach(function (m, s) { if (m.options.fillOpacity > 0) n += siteCount[s]; });
        return n;
      },
      refreshTable: refreshTable,
      tableRows: function () { return inView; }
    };
    requestAnimationFrame(function () {
      api.firstDrawMs = performance.now();
      document.body.setAttribute('data-drawn-ms', api.firstDrawMs.toFixed(1));
      tableWaits = false;
      scheduleTable();
    });
    })();
    """#
}
