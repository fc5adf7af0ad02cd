import GeoModel

/// Writes incidents as an RFC 7946 FeatureCollection: lon/lat order, at most 6 decimals, a
/// top-level `bbox`, no `crs`, and simplestyle-spec styling on every point.
///
/// The writer streams: it holds one feature at a time, so memory stays flat however many
/// incidents the sequence yields. That is why `bbox` comes after `features`: JSON members
/// have no order, and RFC 7946 asks only that the bbox be a member of the collection.
/// An empty collection has no bbox, since there is nothing to bound.
public enum GeoJSONWriter {
    /// Writes `incidents` as a FeatureCollection, one Feature per line.
    /// - Throws: the write error, if the output could not be written.
    /// - Complexity: O(n) time, O(1) memory.
    public static func write<S: Sequence>(_ incidents: S, to out: OutputBuffer) throws where S.Element == Incident {
        var stream = Stream(to: out)
        stream.add(incidents)
        try stream.finish()
    }

    /// A FeatureCollection written batch by batch, for incidents that arrive as a file is read:
    /// the opening at `init`, the features as they come, the `bbox` and closing at `finish()`.
    public struct Stream {
        private let out: OutputBuffer
        private var bounds = Bounds()
        private var first = true

        /// Writes the collection's opening.
        public init(to out: OutputBuffer) {
            self.out = out
            out.write(literal: "{\"type\":\"FeatureCollection\",\"features\":[")
        }

        /// Writes one Feature per incident.
        public mutating func add<S: Sequence>(_ incidents: S) where S.Element == Incident {
            incidents.forEachIncident { GeoJSONWriter.writeFeature($0, first: &first, bounds: &bounds, to: out) }
        }

        /// Closes the features, writes the `bbox` (none when no incident came) and flushes.
        /// - Throws: the write error, if the output could not be written.
        public func finish() throws {
            out.write(literal: "\n]")
            if let box = bounds.box {
                out.write(literal: ",\"bbox\":[")
                out.write(coordinate: box.west); out.write(byte: UInt8(ascii: ","))
                out.write(coordinate: box.south); out.write(byte: UInt8(ascii: ","))
                out.write(coordinate: box.east); out.write(byte: UInt8(ascii: ","))
                out.write(coordinate: box.north)
                out.write(byte: UInt8(ascii: "]"))
            }
            out.write(literal: "}\n")
            try out.flush()
        }
    }

    fileprivate static func writeFeature(_ incident: Incident, first: inout Bool, bounds: inout Bounds, to out: OutputBuffer) {
        out.write(literal: first ? "\n" : ",\n")
        first = false
        bounds.add(incident.coordinate)
        writeFeature(incident, to: out)
    }

    /// One Feature: the record in SPEC.md's order, then the simplestyle keys.
    static func writeFeature(_ incident: Incident, to out: OutputBuffer) {
        out.write(literal: "{\"type\":\"Feature\",\"id\":")
        out.write(jsonString: incident.id)
        out.write(literal: ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
        out.write(coordinate: incident.coordinate.longitude)
        out.write(byte: UInt8(ascii: ","))
        out.write(coordinate: incident.coordinate.latitude)
        out.write(literal: "]},\"properties\":{")
        JSONFields.write(incident, to: out)
        // marker-color, marker-symbol and marker-size, then the title's opening quote.
        out.write(styleMembers[incident.subEventType][Severity(fatalities: incident.fatalities)])
        let sink = JSONTextSink(out: out)
        EventStyle.titlePieces(of: incident, into: sink)
        out.write(literal: "\",\"description\":\"")
        sink.text(incident.notes)
        if !incident.sources.isEmpty {
            sink.literal(" — ")
            EventStyle.sourcePieces(of: incident, into: sink)
        }
        out.write(literal: "\"}}")
    }

    /// The simplestyle members for each sub-event type and fatality class, made once:
    /// `,"marker-color":"#e6550d","marker-symbol":"airport","marker-size":"small","title":"`.
    private static let styleMembers = CaseTable<SubEventType, CaseTable<Severity, ByteString>> { subType in
        CaseTable { severity in
            let out = OutputBuffer()
            out.write(literal: ",\"marker-color\":")
            out.write(jsonString: EventStyle.color(for: subType.eventType))
            out.write(literal: ",\"marker-symbol\":")
            out.write(jsonString: EventStyle.markerSymbol(for: subType))
            out.write(literal: ",\"marker-size\":\"")
            out.write(literal: severity.markerSize)
            out.write(literal: "\",\"title\":\"")
            return ByteString(out.text())
        }
    }
}
