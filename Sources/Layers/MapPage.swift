import Foundation
import GeoEngine
import GeoModel

/// Writes `map.html`: one self-contained page that works offline. Provinces are SVG paths
/// projected to Web Mercator through PROJ here, not in the page; incidents are circles
/// coloured by type with pop-ups, a date-range and a type filter, a legend and counts.
public enum MapPage {
    static let width = 900.0
    static let height = 700.0

    /// - Throws: `GeoEngineError.proj` when a position cannot be projected.
    public static func write(incidents: [Incident], provinces: ProvinceLayer, title: String = "incidentmap",
                             to out: OutputBuffer) throws {
        let projection = try Projection(to: "EPSG:3857")
        let polygonPoints = provinces.entries.flatMap { $0.region.geometry.coordinates }
        let all = polygonPoints + incidents.map(\.coordinate)
        var projected: [(x: Double, y: Double)] = []
        for c in all { projected.append(try projection.project(c)) }
        let frame = Frame(points: projected, width: width, height: height)

        var paths = ""
        let maximum = provinces.entries.map(\.incidents).max() ?? 0
        for entry in provinces.entries {
            var d = ""
            for polygon in entry.region.geometry.polygons {
                for ring in [polygon.exterior] + polygon.holes {
                    let points = try ring.map { try frame.place(projection.project($0)) }
                    d += "M" + points.map { String(format: "%.1f,%.1f", $0.x, $0.y) }.joined(separator: "L") + "Z"
                }
            }
            let label = "\(entry.region.name): \(entry.incidents) incidents, \(entry.fatalities) fatalities"
            paths += "<path class=\"province\" fill-rule=\"evenodd\" d=\"\(d)\" fill=\"\(ProvinceLayer.fill(for: entry.incidents, maximum: maximum))\"><title>\(XMLText.escape(label))</title></path>\n"
        }

        var points: [MapPoint] = []
        for incident in incidents {
            let p = frame.place(try projection.project(incident.coordinate))
            let source = incident.sources.first
            points.append(MapPoint(x: (p.x * 10).rounded() / 10, y: (p.y * 10).rounded() / 10, date: incident.eventDate?.description ?? "",
                                   type: incident.eventType.rawValue, subtype: incident.subEventType.rawValue,
                                   color: EventStyle.color(for: incident.eventType), title: EventStyle.title(of: incident),
                                   notes: incident.notes, source: source?.title ?? source?.docID ?? "", url: source?.url ?? "",
                                   fatalities: incident.fatalities, admin1: incident.admin1 ?? ""))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // "<" is escaped so that report text can never close the script element.
        let data = String(decoding: try encoder.encode(points), as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")

        var counts = ""
        for entry in provinces.entries.sorted(by: { ($0.incidents, $1.region.name) > ($1.incidents, $0.region.name) }) {
            counts += "<tr><td>\(XMLText.escape(entry.region.name))</td><td>\(entry.incidents)</td><td>\(entry.fatalities)</td></tr>\n"
        }
        let types = EventType.allCases.filter { type in incidents.contains { $0.eventType == type } }
        let legend = types.map { "<li><span class=\"swatch\" style=\"background:\(EventStyle.color(for: $0))\"></span>\(XMLText.escape($0.rawValue))</li>" }.joined()
        let typeOptions = types.map { "<option>\(XMLText.escape($0.rawValue))</option>" }.joined()
        let days = incidents.compactMap(\.eventDate).sorted()

        out.write(page(title: XMLText.escape(title), paths: paths, data: data, counts: counts, legend: legend,
                       typeOptions: typeOptions, from: days.first?.description ?? "", to: days.last?.description ?? ""))
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
    }

    struct MapPoint: Encodable {
        var x: Double, y: Double, date: String, type: String, subtype: String, color: String, title: String
        var notes: String, source: String, url: String, fatalities: Int?, admin1: String
    }

    static func page(title: String, paths: String, data: String, counts: String, legend: String, typeOptions: String,
                     from: String, to: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(title)</title>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <style>
        body{font:14px system-ui,sans-serif;margin:0;display:flex;gap:16px;padding:12px;background:#fafafa}
        svg{background:#dfeef7;border:1px solid #999;max-width:100%;height:auto}
        .province{stroke:#555;stroke-width:.8}
        .incident{stroke:#222;stroke-width:.8;cursor:pointer;opacity:.9}
        #side{min-width:260px}
        table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}
        .swatch{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px;vertical-align:middle}
        ul{list-style:none;padding:0}
        #popup{position:fixed;display:none;max-width:360px;background:#fff;border:1px solid #888;padding:8px;box-shadow:0 2px 8px #0004}
        </style></head><body>
        <svg id="map" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" xmlns="http://www.w3.org/2000/svg">
        <g id="provinces">
        \(paths)</g><g id="incidents"></g></svg>
        <div id="side"><h2>\(title)</h2>
        <label>From <input type="date" id="from" value="\(from)"></label><br>
        <label>To <input type="date" id="to" value="\(to)"></label><br>
        <label>Type <select id="type"><option value="">All</option>\(typeOptions)</select></label>
        <p id="shown"></p>
        <h3>Legend</h3><ul>\(legend)</ul>
        <h3>Incidents per province</h3><table><tr><th>Province</th><th>Incidents</th><th>Fatalities</th></tr>
        \(counts)</table></div>
        <div id="popup"></div>
        <script id="incident-data" type="application/json">\(data)</script>
        <script>
        (function(){
          var points = JSON.parse(document.getElementById('incident-data').textContent);
          var layer = document.getElementById('incidents'), popup = document.getElementById('popup');
          var ns = 'http://www.w3.org/2000/svg';
          function show(p, evt, pin){
            popup.textContent = '';
            var h = document.createElement('b'); h.textContent = p.title; popup.appendChild(h);
            var n = document.createElement('p'); n.textContent = p.notes; popup.appendChild(n);
            var s = document.createElement('p');
            if (p.url) { var a = document.createElement('a'); a.href = p.url; a.textContent = p.source; a.rel = 'noopener'; s.appendChild(a); }
            else { s.textContent = p.source; }
            if (p.fatalities !== null && p.fatalities !== undefined) { s.appendChild(document.createTextNode(' · fatalities: ' + p.fatalities)); }
            popup.appendChild(s);
            popup.style.left = (evt.clientX + 12) + 'px'; popup.style.top = (evt.clientY + 12) + 'px';
            popup.style.display = 'block'; popup.dataset.pinned = pin ? '1' : '';
          }
          function draw(){
            var from = document.getElementById('from').value, to = document.getElementById('to').value;
            var type = document.getElementById('type').value, shown = 0;
            while (layer.firstChild) layer.removeChild(layer.firstChild);
            points.forEach(function(p){
              if (from && p.date && p.date < from) return;
              if (to && p.date && p.date > to) return;
              if (type && p.type !== type) return;
              var c = document.createElementNS(ns, 'circle');
              c.setAttribute('class', 'incident'); c.setAttribute('cx', p.x); c.setAttribute('cy', p.y);
              c.setAttribute('r', 5); c.setAttribute('fill', p.color);
              c.addEventListener('mouseover', function(e){ if (!popup.dataset.pinned) show(p, e, false); });
              c.addEventListener('mouseout', function(){ if (!popup.dataset.pinned) popup.style.display = 'none'; });
              c.addEventListener('click', function(e){ show(p, e, true); e.stopPropagation(); });
              layer.appendChild(c); shown++;
            });
            document.getElementById('shown').textContent = shown + ' of ' + points.length + ' incidents shown';
          }
          document.addEventListener('click', function(){ popup.style.display = 'none'; popup.dataset.pinned = ''; });
          ['from','to','type'].forEach(function(id){ document.getElementById(id).addEventListener('change', draw); });
          draw();
        })();
        </script></body></html>

        """
    }
}
