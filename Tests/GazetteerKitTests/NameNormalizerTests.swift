import GazetteerKit
import Testing

@Suite struct NameNormalizerTests {
    @Test(arguments: [
        ["Talbeesah", "Talbisa", "Talbiseh", "Tallbisah", "Talbisah", "Tallbīsah"],
        ["Jisr al Shughour", "Jisr ash-Shughur", "Jisr ash Shughūr", "JISR AL-SHUGHUR"],
        ["Um Sharshouh", "Umm Sharshuh"],
        ["Deir ez-Zor", "Dayr az Zawr", "Dair al-Zor"],
    ])
    func variantsShareOneKey(variants: [String]) {
        let keys = Set(variants.map(NameNormalizer.key(for:)))
        #expect(keys.count == 1, "keys: \(keys)")
    }

    @Test func differentPlacesKeepDifferentKeys() {
        #expect(NameNormalizer.key(for: "Hama") != NameNormalizer.key(for: "Homs"))
        #expect(NameNormalizer.key(for: "Idlib") != NameNormalizer.key(for: "Ariha"))
    }
}
