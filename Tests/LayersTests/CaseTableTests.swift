import GeoModel
@testable import Layers
import Testing

/// Tables read by a case's position hold each case's own value.
@Suite struct CaseTableTests {
    @Test func everyCaseReadsItsOwnValue() {
        let names = CaseTable<SubEventType, String> { $0.rawValue }
        for subType in SubEventType.allCases { #expect(names[subType] == subType.rawValue) }
        let fields = CaseTable<IncidentField, ByteString> { ByteString($0.rawValue) }
        for field in IncidentField.allCases {
            #expect(String(decoding: fields[field].buffer, as: UTF8.self) == field.rawValue)
        }
    }
}
