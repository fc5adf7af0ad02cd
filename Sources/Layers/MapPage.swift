import Foundation
import GeoEngine
import GeoModel

/// Writes `map.html`: one self-contained page that works offline and requests nothing.
///
/// Provinces are SVG paths and incidents SVG circles, both projected to Web Mercator through
/// PROJ here, in the tool, not in the page. A small inline script adds hover and click
/// pop-ups with the evidence and source link, and the date-range and type filters. Every
/// text from a report is HTML-escaped in the markup, and `<`, `>` and `&` are escaped in the
/// inline JSON, so a report holding `<script>` stays text.
public enum MapPage {
    static let width = 900.0
    static let height = 700.0

    /// - Throws: `GeoEngineError.proj` when a position cannot be projected.
    public static func write(incidents: [Incident], provinces: ProvinceLayer, title: String = "incidentmap",
                             to out: OutputBuffer) throws {
        let projection = try Projection(to: "EPSG:3857")
        var projected: [(x: Double, y: Double)] = []
        for entry in provinces.entries { for c in entry.region.geometry.coordinates { projected.append(try projection.project(c)) } }
        let incidentPoints = try incidents.map { try projection.project($0.coordinate) }
        // The provinces set the view; incidents far outside them (a mis-geocoded place) would
        // otherwise shrink the provinces to a dot. Those are still drawn, clipped by the view,
        // and counted in the sidebar.
        let frame = Frame(points: projected.isEmpty ? incidentPoints : projected, width: width, height: height)
        let outside = incidentPoints.filter { !frame.shows(frame.place($0)) }.count

        out.write(head(title: title))
        out.write("<svg id=\"map\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">\n<g id=\"provinces\">\n")
        for entry in provinces.entries {
            var d = ""
            for polygon in entry.region.geometry.polygons {
                for ring in [polygon.exterior] + polygon.holes {
                    let points = try ring.map { try frame.place(projection.project($0)) }
                    d += "M" + points.map { "\(svgNumber($0.x)),\(svgNumber($0.y))" }.joined(separator: "L") + "Z"
                }
            }
            let label = "\(entry.region.name): \(entry.incidents) incidents, \(entry.fatalities) fatalities"
            out.write("<path class=\"province\" fill-rule=\"evenodd\" d=\"\(d)\" fill=\"\(provinces.fill(for: entry.incidents))\"><title>\(XMLText.escape(label))</title></path>\n")
        }
        out.write("</g>\n<g id=\"incidents\">\n")
        for (i, incident) in incidents.enumerated() {
            let p = frame.place(incidentPoints[i])
            out.write("<circle class=\"incident\" data-i=\"\(i)\" data-date=\"\(incident.eventDate?.description ?? "")\" data-type=\"\(XMLText.escape(incident.eventType.rawValue))\" cx=\"\(svgNumber(p.x))\" cy=\"\(svgNumber(p.y))\" r=\"\(Severity(fatalities: incident.fatalities).radius)\" fill=\"\(EventStyle.color(for: incident.eventType))\"><title>")
            out.write(xmlText: EventStyle.title(of: incident))
            out.write(literal: "</title></circle>\n")
        }
        out.write("</g>\n</svg>\n")
        writeSidebar(incidents: incidents, outside: outside, provinces: provinces, title: title, to: out)
        out.write(literal: "<div id=\"popup\" role=\"dialog\"></div>\n<script id=\"incident-data\" type=\"application/json\">")
        writePopupData(incidents, to: out)
        out.write(literal: "</script>\n")
        out.write(script)
        out.write(literal: "</body></html>\n")
        try out.flush()
    }

