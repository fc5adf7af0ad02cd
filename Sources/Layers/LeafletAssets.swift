import Foundation

/// Leaflet and Leaflet.markercluster as Debian installs them (`libjs-leaflet`,
/// `libjs-leaflet.markercluster`), read at run time to be inlined into `map.html`.
///
/// The texts are made safe to inline: `</` inside a script or style element would end it
/// early, so it becomes `<\/`, which JavaScript and CSS read the same; source-map comments,
/// which point at files the page does not carry, are dropped.
public struct LeafletAssets: Sendable, Equatable {
    public var leafletJS: String
    public var leafletCSS: String
    public var clusterJS: String
    public var clusterCSS: String

    /// Where Debian puts both packages' files.
    public static let debianFolder = URL(fileURLWithPath: "/usr/share/javascript/leaflet")

    /// The Debian packages that hold the files, for the message when they are missing.
    public static let packages = "libjs-leaflet libjs-leaflet.markercluster"

    /// The files from `folder`, or from `$INCIDENTMAP_LEAFLET_DIR` when set, else Debian's folder.
    /// - Returns: nil when any of the files is missing or unreadable.
    public static func installed(in folder: URL? = nil) -> LeafletAssets? {
        let folder = folder ?? ProcessInfo.processInfo.environment["INCIDENTMAP_LEAFLET_DIR"].map { URL(fileURLWithPath: $0) }
            ?? debianFolder
        func read(_ name: String) -> String? {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
            return String(data: data, encoding: .utf8)
        }
        guard let leafletJS = read("leaflet.min.js") ?? read("leaflet.js"), let leafletCSS = read("leaflet.css"),
              let clusterJS = read("leaflet.markercluster.min.js") ?? read("leaflet.markercluster.js"),
              let clusterCSS = read("MarkerCluster.css"), let clusterDefault = read("MarkerCluster.Default.css") else { return nil }
        return LeafletAssets(leafletJS: inlined(leafletJS), leafletCSS: inlined(leafletCSS),
                             clusterJS: inlined(clusterJS), clusterCSS: inlined(clusterCSS + "\n" + clusterDefault))
    }

    /// The credit line the page shows (the README says the same).
    public static let credit = "Leaflet © Vladimir Agafonkin, CloudMade and contributors (BSD-2-Clause); "
        + "Leaflet.markercluster © Dave Leaver, smartrak and contributors (MIT); both inlined from Debian's \(packages). "
        + "Country outlines: Natural Earth (public domain)."

    /// `text` with `</` escaped and source-map comments removed.
    static func inlined(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("//# sourceMappingURL=") && !$0.hasPrefix("/*# sourceMappingURL=") }
            .joined(separator: "\n")
            .replacingOccurrences(of: "</", with: "<\\/")
    }
}
