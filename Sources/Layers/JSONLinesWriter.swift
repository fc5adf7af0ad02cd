import GeoModel

/// Writes incidents as JSON Lines: one record a line, its fields in SPEC.md's order, so the
/// output is the same from run to run and diffs cleanly.
public enum JSONLinesWriter {
    public static func write<S: Sequence>(_ incidents: S, to out: OutputBuffer) where S.Element == Incident {
        // An array's incidents are read in place; other sequences yield them one by one.
        let done: Void? = incidents.withContiguousStorageIfAvailable { buffer in
            for i in buffer.indices { writeLine(buffer[i], to: out) }
        }
        if done == nil {
            for incident in incidents { writeLine(incident, to: out) }
        }
    }

    private static func writeLine(_ incident: Incident, to out: OutputBuffer) {
        out.write(byte: UInt8(ascii: "{"))
        JSONFields.write(incident, to: out)
        out.write(literal: "}\n")
    }
}
