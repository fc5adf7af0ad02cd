import GazetteerKit
import Testing

@Suite struct NameNormalizerTests {
    @Test(arguments: [
        ["Talbeesah", "Talbisa", "Talbiseh", "Tallbisah", "Talbisah", "Tallbīsah"],
        ["Jisr al Shughour", "Jisr ash-Shughur", "Jisr ash Shughūr", "JISR AL-SHUGHUR", "Jisr es-Shughur"],
        ["Um Sharshouh", "Umm Sharshuh", "Oum Sharshouh"],
        ["Deir ez-Zor", "Dayr az Zawr", "Dair al-Zor", "Deir al-Zour"],
        ["Abu Kamal", "Abou Kamal"],
        ["Tal Abyad", "Tell Abyad", "Tall Abyad"],
        ["Jabal al-Zawiya", "Jebel Zawiyah", "Jabal az-Zawiyeh"],
        ["Kafr Nabl", "Kfar Nabl"],
        ["Khan Shaykhun", "Han Shaykhun"],
        ["Ma'arrat an-Nu'man", "Maʿarrat al Nuʿman", "Ma`arrat an Nu`man"],
        ["Raqqa", "Rakka", "Ar-Raqqah"],
        ["Salamiyah", "Salamiyeh", "Salamiya", "Salamiyya"],
        ["Dhiban", "Ziban", "Thiban"],
        ["Zaytun", "Zeitoun", "Zaitoun"],
    ])
    func variantsShareOneKey(variants: [String]) {
        let keys = Set(variants.map(NameNormalizer.key(for:)))
        #expect(keys.count == 1, "keys: \(keys)")
    }

    @Test func differentPlacesKeepDifferentKeys() {
        #expect(NameNormalizer.key(for: "Hama") != NameNormalizer.key(for: "Homs"))
        #expect(NameNormalizer.key(for: "Idlib") != NameNormalizer.key(for: "Ariha"))
        #expect(NameNormalizer.key(for: "Hamas") != NameNormalizer.key(for: "Hama"))
    }

    @Test func keysHaveTheDocumentedShape() {
        #expect(NameNormalizer.key(for: "Jisr ash-Shughūr") == "jisr shughur")
        #expect(NameNormalizer.key(for: "al-Bab") == "bab")
        #expect(NameNormalizer.key(for: "Latakia's") == "latakia" || NameNormalizer.key(for: "Latakia's") == NameNormalizer.key(for: "Latakia"))
        #expect(NameNormalizer.key(for: "al") == "")
    }

    @Test func skeletonsJoinSpellingsThatKeysKeepApart() {
        #expect(NameNormalizer.key(for: "Makramiya") != NameNormalizer.key(for: "Al Mukarramiyah"))
        #expect(NameNormalizer.skeleton(ofKey: NameNormalizer.key(for: "Makramiya"))
            == NameNormalizer.skeleton(ofKey: NameNormalizer.key(for: "Al Mukarramiyah")))
        #expect(NameNormalizer.editDistance("latamn", "latamin", limit: 2) == 1)
        #expect(NameNormalizer.editDistance("homs", "aleppo", limit: 2) == 3)
    }
}
