import GazetteerKit
import GeoModel
import Pipeline
import Testing

/// The pipeline from report to incidents on a small hand-made gazetteer: theatre countries,
/// province precision, landmarks, merging across reports and evidence offsets.
@Suite struct PipelineLinkingTests {
    static func place(_ id: String, _ name: String, _ lat: Double, _ lon: Double, country: String = "SY", admin1: String? = "SY.11",
                      cls: String = "P", code: String = "PPL", population: Int = 1000) throws -> Place {
        Place(id: id, name: name, coordinate: try Coordinate(latitude: lat, longitude: lon), featureClass: cls, featureCode: code,
              country: country, admin1Code: admin1, admin1: admin1 == nil ? nil : "Province \(admin1!)", population: population)
    }

    static func pipeline() throws -> IncidentPipeline {
        try IncidentPipeline(resources: GeoResources(gazetteer: gazetteer(), provinces: []))
    }

    static func gazetteer() throws -> Gazetteer {
        var gazetteer = Gazetteer()
        gazetteer.add(try place("t:1", "Rastan", 34.927, 36.732), alternateNames: [])
        gazetteer.add(try place("t:2", "Talbisa", 34.841, 36.731), alternateNames: ["Talbeesah"])
        gazetteer.add(try place("t:3", "Homs Governorate", 34.6, 37.9, cls: "A", code: "ADM1"), alternateNames: ["Homs"])
        gazetteer.add(try place("t:4", "Latakia", 35.521, 35.791, admin1: "SY.02"), alternateNames: [])
        gazetteer.add(try place("t:5", "Granada", 37.188, -3.607, country: "ES", admin1: "ES.51"), alternateNames: ["Girnata"])
        gazetteer.add(try place("t:6", "Syria", 35.0, 38.0, country: "SY", admin1: nil, cls: "A", code: "PCLI"), alternateNames: [])
        gazetteer.add(try place("t:7", "Al-Qusayr District", 34.5, 36.6, cls: "A", code: "ADM2"), alternateNames: ["Qusayr"])
        gazetteer.add(try place("t:8", "Rablah", 34.43, 36.65), alternateNames: ["Rabla"])
        gazetteer.add(try place("t:9", "Sa'dah", 16.94, 43.76, country: "YE", admin1: "YE.15"), alternateNames: ["Saada"])
        return gazetteer
    }

    static func report(_ id: String, _ text: String, date: String = "2015-10-06") throws -> Report {
        Report(id: id, date: try Day(parsing: date), title: nil, url: nil, source: nil, text: text, origin: id)
    }

    @Test func aReadingOutsideTheTheatreGivesNoIncident() throws {
        let text = "The war in Syria goes on. Russian jets bombed the towns of Rastan and Girnata on Monday."
        let incidents = try Self.pipeline().incidents(from: [try Self.report("a", text)])
        #expect(incidents.map(\.location) == ["Rastan"])
        #expect(incidents.first?.eventDate?.description == "2015-10-05")
    }

    @Test func withoutATheatreEveryReadingCounts() throws {
        let incidents = try Self.pipeline().incidents(from: [try Self.report("a", "Russian jets bombed Rastan and Girnata.")])
        #expect(incidents.map(\.location).sorted() == ["Granada", "Rastan"])
    }

    @Test func aProvinceScopeIsPlacedAtTheTownNamedLikeTheProvinceWithPrecisionThree() throws {
        // Rastan and Talbisa are as big as the town of Homs: the name, not the size, makes it the seat.
        var gazetteer = try Self.gazetteer()
        gazetteer.add(try Self.place("t:10", "Homs", 34.73, 36.71), alternateNames: [])
        let pipeline = try IncidentPipeline(resources: GeoResources(gazetteer: gazetteer, provinces: []))
        let incidents = try pipeline.incidents(from: [try Self.report("a", "Warplanes struck targets in the province of Homs.")])
        #expect(incidents.count == 1)
        #expect(incidents.first?.placeID == "t:10")
        #expect(incidents.first?.geoPrecision == .province)
        #expect(incidents.first?.admin1Code == "SY.11")
    }

