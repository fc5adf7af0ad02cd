import Foundation
import GeoModel

/// Rows sent to PostgreSQL as one JSON array per statement and unpacked there with
/// `jsonb_to_recordset`: a batch costs a few round trips, not one per row.
enum PostGISPayloads {
    struct ReportRow: Encodable {
        var key: String
        var doc_id: String
        var published: String?
        var title: String?
        var url: String?
        var source: String?
        var text: String
        var source_count: Int
    }

    /// An incident in SPEC.md's JSON form plus the row key it is stored under.
    struct IncidentRow: Encodable {
        var key: Int64
        var incident: Incident

        private enum Extra: String, CodingKey { case key }

        func encode(to encoder: any Encoder) throws {
            try incident.encode(to: encoder)
            var container = encoder.container(keyedBy: Extra.self)
            try container.encode(key, forKey: .key)
        }
    }

    struct SourceRow: Encodable {
        var country: String
        var incident_key: Int64
        var ordinal: Int
        var report_key: String
        var doc_id: String
        var title: String?
        var url: String?
        var published: String?
        var start: Int
        var end: Int

        init(_ row: IngestPlan.SourceRow, incident: Incident, key: Int64) {
            country = incident.country
            incident_key = key
            ordinal = row.ordinal
            report_key = row.report.hex
            doc_id = row.source.docID
            title = row.source.title
            url = row.source.url
            published = row.source.published?.description
            start = row.source.start
            end = row.source.end
        }
    }

    /// One merge window; `province` set means "match by province", otherwise by the search box.
    struct WindowRow: Encodable {
        var idx: Int
        var sub_event_type: String
        var day_from: String?
        var day_to: String?
        var province: String?
        var south: Double
        var north: Double
        var west: Double
        var east: Double

        init(index: Int, window: MergeWindow) {
            idx = index
            sub_event_type = window.subEventType.rawValue
            day_from = window.days?.lowerBound.description
            day_to = window.days?.upperBound.description
            province = window.provinceCode
            south = window.box.south
            north = window.box.north
            west = window.box.west
            east = window.box.east
        }
    }

    static func json<T: Encodable>(_ rows: [T]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }

    /// A polygonal geometry as a GeoJSON geometry object, for `ST_GeomFromGeoJSON`.
    /// GeoJSON positions are longitude first.
    static func geoJSON(_ geometry: Geometry) throws -> String {
        struct MultiPolygon: Encodable {
            var type = "MultiPolygon"
            var coordinates: [[[[Double]]]]
        }
        let rings = geometry.polygons.map { polygon in
            ([polygon.exterior] + polygon.holes).map { ring in ring.map { [$0.longitude, $0.latitude] } }
        }
        return String(decoding: try JSONEncoder().encode(MultiPolygon(coordinates: rings)), as: UTF8.self)
    }
}
