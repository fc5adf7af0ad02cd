// Benchmark driver for bench/bench-gazetteer.sh.
//   bench-gazetteer generate OUT MEGABYTES   writes seeded news-like text
//   bench-gazetteer load [DUMP]              loads the built-in gazetteer (or only DUMP) and prints timings
//   bench-gazetteer recognise TEXT [exact]   recognition throughput over TEXT with the built-in gazetteer
//                                            (exact: skip building mentions, for a peak memory of recognition alone)
//   bench-gazetteer resolve TEXT [DUMP...]    every mention of TEXT and the place it resolves to (for inspection)
import TestSupport
import Foundation
import GazetteerKit
import Geocoding

/// CPU seconds the process spends in `body` (one thread: the time on one core, whatever the
/// machine's load), and the wall-clock seconds.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    func cpu() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    let wallStart = DispatchTime.now().uptimeNanoseconds
    let start = cpu()
    try body()
    let elapsed = cpu() - start
    lastWall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
    return elapsed
}
nonisolated(unsafe) var lastWall = 0.0

let arguments = CommandLine.arguments
guard arguments.count >= 2 else { print("usage: bench-gazetteer generate|load|recognise ..."); exit(2) }

switch arguments[1] {
case "generate":
    let out = URL(fileURLWithPath: arguments[2])
    let megabytes = Int(arguments[3]) ?? 50
    let places = ["Homs", "Hama", "Idlib", "Aleppo", "Rastan", "Talbisah", "Talbeesah", "Jisr al-Shughur", "Latakia", "Tartus",
                  "Palmyra", "Damascus", "Daraa", "Raqqa", "Deir ez-Zor", "al-Bab", "Manbij", "Beirut", "Tripoli", "Moscow",
                  "Ankara", "Istanbul", "Geneva", "Washington", "Sochi", "Ariha", "Saraqib", "Khan Shaykhun", "Douma", "Qusayr"]
    let people = ["the spokesman", "a commander", "an activist", "state media", "the ministry", "a monitoring group", "residents"]
    let verbs = ["said", "reported", "claimed", "denied", "confirmed"]
    let events = ["air strikes hit", "shelling struck", "clashes broke out in", "a car bomb exploded in", "troops advanced on",
                  "protesters gathered in", "rockets fell on", "a convoy was ambushed near"]
    let fillers = ["on Monday", "late on Tuesday", "overnight", "in the morning", "last week", "for the third day", "again"]
    let tails = ["killing at least 12 people.", "wounding several civilians.", "without casualties.",
                 "according to the Syrian Observatory for Human Rights.", "as talks stalled in the capital.",
                 "while aid convoys waited at the border.", "and the United Nations called for restraint."]
    let clauses = ["officials said the situation remained tense and that more reinforcements were expected in the coming days",
                   "the report could not be independently verified because access for journalists is restricted",
                   "aid agencies warned that thousands of families had fled their homes since the start of the month",
                   "the government has repeatedly denied targeting civilians and blames armed groups for the violence",
                   "witnesses described heavy damage to homes, a bakery and a school, and several roads were closed",
                   "the latest escalation comes a week after a fragile truce collapsed amid mutual accusations",
                   "it was the deadliest day in the area for several months, a local council member told reporters"]
    var rng = SeededGenerator(seed: 20_151_005)
    var text = ""
    text.reserveCapacity(megabytes << 20)
    let handle = try FileHandle(forWritingTo: { _ = FileManager.default.createFile(atPath: out.path, contents: nil); return out }())
    var written = 0
    while written < megabytes << 20 {
        text.removeAll(keepingCapacity: true)
        for _ in 0..<200 {
            let sentence = "\(people.randomElement(using: &rng)!.capitalizedFirst) \(verbs.randomElement(using: &rng)!) that "
                + "\(events.randomElement(using: &rng)!) \(places.randomElement(using: &rng)!) \(fillers.randomElement(using: &rng)!), "
                + "near \(places.randomElement(using: &rng)!) and \(places.randomElement(using: &rng)!), \(tails.randomElement(using: &rng)!) "
                + "\(clauses.randomElement(using: &rng)!.capitalizedFirst). \(clauses.randomElement(using: &rng)!.capitalizedFirst), "
                + "\(people.randomElement(using: &rng)!) \(verbs.randomElement(using: &rng)!). "
            text += sentence
            if rng.next() % 5 == 0 { text += "\n" }
        }
        let data = Data(text.utf8)
        handle.write(data)
        written += data.count
    }
    try handle.close()
    print("generated \(written) bytes into \(out.path) (3 place names per ~450 bytes)")

case "load":
    var gazetteer = Gazetteer()
    let time = try seconds {
        if arguments.count > 2 {
            try GeoNamesReader.load(dump: URL(fileURLWithPath: arguments[2]), into: &gazetteer)
        } else {
            try gazetteer.addBuiltin()
        }
    }
    print(String(format: "load: %.3f s CPU (%.3f s wall), %d places, %d names, %d keys", time, lastWall, gazetteer.places.count, gazetteer.nameCount, gazetteer.keyCount))
    gazetteer.sources.forEach { print("   source: \($0)") }

case "recognise":
    var gazetteer = Gazetteer()
    try gazetteer.addBuiltin()
    let text = try String(contentsOf: URL(fileURLWithPath: arguments[2]), encoding: .utf8)
    let megabytes = Double(text.utf8.count) / 1_048_576
    let exact = PlaceRecognizer(gazetteer: gazetteer, proposesFuzzyMatches: false)
    var count = 0
    let exactTime = seconds { count = exact.countMatches(in: text) }
    print(String(format: "recognise (automaton, %d names in the gazetteer): %.1f MB in %.2f s CPU = %.0f MB/s (wall %.2f s), %d matches",
                 gazetteer.nameCount, megabytes, exactTime, megabytes / exactTime, lastWall, count))
    let fuzzy = PlaceRecognizer(gazetteer: gazetteer)
    let fuzzyTime = seconds { count = fuzzy.countMatches(in: text) }
    print(String(format: "recognise (with fuzzy proposals): %.0f MB/s, %d matches", megabytes / fuzzyTime, count))
    guard arguments.count < 4 || arguments[3] != "exact" else { break }
    var mentions = 0
    print(String(format: "   %.1f names per KB of text", Double(count) / (Double(text.utf8.count) / 1024)))
    let mentionTime = seconds { mentions = fuzzy.mentions(in: text).count }
    print(String(format: "mentions with candidates: %.0f MB/s, %d mentions", megabytes / mentionTime, mentions))

case "resolve":
    var gazetteer = try Gazetteer.builtin()
    for dump in arguments.dropFirst(3) { try GeoNamesReader.load(dump: URL(fileURLWithPath: dump), into: &gazetteer) }
    let text = try String(contentsOf: URL(fileURLWithPath: arguments[2]), encoding: .utf8)
    let mentions = PlaceRecognizer(gazetteer: gazetteer).mentions(in: text)
    for resolution in Resolver(gazetteer: gazetteer).resolve(mentions, in: text) {
        let m = resolution.mention
        let place = resolution.place.map { "\($0.name) [\($0.featureCode)] \($0.admin1Code ?? $0.country) \($0.coordinate.latitude),\($0.coordinate.longitude)" } ?? "—"
        print("\(m.span.start)\t\(m.text)\(m.hasProvinceCue ? " (province)" : "")\(m.isFuzzy ? " (fuzzy)" : "")\t→ \(place)\tp\(resolution.geoPrecision.rawValue) c\(resolution.confidence)")
    }

default:
    print("unknown command \(arguments[1])")
    exit(2)
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
