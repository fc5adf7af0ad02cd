import ArgumentParser
import Foundation
import GazetteerKit
import Pipeline

/// `incidentmap gazetteer info|lookup|import|download|remove`.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Inspect the active gazetteer, look a name up, import a GeoNames dump, or download and remove country dumps.",
        subcommands: [Info.self, Lookup.self, Import.self, Download.self, Remove.self]
    )

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Counts of places by country and feature class.")
        @OptionGroup var geo: GeoOptions

        func run() throws {
            try reportingErrors {
                let gazetteer = try geo.loadResources().gazetteer
                gazetteer.sources.forEach { StandardOutput.line("source: \($0)") }
                for entry in try DownloadedDumps().entries {
                    StandardOutput.line("downloaded: \(entry.country)\t\(entry.places) places\t\(entry.downloaded)\t\(entry.source)")
                }
                StandardOutput.line("places: \(gazetteer.places.count)  names: \(gazetteer.nameCount)  name keys: \(gazetteer.keyCount)")
                StandardOutput.line("country\tplaces\tby feature class")
                let counts = gazetteer.countsByCountryAndClass()
                for country in counts.keys.sorted() {
                    let classes = counts[country]!.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                    StandardOutput.line("\(country)\t\(counts[country]!.values.reduce(0, +))\t\(classes)")
                }
            }
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every place a name can mean, with fuzzy matches.")
        @Argument var name: String
        @OptionGroup var geo: GeoOptions

        func run() throws {
            try reportingErrors {
                let gazetteer = try geo.loadResources().gazetteer
                let key = NameNormalizer.key(for: name)
                StandardOutput.line("key: \(key)  skeleton: \(NameNormalizer.skeleton(ofKey: key))")
                for candidate in gazetteer.lookup(name) + gazetteer.fuzzyCandidates(forKey: key) {
                    let p = candidate.place
                    let how = candidate.matchKind == .fuzzy ? "fuzzy (distance \(candidate.editDistance))" : candidate.matchKind.rawValue
                    StandardOutput.line("\(p.id)\t\(p.name)\t\(p.featureClass).\(p.featureCode)\t\(p.country)\t\(p.admin1Code ?? "-")\t"
                        + "\(p.coordinate.latitude),\(p.coordinate.longitude)\tpop \(p.population)\t\(how): \(candidate.matchedName)")
                }
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read GeoNames dumps (XX.txt, allCountries.txt, citiesNNN.txt, or zipped) into the binary cache.",
            discussion: "Later runs with --gazetteer DUMP read the cache while the dump is unchanged. An admin1CodesASCII.txt beside a dump is read too. Malformed rows are reported with their line and skipped, or stop the import with --strict."
        )
        @Argument(help: "GeoNames dumps to import.") var dumps: [String]
        @Flag(help: "Stop at the first malformed row instead of skipping it.") var strict = false

        func run() throws {
            try reportingErrors {
                for path in dumps {
                    let url = URL(fileURLWithPath: path)
                    guard FileManager.default.fileExists(atPath: url.path) else {
                        throw GazetteerError.unreadable(file: path, reason: "no such file")
                    }
                    if let stored = GazetteerCache.storedPlaces(for: url) {
                        StandardOutput.line("\(path): unchanged since its import, \(stored) places in \(GazetteerCache.url(for: url).path)")
                        continue
                    }
                    var gazetteer = Gazetteer()
                    let report = try GeoNamesReader.load(dump: url, into: &gazetteer, policy: strict ? .stop : .skip, useCache: false)
                    for problem in report.skipped { printError("incidentmap: warning: skipped \(problem)") }
                    let cache = try GazetteerCache.write(gazetteer, for: url)
                    // Rows that repeat a place already read add nothing: the count is of places stored.
                    let repeated = report.places - gazetteer.places.count
                    StandardOutput.line("\(path): \(gazetteer.places.count) places, \(gazetteer.nameCount) names, "
                        + (repeated > 0 ? "\(repeated) repeated rows merged, " : "") + "\(report.skipped.count) rows skipped → \(cache.path)")
                }
            }
        }
    }
}

extension GazetteerCommand {
    struct Download: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Download GeoNames country dumps (CC.zip) into the cache; every later run uses them.",
            discussion: "Each dump is fetched from GeoNames' export folder (or --source), checked, imported into the binary cache and recorded; `gazetteer info` lists them. A failed download leaves the cache as it was."
        )
        @Argument(help: "ISO 3166-1 alpha-2 country codes, such as YE or SY.") var countries: [String]
        @Option(help: "The folder URL holding CC.zip files (default: GeoNames' export folder).") var source: String?

        func run() throws {
            try reportingErrors {
                let codes = try CountryArguments.check(countries, knownBy: Gazetteer.builtin())
                var downloader = GeoNamesDownloader()
                if let source {
                    guard let url = URL(string: source.hasSuffix("/") ? source : source + "/"), url.scheme != nil else {
                        throw GazetteerError.unreadable(file: source, reason: "not a URL")
                    }
                    downloader.source = url
                }
                for code in codes {
                    let entry = try downloader.install(code)
                    StandardOutput.line("\(code): \(entry.places) places from \(entry.source)")
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove downloaded GeoNames country dumps from the cache.")
        @Argument(help: "ISO 3166-1 alpha-2 country codes.") var countries: [String]

        func run() throws {
            try reportingErrors {
                for code in try CountryArguments.check(countries, knownBy: Gazetteer.builtin()) {
                    try GeoNamesDownloader().remove(code)
                    StandardOutput.line("\(code): removed")
                }
            }
        }
    }
}
