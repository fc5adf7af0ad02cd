#!/usr/bin/env python3
"""Drives DIR/map.html in headless Chromium with networking off, from a script appended to a
copy of the page (DIR/map-test.html) that calls the page's `window.incidentmap` and writes what
it saw into the DOM, which `--dump-dom` returns.

  check: the page draws; zooming in splits a cluster; the type filter and the time slider change
         the markers shown and the choropleth's counts to the values DIR/incidents.geojson and
         DIR/provinces.geojson give, and every cluster's icon counts the shown incidents under it; report text that holds markup stays text; nothing is
         fetched over the network (Chromium's net log).
  bench: the page's size, the time from navigation to the end of the first draw's setup, and
         the time of each filter change (the type filter off and on, the time slider).

Usage: map-page-check.py check|bench DIR [--screenshot PNG] [--expect-hostile]
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HARNESS = r"""
<script>
(function () {
  var r = {}, api = window.incidentmap;
  function now() { return performance.now(); }
  // Clusters on screen whose icon's count differs from the shown incidents of the sites under them.
  function clusterErrors() {
    var bad = 0, checked = 0;
    if (!api.siteShown) return null;
    api.clusters._featureGroup.eachLayer(function (l) {
      if (!(l instanceof L.MarkerCluster)) return;
      var want = 0;
      l.getAllChildMarkers().forEach(function (m) { want += api.siteShown(m.site); });
      checked++;
      if (want !== (l.shownIncidents || 0)) bad++;
    });
    return {bad: bad, checked: checked};
  }
  // Single markers on screen drawn shown when none of their incidents is, or hidden when some
  // are; read before anything asks the page to restyle its markers, and again three zooms closer,
  // where markers come out of their clusters.
  function singleErrors() {
    if (!api.siteShown) return null;
    var bad = 0, checked = 0;
    function count() {
      api.clusters._featureGroup.eachLayer(function (l) {
        if (l instanceof L.MarkerCluster) return;
        checked++;
        if ((l.options.fillOpacity > 0) !== (api.siteShown(l.site) > 0)) bad++;
      });
    }
    count();
    var centre = api.map.getCenter(), zoom = api.map.getZoom();
    api.map.setView(api.clusters.getBounds().getCenter(), Math.min(api.map.getMaxZoom(), zoom + 3), {animate: false});
    count();
    api.map.setView(centre, zoom, {animate: false});
    return {bad: bad, checked: checked};
  }
  try {
    if (!api) throw new Error('the page script did not run');
    document.body.offsetHeight;
    r.readyMs = now();
    r.setupMs = api.setupMs;
    r.phases = api.phases || null;
    r.total = api.shownCount();
    r.markersInGroup = api.markersShown();
    r.drawn = api.drawn();
    r.provinceCount = Object.keys(api.provinceCounts()).length;
    // Zoom: the biggest cluster whose incidents are not all at one spot, then two levels closer.
    var best = null;
    api.clusters._featureGroup.eachLayer(function (l) {
      if (!(l instanceof L.MarkerCluster)) return;
      var b = l.getBounds();
      if (b.getNorthEast().equals(b.getSouthWest())) return;
      if (!best || l.getChildCount() > best.getChildCount()) best = l;
    });
    if (best) {
      var members = new Set(best.getAllChildMarkers());
      r.zoomFrom = api.map.getZoom(); r.clusterSize = best.getChildCount();
      api.map.setView(best.getLatLng(), Math.min(api.map.getMaxZoom(), api.map.getZoom() + 2), {animate: false});
      var parts = 0;
      api.clusters._featureGroup.eachLayer(function (l) {
        var children = l instanceof L.MarkerCluster ? l.getAllChildMarkers() : [l];
        if (children.some(function (m) { return members.has(m); })) parts++;
      });
      r.zoomTo = api.map.getZoom(); r.clusterParts = parts;
      api.map.fitBounds(api.clusters.getBounds(), {animate: false});
    }
    // The table of the incidents in view: the first refresh parses the report texts and
    // sorts by date, later ones walk that order.
    var tt = now(); api.refreshTable(); r.tableFirstMs = now() - tt;
    tt = now(); api.refreshTable(); r.tableMs = now() - tt;
    // The type filter: the first type present, off then on again.
    var types = api.data.types.map(function (t) { return t.name; });
    var present = types.filter(function (t, k) { return api.data.incidents.type.indexOf(k) >= 0; });
    r.filterMs = [];
    if (present.length) {
      var t0 = now(); api.setType(present[0], false); r.filterMs.push(now() - t0);
      r.typeOff = {type: present[0], singles: singleErrors(), shown: api.shownCount(), markers: api.markersShown(), provinces: api.provinceCounts(),
                   clusters: clusterErrors()};
      t0 = now(); api.setType(present[0], true); r.filterMs.push(now() - t0);
      for (var k = 1; k < present.length && k < 4; k++) {
        t0 = now(); api.setType(present[k], false); r.filterMs.push(now() - t0);
        t0 = now(); api.setType(present[k], true); r.filterMs.push(now() - t0);
      }
    }
    // The time slider: by month, the first month with incidents, then the next.
    api.setStep('month', 0);
    var months = api.periods();
    r.months = months.length;
    r.month = {period: months[0], shown: api.shownCount(), markers: api.markersShown(), provinces: api.provinceCounts(),
               clusters: clusterErrors()};
    if (months.length > 1) { var t1 = now(); api.setStep('month', 1); r.filterMs.push(now() - t1); }
    t1 = now(); api.setStep('all', 0); r.filterMs.push(now() - t1);
    r.after = api.shownCount();
    // The pop-ups of the first POPUPS incidents and of every one whose text holds markup: none
    // may hold an element made from report text.
    var n = api.data.incidents.lat.length, injected = 0, opened = 0, notes = api.details().notes;
    for (var i = 0; i < n; i++) {
      if (i >= POPUPS && notes[i].indexOf('<') < 0) continue;
      var popup = api.openPopup(i, {autoPan: false}), element = popup.getElement();
      opened++;
      if (element && element.querySelector('script, img, iframe, [onerror], [onload]')) injected++;
    }
    r.popups = opened;
    r.injected = injected + document.querySelectorAll('#side script, #side img, .leaflet-tooltip img, .leaflet-tooltip script').length;
    r.hostileNotes = api.details().notes.filter(function (t) { return t.indexOf('<script') >= 0; }).length;
    r.pwned = window.pwned || null;
    r.tableRows = api.tableRows();
  } catch (e) { r.error = String(e) + ' ' + (e.stack || ''); }
  var pre = document.createElement('pre'); pre.id = 'map-test'; pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
})();
</script>
"""


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("map-page-check: no chromium (apt-get install chromium)")


def run_page(folder, screenshot=None, popups=500):
    page = open(os.path.join(folder, "map.html"), encoding="utf-8").read()
    cut = page.rindex("</body>")
    test_page = os.path.join(folder, "map-test.html")
    with open(test_page, "w", encoding="utf-8") as f:
        f.write(page[:cut] + HARNESS.replace("POPUPS", str(popups)) + page[cut:])
    profile = tempfile.mkdtemp()
    try:
        flags = ["--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                 "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
                 f"--log-net-log={profile}/net.json", "--window-size=1300,760"]
        started = time.monotonic()
        dom = subprocess.run([chromium(), *flags, "--dump-dom", "file://" + os.path.abspath(test_page)],
                             capture_output=True, text=True, timeout=300).stdout
        wall = time.monotonic() - started
        if screenshot:
            subprocess.run([chromium(), *[f for f in flags if not f.startswith("--log-net-log")], "--virtual-time-budget=5000",
                            f"--screenshot={screenshot}", "file://" + os.path.abspath(os.path.join(folder, "map.html"))],
                           capture_output=True, timeout=300)
        requested = []
        try:
            log = json.load(open(f"{profile}/net.json", encoding="utf-8", errors="replace"))
            start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
            requested = sorted({e["params"]["url"] for e in log["events"]
                                if e["type"] == start_job and "url" in e.get("params", {})
                                and e["params"].get("initiator") != "not an origin" and not e["params"]["url"].startswith("file:")})
        except (OSError, ValueError, KeyError):
            pass
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        os.remove(test_page)
    match = re.search(r'<pre id="map-test">(.*?)</pre>', dom, re.S)
    if not match:
        sys.exit(f"FAIL map-page {folder}: the test script wrote nothing (page did not load?)")
    text = match.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    return json.loads(text), requested, wall


def expected(folder):
    incidents = [f["properties"] for f in json.load(open(os.path.join(folder, "incidents.geojson")))["features"]]
    provinces = [f["properties"] for f in json.load(open(os.path.join(folder, "provinces.geojson")))["features"]]
    return incidents, provinces


def span_start(incident):
    """The date the page files an incident under: the first day of its ISO week or month for
    time_precision 2 or 3, as the CSV writes it."""
    text = incident.get("event_date")
    if not text:
        return ""
    day = datetime.date.fromisoformat(text)
    if incident.get("time_precision") == 2:
        day -= datetime.timedelta(days=day.weekday())
    elif incident.get("time_precision") == 3:
        day = day.replace(day=1)
    return day.isoformat()


def counts(incidents, provinces, keep):
    """Incidents per province (keyed by code, or name when there is none) among those `keep` accepts."""
    out = {}
    for p in provinces:
        key = p["admin1_code"] or p["name"]
        out[key] = sum(1 for i in incidents if keep(i) and
                       (i.get("admin1_code") == p["admin1_code"] if p["admin1_code"] else i.get("admin1") == p["name"]))
    return out


def cluster_failures(step, clusters):
    """A failure when a cluster icon on screen miscounts, or when the page could not be asked."""
    if clusters is None:
        return [f"{step}: the page has no siteShown() to check its cluster icons against"]
    if clusters["bad"]:
        return [f"{step}: {clusters['bad']} of {clusters['checked']} cluster icons miscount the shown incidents under them"]
    return []


def check(folder, screenshot):
    r, requested, _ = run_page(folder, screenshot)
    incidents, provinces = expected(folder)
    failures = []
    if r.get("error"):
        failures.append("page error: " + r["error"][:300])
    else:
        n = len(incidents)
        if r["total"] != n or r["markersInGroup"] != n:
            failures.append(f"{r['total']} shown and {r['markersInGroup']} markers, incidents.geojson has {n}")
        if r["drawn"]["clusters"] + r["drawn"]["markers"] == 0 and n:
            failures.append("nothing drawn")
        if r["provinceCount"] != len(provinces):
            failures.append(f"{r['provinceCount']} provinces in the page, provinces.geojson has {len(provinces)}")
        if "clusterParts" in r and r["clusterParts"] < 2:
            failures.append(f"zooming from {r['zoomFrom']} to {r['zoomTo']} left the cluster of {r['clusterSize']} whole")
        if "typeOff" in r:
            t = r["typeOff"]["type"]
            want = sum(1 for i in incidents if i["event_type"] != t)
            if r["typeOff"]["shown"] != want or r["typeOff"]["markers"] != want:
                failures.append(f"type filter off '{t}': {r['typeOff']['shown']} shown, {r['typeOff']['markers']} markers, expected {want}")
            want_p = counts(incidents, provinces, lambda i: i["event_type"] != t)
            if r["typeOff"]["provinces"] != want_p:
                failures.append(f"type filter: province counts {r['typeOff']['provinces']} != {want_p}")
            failures += cluster_failures("type filter", r["typeOff"]["clusters"])
            singles = r["typeOff"]["singles"]
            if singles is None or singles["bad"]:
                failures.append(f"type filter: single markers drawn against their shown incidents: {singles}")
        dated = sorted(span_start(i) for i in incidents if i.get("event_date"))
        if dated:
            month = dated[0][:7]
            want = sum(1 for i in incidents if span_start(i).startswith(month))
            if r["month"]["period"] != month + "-01" or r["month"]["shown"] != want or r["month"]["markers"] != want:
                failures.append(f"time slider {r['month']['period']}: {r['month']['shown']} shown, {r['month']['markers']} markers, expected {want} in {month}")
            want_p = counts(incidents, provinces, lambda i: span_start(i).startswith(month))
            if r["month"]["provinces"] != want_p:
                failures.append(f"time slider: province counts {r['month']['provinces']} != {want_p}")
            failures += cluster_failures("time slider", r["month"]["clusters"])
        if r["after"] != n:
            failures.append(f"after the filters were reset {r['after']} shown, expected {n}")
        if "--expect-hostile" in sys.argv and not r["hostileNotes"]:
            failures.append("no incident's evidence holds '<script': the hostile report was not mapped")
        if r["injected"] or r["pwned"]:
            failures.append(f"report markup became elements ({r['injected']}) or ran (window.pwned={r['pwned']})")
    if requested:
        failures.append(f"network requests: {requested[:5]}")
    if failures:
        print(f"FAIL map-page {folder}: " + "; ".join(failures))
        sys.exit(1)
    zoom = (f"zoom {r['zoomFrom']}→{r['zoomTo']} split a cluster of {r['clusterSize']} sites into {r['clusterParts']}"
            if "clusterParts" in r else "no cluster to split")
    print(f"ok: chromium drew {folder}/map.html offline: {r['total']} incidents, {r['drawn']['clusters']} clusters and "
          f"{r['drawn']['markers']} single markers; {zoom}; type filter and month slider counts as expected; "
          f"{r['popups']} pop-ups, {r['hostileNotes']} with '<script' in the evidence, none ran")


def bench(folder, screenshot):
    size = os.path.getsize(os.path.join(folder, "map.html"))
    r, requested, wall = run_page(folder, screenshot, popups=0)
    if r.get("error"):
        sys.exit("bench-map: page error: " + r["error"][:300])
    ms = r["filterMs"]
    print(f"map.html: {size / 1e6:.1f} MB, {r['total']} incidents")
    print(f"  navigation to first draw (end of setup and layout): {r['readyMs']:.0f} ms (the page's own setup {r['setupMs']:.0f} ms)")
    if r.get("phases"):
        print("  the page's setup by step (ms): " + ", ".join(f"{k} {v}" for k, v in r["phases"].items()))
    print(f"  filter changes ({len(ms)}: type off/on, month slider, all dates): mean {sum(ms) / len(ms):.0f} ms, max {max(ms):.0f} ms "
          f"[{', '.join(f'{x:.0f}' for x in ms)}]")
    print(f"  table of the incidents in view (after each change, deferred past the response): first {r['tableFirstMs']:.0f} ms "
          f"(parses the report texts, sorts by date), then {r['tableMs']:.0f} ms")
    print(f"  chromium wall time for the whole run: {wall:.1f} s; network requests: {len(requested)}")


if __name__ == "__main__":
    mode, folder = sys.argv[1], sys.argv[2]
    shot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
    (check if mode == "check" else bench)(folder, shot)
