import Foundation
import GeoModel

/// The parts of a GeoJSON document that incidentmap reads: features with a geometry and
/// flat properties.
struct GeoJSONDocument: Decodable {
    var type: String
    var features: [GeoJSONFeature]?
    var geometry: GeoJSONGeometry?
    var properties: [String: GeoJSONValue]?

    /// The features of a FeatureCollection, or the document itself when it is one Feature.
    var allFeatures: [GeoJSONFeature] {
        if let features { return features }
        if type == "Feature", let geometry { return [GeoJSONFeature(geometry: geometry, properties: properties ?? [:])] }
        return []
    }
}

struct GeoJSONFeature: Decodable {
    var geometry: GeoJSONGeometry?
    var properties: [String: GeoJSONValue]?
}

/// A scalar property value; arrays and objects are kept as nil.
enum GeoJSONValue: Decodable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case other

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) { self = .string(s) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else { self = .other }
    }

    var text: String? {
        switch self {
        case let .string(s): s
        case let .number(d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case let .bool(b): String(b)
        case .other: nil
        }
    }
}

/// A GeoJSON geometry, decoded by type.
enum GeoJSONGeometry: Decodable {
    case point([Double])
    case polygon([[[Double]]])
    case multiPolygon([[[[Double]]]])
    case unsupported(String)

    enum CodingKeys: String, CodingKey { case type, coordinates }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "Point": self = .point(try c.decode([Double].self, forKey: .coordinates))
        case "Polygon": self = .polygon(try c.decode([[[Double]]].self, forKey: .coordinates))
        case "MultiPolygon": self = .multiPolygon(try c.decode([[[[Double]]]].self, forKey: .coordinates))
        default: self = .unsupported(type)
        }
    }

    /// The model geometry; nil for unsupported types.
    /// - Throws: `GeoModelError` for out-of-range positions or degenerate rings.
    func model() throws -> Geometry? {
        func position(_ p: [Double]) throws -> Coordinate {
            guard p.count >= 2 else { throw GeoModelError.emptyRing }
            return try Coordinate(latitude: p[1], longitude: p[0])
        }
        func polygon(_ rings: [[[Double]]]) throws -> Polygon {
            guard let shell = rings.first else { throw GeoModelError.emptyRing }
            return try Polygon(exterior: shell.map(position), holes: rings.dropFirst().map { try $0.map(position) })
        }
        switch self {
        case let .point(p): return .point(try position(p))
        case let .polygon(rings): return .polygon(try polygon(rings))
        case let .multiPolygon(parts): return .multiPolygon(try parts.map(polygon))
        case .unsupported: return nil
        }
    }
}

extension GeoJSONGeometry {
    /// True when a polygon ring's last position is not its first, which RFC 7946 forbids.
    var hasOpenRing: Bool {
        func open(_ ring: [[Double]]) -> Bool { ring.count >= 2 && ring.first != ring.last }
        switch self {
        case let .polygon(rings): return rings.contains(where: open)
        case let .multiPolygon(parts): return parts.contains { $0.contains(where: open) }
        case .point, .unsupported: return false
        }
    }
}
