import Pipeline
import Testing

/// The end-of-run hint names the countries whose place names were missing, unless installed.
@Suite struct GazetteerGapsTests {
    @Test func aNameFoundOnlyAbroadIsAGapOfTheReportsCountry() throws {
        let pipeline = try PipelineLinkingTests.pipeline()
        var gaps = GazetteerGaps()
        // Houthi forces set the report in Yemen; the only Granada known is in Spain.
        _ = try pipeline.incidents(from: [try PipelineLinkingTests.report("a", "Houthi forces shelled Granada.", date: "2016-05-02")],
                                   gaps: &gaps)
        #expect(gaps.names == ["YE": ["Granada"]])
        let hint = gaps.hint(installed: [])
        #expect(hint == "1 place name in YE was not in the gazetteer (Granada); "
            + "`incidentmap gazetteer download YE` adds that country's villages from GeoNames")
        #expect(gaps.hint(installed: ["YE"]) == nil)
    }

    @Test func namesFoundWhereTheReportIsSetLeaveNoGap() throws {
        let pipeline = try PipelineLinkingTests.pipeline()
        var gaps = GazetteerGaps()
        _ = try pipeline.incidents(from: [try PipelineLinkingTests.report("b", "Houthi forces shelled Saada.", date: "2016-05-02")],
                                   gaps: &gaps)
        #expect(gaps.isEmpty)
    }
}