    /// The pop-up contents, one JSON object per incident in marker order, escaped for a script element.
    static func writePopupData(_ incidents: [Incident], to out: OutputBuffer) {
        out.write(byte: UInt8(ascii: "["))
        for (i, incident) in incidents.enumerated() {
            if i > 0 { out.write(literal: ",\n") }
            out.write(literal: "{\"title\":")
            out.write(jsonString: EventStyle.title(of: incident), forHTML: true)
            out.write(literal: ",\"notes\":")
            out.write(jsonString: incident.notes, forHTML: true)
            out.write(literal: ",\"fatalities\":")
            if let f = incident.fatalities { out.write(integer: f) } else { out.write(literal: "null") }
            out.write(literal: ",\"actors\":")
            out.write(jsonString: [incident.actor1, incident.actor2].compactMap { $0 }.joined(separator: " vs "), forHTML: true)
            out.write(literal: ",\"sources\":[")
            for (j, source) in incident.sources.enumerated() {
                if j > 0 { out.write(byte: UInt8(ascii: ",")) }
                out.write(literal: "{\"title\":")
                out.write(jsonString: source.title ?? source.docID, forHTML: true)
                out.write(literal: ",\"url\":")
                out.write(jsonString: EventStyle.webLink(source.url) ?? "", forHTML: true)
                out.write(literal: ",\"date\":")
                out.write(jsonString: source.published?.description ?? "", forHTML: true)
                out.write(byte: UInt8(ascii: "}"))
            }
            out.write(literal: "]}")
        }
        out.write(byte: UInt8(ascii: "]"))
    }

    static func writeSidebar(incidents: [Incident], outside: Int, provinces: ProvinceLayer, title: String, to out: OutputBuffer) {
        let days = incidents.compactMap(\.eventDate).sorted()
        let types = EventType.allCases.filter { type in incidents.contains { $0.eventType == type } }
        var html = "<div id=\"side\"><h2>\(XMLText.escape(title))</h2>\n"
        html += "<label>From <input type=\"date\" id=\"from\" value=\"\(days.first?.description ?? "")\"></label>\n"
        html += "<label>To <input type=\"date\" id=\"to\" value=\"\(days.last?.description ?? "")\"></label>\n"
        html += "<label>Type <select id=\"type\"><option value=\"\">All</option>"
        html += types.map { "<option>\(XMLText.escape($0.rawValue))</option>" }.joined()
        html += "</select></label>\n<p id=\"shown\">\(incidents.count) of \(incidents.count) incidents shown</p>\n"
        if outside > 0 { html += "<p id=\"outside\">\(outside) of them lie outside the provinces in view.</p>\n" }
        html += "<h3>Event types</h3><ul class=\"legend\">"
        html += types.map { "<li><span class=\"swatch dot\" style=\"background:\(EventStyle.color(for: $0))\"></span>\(XMLText.escape($0.rawValue))</li>" }.joined()
        html += "</ul>\n<h3>Incidents per province</h3><ul class=\"legend\">"
        html += provinces.legend.map { "<li><span class=\"swatch\" style=\"background:\($0.fill)\"></span>\($0.label)</li>" }.joined()
        html += "</ul>\n<table><tr><th>Province</th><th>Incidents</th><th>Fatalities</th></tr>\n"
        for entry in provinces.entries.sorted(by: { ($0.incidents, $1.region.name) > ($1.incidents, $0.region.name) }) {
            html += "<tr><td>\(XMLText.escape(entry.region.name))</td><td>\(entry.incidents)</td><td>\(entry.fatalities)</td></tr>\n"
        }
        html += "</table></div>\n"
        out.write(html)
    }

    /// A coordinate in the SVG viewport, with one decimal.
    static func svgNumber(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// Fits projected points into the SVG viewport, keeping the aspect ratio; y grows downward.
    struct Frame {
        var minX = 0.0, maxX = 1.0, minY = 0.0, maxY = 1.0, scale = 1.0, offsetX = 0.0, offsetY = 0.0

        init(points: [(x: Double, y: Double)], width: Double, height: Double) {
            guard let first = points.first else { return }
            (minX, maxX, minY, maxY) = (first.x, first.x, first.y, first.y)
            for p in points { minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y) }
            let margin = 20.0
            let spanX = max(maxX - minX, 1), spanY = max(maxY - minY, 1)
            scale = min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
            offsetX = margin + ((width - 2 * margin) - spanX * scale) / 2
            offsetY = margin + ((height - 2 * margin) - spanY * scale) / 2
        }

        func place(_ p: (x: Double, y: Double)) -> (x: Double, y: Double) {
            (offsetX + (p.x - minX) * scale, offsetY + (maxY - p.y) * scale)
        }

        /// True when a placed point falls inside the viewport.
        func shows(_ p: (x: Double, y: Double)) -> Bool {
            p.x >= 0 && p.x <= MapPage.width && p.y >= 0 && p.y <= MapPage.height
        }
    }