    @Test func aProvinceWithoutANamesakeIsPlacedAtItsSeatOrItsBiggestTown() throws {
        var gazetteer = try Self.gazetteer()
        gazetteer.add(try Self.place("t:11", "Qaryatayn", 34.23, 37.24, population: 20_000), alternateNames: [])
        let biggest = try IncidentPipeline(resources: GeoResources(gazetteer: gazetteer, provinces: []))
            .incidents(from: [try Self.report("a", "Warplanes struck targets in the province of Homs.")])
        #expect(biggest.map(\.placeID) == ["t:11"])
        // A seat code from a GeoNames dump (PPLA) outranks size.
        gazetteer.add(try Self.place("t:12", "Seat Town", 34.70, 36.70, code: "PPLA", population: 900), alternateNames: [])
        let seat = try IncidentPipeline(resources: GeoResources(gazetteer: gazetteer, provinces: []))
            .incidents(from: [try Self.report("a", "Warplanes struck targets in the province of Homs.")])
        #expect(seat.map(\.placeID) == ["t:12"])
        #expect(seat.first?.geoPrecision == .province)
    }

    @Test func aProvinceSettingATownGivesNoIncidentOfItsOwn() throws {
        let incidents = try Self.pipeline().incidents(from: [try Self.report("a", "Warplanes struck Rastan in Homs province.")])
        #expect(incidents.map(\.placeID) == ["t:1"])
        #expect(incidents.first?.geoPrecision == .town)
    }

    @Test func aDistrictOrProvinceLocatingATownGivesNoIncidentOfItsOwn() throws {
        let located = try Self.pipeline().incidents(from: [try Self.report("a", "Shelling hit Rabla in Qusayr district, Homs province.")])
        #expect(located.map(\.placeID) == ["t:8"])
        // A town after "in" locates the town before it; towns after commas are a list.
        let inTown = try Self.pipeline().incidents(from: [try Self.report("c", "Shelling hit Talbisa in Rastan.")])
        #expect(inTown.map(\.placeID) == ["t:2"])
        let list = try Self.pipeline().incidents(from: [try Self.report("d", "Shelling hit Rabla, Rastan and Talbisa.")])
        #expect(list.map(\.placeID).sorted() == ["t:1", "t:2", "t:8"])
        // Named side by side, the district is a scene of its own.
        let listed = try Self.pipeline().incidents(from: [try Self.report("b", "Shelling hit Rabla and Qusayr district.")])
        #expect(listed.map(\.placeID).sorted() == ["t:7", "t:8"])
        #expect(listed.first { $0.placeID == "t:7" }?.geoPrecision == .nearTown)
    }

    @Test func actorsSetTheSceneAndStrayReadingsElsewhereGiveNoIncident() throws {
        let incidents = try Self.pipeline().incidents(from: [try Self.report("a", "Houthi forces shelled Saada and Granada.", date: "2016-05-02")])
        #expect(incidents.map(\.placeID) == ["t:9"])
        #expect(incidents.first?.actor1 == "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee")
    }

    @Test func aDistrictAloneIsPlacedAtItsSeatWithPrecisionTwo() throws {
        var gazetteer = try Self.gazetteer()
        gazetteer.add(try Self.place("t:21", "Qusayr", 34.51, 36.58, population: 30_000), alternateNames: [])
        // A namesake too far from the district's point is not its seat.
        gazetteer.add(try Self.place("t:22", "Qusayr", 35.9, 36.2, population: 90_000), alternateNames: [])
        let pipeline = try IncidentPipeline(resources: GeoResources(gazetteer: gazetteer, provinces: []))
        let incidents = try pipeline.incidents(from: [try Self.report("a", "Shelling hit villages in Qusayr district on Monday.")])
        #expect(incidents.map(\.placeID) == ["t:21"])
        #expect(incidents.first?.geoPrecision == .nearTown)
        #expect(incidents.first?.admin2 == "Al-Qusayr District")
        // Without a seat the district keeps its own point.
        let bare = try Self.pipeline().incidents(from: [try Self.report("b", "Shelling hit villages in Qusayr district on Monday.")])
        #expect(bare.map(\.placeID) == ["t:7"])
    }

    @Test func aLargeCityAbroadStandsOnlyUnderItsOwnName() throws {
        var gazetteer = try Self.gazetteer()
        gazetteer.add(try Self.place("t:20", "Valencia", 39.47, -0.38, country: "ES", admin1: "ES.60", population: 800_000),
                      alternateNames: ["Balansiya"])
        let pipeline = try IncidentPipeline(resources: GeoResources(gazetteer: gazetteer, provinces: []))
        // Houthi forces set the scene in Yemen; the city's own name still stands abroad, an old alternate name does not.
        let own = try pipeline.incidents(from: [try Self.report("a", "Houthi forces shelled Valencia.", date: "2016-05-02")])
        #expect(own.map(\.placeID) == ["t:20"])
        let alternate = try pipeline.incidents(from: [try Self.report("b", "Houthi forces shelled Balansiya.", date: "2016-05-02")])
        #expect(alternate.isEmpty)
    }

