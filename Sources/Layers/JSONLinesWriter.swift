import GeoModel

/// Writes incidents as JSON Lines: one record a line, its fields in SPEC.md's order, so the
/// output is the same from run to run and diffs cleanly.
public enum JSONLinesWriter {
    public static func write<S: Sequence>(_ incidents: S, to out: OutputBuffer) where S.Element == Incident {
        incidents.forEachIncident { writeLine($0, to: out) }
    }

    private static func writeLine(_ incident: Incident, to out: OutputBuffer) {
        out.write(byte: UInt8(ascii: "{"))
        JSONFields.write(incident, to: out)
        out.write(literal: "}\n")
    }
}
