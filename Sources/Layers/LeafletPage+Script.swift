extension LeafletPage {
    /// The page's script. It reads the data only through `JSON.parse` and writes report text
    /// only through `textContent` (pop-ups and labels are DOM nodes, never HTML strings).
    /// `window.incidentmap` exposes the map and the filters to the CI check and the benchmark.
    static let script = #"""
    (function () {
    'use strict';
    var started = performance.now();
    var D = JSON.parse(document.getElementById('map-data').textContent);
    var I = D.incidents, N = I.lat.length, P = D.provinces.length;
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
        layer.bindTooltip(el('span', feature.properties.name), {permanent: true, direction: 'center', className: 'province-label'});
        layer.on('click', function (e) {
          var box = el('div', null, 'popup');
          box.appendChild(el('b', feature.properties.name));
          box.appendChild(el('p', counts[index] + ' incidents shown, ' + deaths[index] + ' fatalities'));
          L.popup().setLatLng(e.latlng).setContent(box).openOn(map);
        });
      }
    }).addTo(map);

    // One circle per incident, coloured by event type, in a cluster group whose icons show
    // the mix of types as a pie.
    var colors = D.types.map(function (t) { return t.color; });
    var markers = new Array(N);
    for (var i = 0; i < N; i++) {
      var m = L.circleMarker([I.lat[i], I.lon[i]], {renderer: renderer, radius: 6, color: '#222', weight: 1,
                                                    fillColor: colors[I.type[i]], fillOpacity: 0.9});
      m.incident = i;
      markers[i] = m;
    }
    var clusters = L.markerClusterGroup({
      animate: false, chunkedLoading: false, showCoverageOnHover: false, spiderfyOnMaxZoom: false,
      removeOutsideVisibleBounds: true, maxClusterRadius: 50, zoomToBoundsOnClick: false,
      iconCreateFunction: function (cluster) {
        var children = cluster.getAllChildMarkers(), byType = new Array(colors.length).fill(0);
        for (var k = 0; k < children.length; k++) byType[I.type[children[k].incident]]++;
        var stops = [], from = 0;
        for (var t = 0; t < byType.length; t++) {
          if (!byType[t]) continue;
          var to = from + 100 * byType[t] / children.length;
          stops.push(colors[t] + ' ' + from.toFixed(1) + '% ' + to.toFixed(1) + '%');
          from = to;
        }
        var size = Math.round(26 + 8 * Math.log10(children.length));
        return L.divIcon({
          html: '<div class="cluster" style="width:' + size + 'px;height:' + size + 'px;background:conic-gradient(' +
                stops.join(',') + ')"><span>' + children.length + '</span></div>',
          className: 'cluster-icon', iconSize: L.point(size, size)
        });
      }
    });
    map.addLayer(clusters);

    // Pop-ups: evidence, source title and link, date, precision and certainty.
    function popupFor(i) {
      var box = el('div', null, 'popup');
      box.appendChild(el('b', I.sub_event_type[i] + ' — ' + I.location[i]));
      box.appendChild(el('p', (I.date[i] || 'date unknown') + ' (' + D.precisions[I.time_precision[i]] + ' precision)' +
                              (I.admin1[i] ? ', ' + I.admin1[i] : '')));
      var actors = [I.actor1[i], I.actor2[i]].filter(function (a) { return a >= 0; }).map(function (a) { return D.actors[a]; });
      if (actors.length) box.appendChild(el('p', actors.join(' vs ')));
      box.appendChild(el('p', 'Certainty: ' + D.certainties[I.certainty[i]] + ' · place precision ' + I.geo_precision[i] +
                              (I.fatalities[i] !== null ? ' · fatalities: ' + I.fatalities[i] : '')));
      box.appendChild(el('p', I.notes[i], 'evidence'));
      I.sources[i].forEach(function (s) {
        var line = el('p');
        if (s[1]) { var a = el('a', s[0]); a.href = s[1]; a.target = '_blank'; a.rel = 'noopener noreferrer'; line.appendChild(a); }
        else line.appendChild(document.createTextNode(s[0]));
        if (s[2]) line.appendChild(document.createTextNode(', ' + s[2]));
        box.appendChild(line);
      });
      return box;
    }
    function openPopup(i) {
      return L.popup({maxWidth: 360, maxHeight: 320}).setLatLng(markers[i].getLatLng()).setContent(popupFor(i)).openOn(map);
    }
    clusters.on('click', function (e) { openPopup(e.layer.incident); });
    // A cluster zooms in while it can split; at the last zoom, or when all its incidents share
    // one place, it lists them instead.
    clusters.on('clusterclick', function (e) {
      var cluster = e.layer, bounds = cluster.getBounds();
      if (map.getZoom() < map.getMaxZoom() && !bounds.getNorthEast().equals(bounds.getSouthWest())) {
        cluster.zoomToBounds({padding: [20, 20]});
        return;
      }
      var box = el('div', null, 'popup'), children = cluster.getAllChildMarkers();
      box.appendChild(el('b', children.length + ' incidents here'));
      children.slice(0, 100).forEach(function (m) {
        var j = m.incident, a = el('a', (I.date[j] || '?') + ' ' + I.sub_event_type[j]);
        a.href = '#'; a.addEventListener('click', function (ev) { ev.preventDefault(); openPopup(j); });
        var p = el('p'); p.appendChild(a); box.appendChild(p);
      });
      if (children.length > 100) box.appendChild(el('p', '… and ' + (children.length - 100) + ' more'));
      L.popup({maxWidth: 360, maxHeight: 320}).setLatLng(cluster.getLatLng()).setContent(box).openOn(map);
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
      counts.fill(0); deaths.fill(0); total = 0;
      var add = [], remove = [], types = state.types, certainties = state.certainties, actor = state.actor;
      for (var i = 0; i < N; i++) {
        var d = I.date[i];
        var ok = types[I.type[i]] && certainties[I.certainty[i]] &&
                 (actor < 0 || I.actor1[i] === actor || I.actor2[i] === actor) &&
                 (from === null || (d !== null && d >= from && d < to));
        if (ok) {
          total++;
          var p = I.province[i];
          if (p >= 0) { counts[p]++; deaths[p] += I.fatalities[i] || 0; }
        }
        if (ok !== !!shown[i]) { (ok ? add : remove).push(markers[i]); shown[i] = ok ? 1 : 0; }
      }
      if (remove.length) clusters.removeLayers(remove);
      if (add.length) clusters.addLayers(add);
      recolour();
      document.getElementById('shown').textContent = total + ' of ' + N + ' incidents shown';
      lastFilterMs = performance.now() - t0;
      refreshTable();
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
      date: function (i) { return I.date[i] || ''; }, type: function (i) { return I.sub_event_type[i]; },
      location: function (i) { return I.location[i]; }, admin1: function (i) { return I.admin1[i]; },
      fatalities: function (i) { return I.fatalities[i] === null ? -1 : I.fatalities[i]; },
      certainty: function (i) { return D.certainties[I.certainty[i]]; }
    };
    function searchText(i) {
      return (I.notes[i] + ' ' + I.location[i] + ' ' + I.admin1[i] + ' ' + I.sub_event_type[i] + ' ' +
              (I.actor1[i] >= 0 ? D.actors[I.actor1[i]] : '') + ' ' + (I.actor2[i] >= 0 ? D.actors[I.actor2[i]] : '')).toLowerCase();
    }
    var inView = [];
    function refreshTable() {
      var bounds = map.getBounds(), south = bounds.getSouth(), north = bounds.getNorth(), west = bounds.getWest(), east = bounds.getEast();
      var query = search.value.trim().toLowerCase();
      if (query && !lowered) { lowered = new Array(N); for (var j = 0; j < N; j++) lowered[j] = searchText(j); }
      inView = [];
      for (var i = 0; i < N; i++) {
        if (!shown[i]) continue;
        var lat = I.lat[i], lon = I.lon[i];
        if (lat < south || lat > north || lon < west || lon > east) continue;
        if (query && lowered[i].indexOf(query) < 0) continue;
        inView.push(i);
      }
      var key = keyOf[sortKey], sign = sortDescending ? -1 : 1;
      inView.sort(function (a, b) { var x = key(a), y = key(b); return x < y ? -sign : x > y ? sign : a - b; });
      tbody.textContent = '';
      inView.slice(0, TABLE_ROWS).forEach(function (i) {
        var tr = el('tr', null, 'row');
        [I.date[i] || '', I.sub_event_type[i], I.location[i], I.admin1[i], I.fatalities[i] === null ? '' : I.fatalities[i],
         D.certainties[I.certainty[i]]].forEach(function (v) { tr.appendChild(el('td', v)); });
        tr.addEventListener('click', function () { clusters.zoomToShowLayer(markers[i], function () { openPopup(i); }); });
        tbody.appendChild(tr);
      });
      document.getElementById('table-note').textContent = inView.length + ' incidents in view' +
        (inView.length > TABLE_ROWS ? '; the first ' + TABLE_ROWS + ' are listed' : '');
    }
    search.addEventListener('input', refreshTable);
    Array.prototype.forEach.call(document.querySelectorAll('#incident-table th'), function (th) {
      th.addEventListener('click', function () {
        var key = th.getAttribute('data-key');
        sortDescending = key === sortKey ? !sortDescending : false; sortKey = key; refreshTable();
      });
    });
    map.on('moveend', refreshTable);
    map.on('zoomend', function () { map.getContainer().classList.toggle('labels-off', map.getZoom() < 5); });

    document.getElementById('credits').textContent = D.credit;

    // The first view: every incident (and every province), then the first draw.
    var view = L.latLngBounds([]);
    for (i = 0; i < N; i++) view.extend([I.lat[i], I.lon[i]]);
    provinces.eachLayer(function (layer) { view.extend(layer.getBounds()); });
    if (view.isValid()) map.fitBounds(view, {padding: [10, 10], animate: false}); else map.setView([20, 0], 2);
    map.getContainer().classList.toggle('labels-off', map.getZoom() < 5);
    setStep('all', 0);
    var api = window.incidentmap = {
      map: map, clusters: clusters, markers: markers, data: D,
      setupMs: performance.now() - started, firstDrawMs: null, loadToDrawMs: null,
      lastFilterMs: function () { return lastFilterMs; },
      setStep: setStep, apply: apply, openPopup: openPopup,
      setType: function (name, on) { var k = D.types.findIndex(function (t) { return t.name === name; }); state.types[k] = on; apply(); },
      setActor: function (name) { state.actor = D.actors.indexOf(name); apply(); },
      setCertainty: function (name, on) { state.certainties[D.certainties.indexOf(name)] = on; apply(); },
      periods: function () { return periods.slice(); },
      shownCount: function () { return total; },
      provinceCounts: function () { var r = {}; for (var p = 0; p < P; p++) r[D.provinces[p].properties.code || D.provinces[p].properties.name] = counts[p]; return r; },
      provinceColors: function () { return provinceLayers.map(function (l) { return l.options.fillColor; }); },
      // What the map draws at this zoom: clusters and single markers.
      drawn: function () {
        var c = 0, single = 0;
        clusters._featureGroup.eachLayer(function (l) { if (l instanceof L.MarkerCluster) c++; else single++; });
        return {clusters: c, markers: single};
      },
      tableRows: function () { return inView.length; }
    };
    requestAnimationFrame(function () {
      api.firstDrawMs = performance.now();
      document.body.setAttribute('data-drawn-ms', api.firstDrawMs.toFixed(1));
    });
    })();
    """#
}