    static func head(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(XMLText.escape(title))</title>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>
        body{font:14px system-ui,sans-serif;margin:0;display:flex;flex-wrap:wrap;align-items:flex-start;gap:16px;padding:12px;background:#fafafa;color:#222}
        svg{background:#dfeef7;border:1px solid #999;max-width:100%;height:auto}
        .province{stroke:#555;stroke-width:.8}
        .incident{stroke:#222;stroke-width:.8;cursor:pointer;opacity:.9}
        .incident:hover{stroke-width:2}
        #side{min-width:260px;max-width:360px}
        label{display:block;margin:4px 0}
        table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}
        .swatch{display:inline-block;width:14px;height:14px;margin-right:6px;vertical-align:middle;border:1px solid #888}
        .dot{border-radius:7px}
        ul.legend{list-style:none;padding:0;margin:4px 0}
        #popup{position:fixed;display:none;max-width:360px;background:#fff;border:1px solid #888;padding:8px;box-shadow:0 2px 8px #0004}
        #popup p{margin:4px 0}
        </style></head><body>

        """
    }

    static let script = """
        <script>
        (function(){
          var data = JSON.parse(document.getElementById('incident-data').textContent);
          var popup = document.getElementById('popup');
          var markers = Array.prototype.slice.call(document.querySelectorAll('circle.incident'));
          function line(text, tag){ var e = document.createElement(tag || 'p'); e.textContent = text; popup.appendChild(e); return e; }
          function show(i, evt, pin){
            var p = data[i];
            popup.textContent = '';
            line(p.title, 'b');
            line(p.notes);
            var facts = [];
            if (p.actors) facts.push(p.actors);
            if (p.fatalities !== null) facts.push('fatalities: ' + p.fatalities);
            if (facts.length) line(facts.join(' · '));
            p.sources.forEach(function(s){
              var e = line('');
              if (s.url) { var a = document.createElement('a'); a.href = s.url; a.textContent = s.title; a.rel = 'noopener noreferrer'; a.target = '_blank'; e.appendChild(a); }
              else { e.textContent = s.title; }
              if (s.date) e.appendChild(document.createTextNode(', ' + s.date));
            });
            popup.style.left = Math.min(evt.clientX + 12, window.innerWidth - 380) + 'px';
            popup.style.top = (evt.clientY + 12) + 'px';
            popup.style.display = 'block'; popup.dataset.pinned = pin ? '1' : '';
          }
          markers.forEach(function(c){
            var i = +c.getAttribute('data-i');
            c.addEventListener('mouseover', function(e){ if (!popup.dataset.pinned) show(i, e, false); });
            c.addEventListener('mouseout', function(){ if (!popup.dataset.pinned) popup.style.display = 'none'; });
            c.addEventListener('click', function(e){ show(i, e, true); e.stopPropagation(); });
          });
          function filter(){
            var from = document.getElementById('from').value, to = document.getElementById('to').value;
            var type = document.getElementById('type').value, shown = 0;
            markers.forEach(function(c){
              var d = c.getAttribute('data-date'), ok = true;
              if (from && d && d < from) ok = false;
              if (to && d && d > to) ok = false;
              if (type && c.getAttribute('data-type') !== type) ok = false;
              c.style.display = ok ? '' : 'none';
              if (ok) shown++;
            });
            document.getElementById('shown').textContent = shown + ' of ' + markers.length + ' incidents shown';
          }
          popup.addEventListener('click', function(e){ e.stopPropagation(); });
          document.addEventListener('click', function(){ popup.style.display = 'none'; popup.dataset.pinned = ''; });
          ['from','to','type'].forEach(function(id){ document.getElementById(id).addEventListener('change', filter); });
          filter();
        })();
        </script>

        """
}
