import GeoModel

extension LeafletPage {
    /// The head (Leaflet's CSS inlined, a policy that forbids every fetch) and the static body:
    /// the map, and a side panel with the counts, filters, time slider, table and credits.
    static func head(title: String, assets: LeafletAssets) -> String {
        let title = XMLText.escape(title)
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(title)</title>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'none'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>\(assets.leafletCSS)</style>
        <style>\(assets.clusterCSS)</style>
        <style>
        html,body{margin:0;height:100%;font:13px system-ui,sans-serif;color:#222}
        body{display:flex}
        #map{flex:1;height:100%;background:#cfe3ef}
        #side{width:400px;height:100%;overflow:auto;padding:8px 12px;box-sizing:border-box;background:#fafafa;border-left:1px solid #bbb}
        #side h2{font-size:16px;margin:4px 0}
        #side h3{font-size:13px;margin:10px 0 4px}
        #side label{margin-right:8px;white-space:nowrap}
        .swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle;border:1px solid #666}
        .dot{border-radius:6px}
        #incident-table{border-collapse:collapse;width:100%;font-size:12px}
        #incident-table th{cursor:pointer;text-align:left;background:#eee;position:sticky;top:0}
        #incident-table td,#incident-table th{padding:2px 4px;border-bottom:1px solid #ddd;vertical-align:top}
        #incident-table tr.row:hover{background:#ffe}
        #time-label{font-weight:bold}
        #slider{width:100%}
        .province-label{background:transparent;border:0;box-shadow:none;color:#333;font-weight:600;text-shadow:0 0 2px #fff,0 0 2px #fff}
        .leaflet-container.labels-off .province-label{display:none}
        .cluster{border-radius:50%;display:flex;align-items:center;justify-content:center;border:2px solid #fff;box-shadow:0 0 3px #000a}
        .cluster span{background:#fffd;border-radius:8px;padding:0 3px;font-weight:bold;font-size:11px}
        .legend{background:#fffe;padding:6px 8px;border-radius:4px;box-shadow:0 1px 4px #0006;line-height:1.5}
        .legend div{white-space:nowrap}
        .popup p{margin:4px 0}
        .popup .evidence{font-style:italic}
        #credits{color:#555;font-size:11px;margin-top:12px}
        </style></head><body>
        <div id="map"></div>
        <div id="side">
        <h2>\(title)</h2>
        <p id="shown"></p>
        <h3>Event type</h3><div id="type-filter"></div>
        <h3>Certainty</h3><div id="certainty-filter"></div>
        <h3>Actor</h3><select id="actor-filter"><option value="-1">All actors</option></select>
        <h3>Time</h3>
        <label>Step <select id="step"><option value="all">All dates</option><option value="day">Day</option><option value="week">Week</option><option value="month">Month</option></select></label>
        <button id="play" type="button">▶ Play</button> <span id="time-label"></span>
        <input id="slider" type="range" min="0" max="0" value="0" disabled>
        <h3>Incidents in view</h3>
        <input id="search" type="search" placeholder="Search the incidents in view" style="width:100%">
        <p id="table-note"></p>
        <table id="incident-table"><thead><tr><th data-key="date">Date</th><th data-key="type">Type</th><th data-key="location">Place</th><th data-key="admin1">Province</th><th data-key="fatalities">Fatalities</th><th data-key="certainty">Certainty</th></tr></thead><tbody></tbody></table>
        <p id="credits"></p>
        </div>

        """
    }
}