    @Test func unnamedAirStrikesOverYemenAreTheCoalitions() throws {
        let early = try Self.pipeline().incidents(from: [try Self.report("a", "Air strikes hit Saada on Monday.", date: "2015-04-08")])
        #expect(early.first?.actor1 == "Operation Decisive Storm")
        let later = try Self.pipeline().incidents(from: [try Self.report("b", "Air strikes hit Saada on Monday.", date: "2016-04-08")])
        #expect(later.first?.actor1 == "Operation Restoring Hope")
        // Not for a clash, and not before the coalition's war began.
        let before = try Self.pipeline().incidents(from: [try Self.report("c", "Air strikes hit Saada on Monday.", date: "2014-04-08")])
        #expect(before.first?.actor1 == nil)
    }

    @Test func anUnclaimedBombIsAnUnidentifiedArmedGroups() throws {
        let incidents = try Self.pipeline().incidents(from: [try Self.report("a", "A roadside bomb exploded in Saada on Monday.", date: "2016-04-08")])
        #expect(incidents.first?.actor1 == "Unidentified Armed Group (Yemen)")
        let claimed = try Self.pipeline().incidents(from: [try Self.report("b", "Houthi fighters planted a roadside bomb that exploded in Saada on Monday.", date: "2016-04-08")])
        #expect(claimed.first?.actor1 == "Military Forces of Yemen (2015-2016) Supreme Revolutionary Committee")
    }

    @Test func groundTakenByStateForcesIsRegainedAndByOthersOvertaken() throws {
        let army = try Self.pipeline().incidents(from: [try Self.report("a", "The army took control of Rastan on Monday.")])
        #expect(army.first?.subEventType == .governmentRegainsTerritory)
        #expect(army.first?.actor1 == "Military Forces of Syria (2000-2024)")
        let rebels = try Self.pipeline().incidents(from: [try Self.report("b", "Rebels took control of Rastan on Monday.")])
        #expect(rebels.first?.subEventType == .nonStateActorOvertakesTerritory)
    }

    @Test func aLandmarkIsThePlaceOnlyWhenTheSceneIsUnknown() throws {
        let text = "Rebels attacked Qalaat Airport, about 20km from Latakia, on Friday."
        let incidents = try Self.pipeline().incidents(from: [try Self.report("a", text)])
        #expect(incidents.map(\.location) == ["Latakia"])
        #expect(incidents.first?.geoPrecision == .nearTown)
        let named = try Self.pipeline().incidents(from: [try Self.report("b", "Rebels attacked Talbisa, 20km from Latakia.")])
        #expect(named.map(\.location) == ["Talbisa"])
    }

    @Test func theSameStrikeInTwoReportsIsOneIncidentWithTwoSources() throws {
        let first = try Self.report("a", "Russian jets bombed Talbisa on Monday, killing 14 people.")
        let second = try Self.report("b", "Warplanes struck Talbeesah yesterday and nine people died.")
        let incidents = try Self.pipeline().incidents(from: [first, second])
        #expect(incidents.count == 1)
        #expect(incidents.first?.sources.map(\.docID) == ["a", "b"])
        #expect(incidents.first?.fatalities == 9)
    }

    @Test func theEvidenceOffsetsPointAtTheNotes() throws {
        let text = "Überall Rauch. Shelling hit Rastan on Sunday, monitors said."
        let incidents = try Self.pipeline().incidents(from: [try Self.report("a", text)])
        let source = try #require(incidents.first?.sources.first)
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[source.start..<source.end])
        #expect(String(view) == incidents.first?.notes)
        #expect(incidents.first?.notes == "Shelling hit Rastan on Sunday, monitors said.")
    }

    /// A long report is read in windows; each incident's evidence still points at its own words.
    @Test func aLongReportIsReadInWindowsWithOffsetsIntoTheWholeText() throws {
        let filler = String(repeating: "Überall Rauch über dem Tal. ", count: 40)
        let text = filler + "Shelling hit Rastan on Sunday. " + filler + "Warplanes struck Talbisa on Monday."
        var pipeline = try Self.pipeline()
        pipeline.windowLength = 400
        let windowed = try pipeline.incidents(from: [try Self.report("a", text)])
        let whole = try Self.pipeline().incidents(from: [try Self.report("a", text)])
        #expect(windowed.map(\.placeID) == ["t:1", "t:2"])
        #expect(windowed.map(\.notes) == whole.map(\.notes))
        let scalars = Array(text.unicodeScalars)
        for incident in windowed {
            let source = try #require(incident.sources.first)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[source.start..<source.end])
            #expect(String(view) == incident.notes)
        }
    }
}
