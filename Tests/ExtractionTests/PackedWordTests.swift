@testable import Extraction
import Testing

/// Words packed into integers must compare, look up and read back as their text does.
@Suite struct PackedWordTests {
    @Test(arguments: ["a", "the", "airstrikes", "reinforcements", "fifteen-bytes!!", "aïn", "’s"])
    func readsBackWhatWasPacked(word: String) {
        let packed = PackedWord(word)
        #expect(!packed.isLong)
        #expect(packed.string == word)
        #expect(packed.count == word.utf8.count)
        #expect(packed == PackedWord(String(word)))
    }

    @Test func wordsPastFifteenBytesKeepAHashAndMatchNoShortWord() {
        let long = PackedWord("counterinsurgency")
        #expect(long.isLong)
        #expect(long.string.isEmpty)
        #expect(long == PackedWord("counterinsurgency"))
        #expect(long != PackedWord("counterinsurgencies"))
        #expect(long != PackedWord("counterinsurgen"))
    }

    @Test func sameBytesDifferentLengthsDiffer() {
        // Zero bytes are not padding: "a" and "a\0" differ because the length is packed too.
        #expect(PackedWord("a") != PackedWord("a\u{0}"))
        #expect(PackedWord("") != PackedWord("\u{0}"))
    }

    @Test func suffixesAndDroppedEnds() {
        #expect(PackedWord("setting").hasSuffix("ing"))
        #expect(!PackedWord("in").hasSuffix("ing"))
        #expect(PackedWord("wednesday's").droppingLast(2) == PackedWord("wednesday"))
    }

    @Test func literalsPackAsTheirText() {
        let literal: PackedWord = "according"
        #expect(literal == PackedWord("according"))
    }

    @Test func tokensCarryBothCasesAndTheirFlags() {
        let tokens = WordToken.tokens(of: "Wednesday’s IS fighters, setting")
        #expect(tokens.map(\.word) == [PackedWord("wednesday's"), "is", "fighters", "setting"])
        #expect(tokens.map(\.cased) == [PackedWord("Wednesday's"), "IS", "fighters", "setting"])
        #expect(tokens.map(\.isPossessive) == [true, false, false, false])
        #expect(tokens.map(\.endsInIng) == [false, false, false, true])
        #expect(tokens.map(\.isCapitalized) == [true, true, false, false])
    }

    @Test func vocabulariesFindTokensAndNothingElse() {
        let vocabulary: Vocabulary = ["killed", "dead", "toll"]
        let tokens = WordToken.tokens(of: "Five were KILLED, the toll rose; deadline tolls")
        #expect(tokens.filter(vocabulary.contains).map(\.lower) == ["killed", "toll"])
        #expect(vocabulary.contains("dead"))
        #expect(!vocabulary.contains("counterinsurgency-dead"))
        let map: VocabularyMap<Int> = ["one": 1, "two": 2, "one": 11]
        #expect(map.value(forWord: "one") == 11)
        #expect(map.keys == ["one", "two"])
    }

    /// Word lists hold words of any length: a long word matches itself only.
    @Test func wordListsHoldLongWords() {
        let map: VocabularyMap<Int> = ["counterinsurgency": 1, "counterinsurgencies": 2, "war": 3]
        #expect(map.value(forWord: "counterinsurgency") == 1)
        #expect(map.value(forWord: "counterinsurgencies") == 2)
        #expect(map.value(forWord: "counterinsurgencie") == nil)
        #expect(map.value(forWord: "counterinsurgencyx") == nil)
        let tokens = WordToken.tokens(of: "Counterinsurgencies resumed the war")
        #expect(tokens.map { map[$0] } == [2, nil, nil, 3])
    }

    /// One notion of a word character: ʿ (U+02BF), a combining accent and non-ASCII digits stay
    /// inside a word, as the recognizer reads them.
    @Test func wordCharactersAreOneNotion() {
        let tokens = WordToken.tokens(of: "Maʿarrat Jose\u{301} ٣ days")
        #expect(tokens.map(\.cased) == [PackedWord("Maʿarrat"), PackedWord("Jose\u{301}"), PackedWord("٣"), "days"])
    }
}
