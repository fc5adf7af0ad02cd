/// Word lists that keep the recogniser from taking English words, people and
/// organisations for places. All entries are base spellings: lowercase, no diacritics.
enum RecognizerVocabulary {
    /// Capitalised English words that are also place names somewhere, never taken alone.
    static let commonWordsWords: [String] = [
        "a", "an", "at", "as", "by", "in", "is", "it", "of", "on", "or", "to", "the", "and", "but", "for", "he", "she", "we",
        "they", "this", "that", "these", "those", "there", "here", "his", "her", "their", "its", "our", "you", "your", "if",
        "when", "while", "where", "after", "before", "during", "since", "until", "with", "without", "from", "into", "over",
        "under", "about", "also", "even", "however", "meanwhile", "despite", "although", "though", "yet", "so", "then",
        "many", "most", "more", "some", "all", "any", "each", "every", "both", "few", "several", "such", "other", "another",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred", "thousand",
        "first", "second", "third", "last", "next", "early", "late", "new", "old", "young", "great", "good", "best", "big",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "ash", "bab", "mayor", "police", "army", "state", "states", "union", "victoria", "university", "north", "south", "east",
        "west", "northern", "southern", "eastern", "western", "central", "said", "says", "reuters", "afp", "president",
        "minister", "ministry", "secretary", "defense", "defence", "air", "war", "guard", "guards", "force", "forces",
        "islamic", "islam", "free", "front", "liberation", "capital", "city", "town", "village", "province", "district",
        "airport", "airbase", "hamas", "daesh", "isis", "isil", "nusra", "sham", "levant", "mosque", "hospital", "school",
        "market", "unesco", "un", "us", "uk", "eu", "nato", "tv", "media", "news", "post", "times", "guardian", "national",
        "international", "world", "global", "foreign", "office", "council", "government", "regime", "opposition", "rebel",
        "rebels", "coalition", "alliance", "observatory", "human", "rights", "brotherhood", "muslim", "christian", "church",
        "general", "captain", "capt", "colonel", "major", "lieutenant", "sergeant", "commander", "leader", "chief", "head",
        "prime", "king", "queen", "prince", "princess", "emperor", "sultan", "pope", "saint", "st", "mount", "lake", "river",
        "bay", "port", "fort", "camp", "base", "station", "center", "centre", "institute", "study", "studies", "agency",
        "press", "photo", "video", "image", "images", "read", "more", "online", "editors", "choice", "links", "promoted",
        "today's", "stay", "sign", "skip", "main", "content", "home", "page", "facebook", "twitter", "youtube", "google",
        "topshot", "powered", "translation", "credit", "getty", "division", "brigade", "brigades", "battalion", "regiment",
        "army's", "navy", "marine", "marines", "special", "operations", "operation", "mission", "committee", "commission",
        "parliament", "assembly", "senate", "congress", "house", "court", "justice", "peace", "conference", "talks",
        "summit", "deal", "truce", "ceasefire", "zone", "line", "road", "highway", "street", "square", "bridge", "gate",
        "tower", "hill", "valley", "plain", "desert", "sea", "ocean", "gulf", "island", "islands", "coast", "border",
        "mediterranean", "black", "red", "white", "green", "blue", "yellow", "golden", "silver", "royal", "republic",
        "democratic", "federal", "federation", "kingdom", "empire", "party", "movement", "revolutionary", "revolution",
        "resistance", "popular", "people", "people's", "sunni", "shia", "shiite", "alawite", "druze", "kurdish", "kurds",
        "arab", "arabs", "arabic", "english", "western-backed", "iranian-backed", "pro", "anti", "ministry's", "dignity",
        "gathering", "tajamaa", "tajammu", "army", "ahrar", "jaish", "jaysh", "jabhat", "fatah", "hayat", "tahrir",
        "failaq", "jund", "ajnad", "harakat", "liwa", "katibat", "izza", "ezza", "alezza", "qaeda", "qaida", "hezbollah",
        "hizbollah", "hizballah", "al-qaeda", "middle", "near", "far", "upper", "lower", "inner", "outer", "greater",
        "little", "long", "high", "low", "grand", "victory", "freedom", "liberty", "independence", "hope", "union",
        "summer", "winter", "spring", "autumn", "fall", "christmas", "easter", "ramadan", "eid", "god", "allah",
        "doctor", "dr", "mr", "mrs", "ms", "sir", "lord", "madam", "mister", "dear", "thanks", "please", "hello",
        "no", "not", "yes", "only", "just", "still", "again", "now", "soon", "never", "always", "often", "very", "much",
        "what", "who", "why", "how", "which", "whose", "whom", "can", "could", "will", "would", "shall", "should", "must",
        "might", "has", "have", "had", "was", "were", "be", "been", "being", "do", "does", "did", "done", "let", "make",
        "time", "day", "week", "month", "year", "years", "night", "morning", "evening", "afternoon", "hour", "hours",
        "kerry", "carter", "trump", "obama", "putin", "erdogan", "lavrov", "hollande", "peskov", "khoja", "assad",
        "moallem", "saleh", "mahmoud", "oliver", "kearns", "bashar", "basil", "bassel", "khaled", "khalid", "hafez",
        "maher", "asma", "vladimir", "sergei", "sergey", "dmitry", "john", "david", "donald", "barack", "francois",
        "recep", "tayyip", "walid", "omar", "jamil", "nawar", "alexander", "capt.", "tow", "manpads", "sa", "mig", "sukhoi",
        "grave", "africa", "europe", "asia", "america", "americas", "oceania", "antarctica", "heritage", "i", "ii", "iii", "iv",
    ]

    /// Words that, just before a capitalised name, make it a person's name.
    static let titlesWords: [String] = [
        "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "commander", "leader", "chief",
        "general", "gen", "capt", "captain", "colonel", "col", "major", "lieutenant", "sergeant", "mr", "mrs", "ms", "dr",
        "sheikh", "imam", "king", "prince", "emir", "envoy", "ambassador", "analyst", "activist", "journalist",
        "reporter", "correspondent", "official", "chairman", "director", "governor", "mayor", "senator", "premier",
        "editor", "by", "photographer", "founder", "member", "deputy", "adviser", "advisor", "researcher", "professor",
    ]

    /// Given names: a place match that starts with one, followed by another name, is a person.
    static let givenNamesWords: [String] = [
        "bashar", "basil", "bassel", "hafez", "maher", "asma", "khaled", "khalid", "mohammed", "mohammad", "muhammad",
        "mohamed", "ahmad", "ahmed", "ali", "omar", "umar", "hassan", "hasan", "hussein", "husayn", "mahmoud", "walid",
        "jamil", "nawar", "abdullah", "abdel", "abdul", "ibrahim", "ismail", "yusuf", "youssef", "mustafa", "mostafa",
        "hamza", "hamid", "samir", "salim", "fadi", "firas", "riad", "riyad", "rami", "ziad", "ayman", "osama", "usama",
        "abu", "vladimir", "sergei", "sergey", "dmitry", "alexander", "john", "david", "donald", "barack", "francois",
        "recep", "ash", "hillary", "george", "james", "michael", "robert", "william", "richard", "joseph", "thomas",
        "mark", "paul", "peter", "jean", "marie", "anne", "emmanuel", "angela", "boris", "theresa", "benjamin",
        "hassan", "qassem", "qasem", "nasrallah", "mike", "joe", "antony", "lloyd", "jim", "ban", "staffan", "geir",
    ]

    /// Nouns that, right after a capitalised name, make it part of an organisation's name.
    static let organisationNounsWords: [String] = [
        "army", "front", "tv", "television", "channel", "news", "eye", "times", "post", "agency", "brigade", "brigades",
        "battalion", "movement", "party", "guard", "guards", "council", "ministry", "university", "college", "institute",
        "observatory", "forces", "force", "corps", "legion", "division", "group", "network", "radio", "daily", "herald",
        "tribune", "journal", "gazette", "press", "bank", "company", "corporation", "club", "fc", "team", "centre",
        "center", "foundation", "committee", "commission", "coalition", "alliance", "union", "federation", "authority",
        "organisation", "organization", "association", "society", "hospital", "school", "mosque", "church",
    ]

    /// Words after a name that mark it as a first-level division.
    static let provinceNounsWords: [String] = DivisionNouns.provinceInRecognition

    /// Words after a name that belong with it when it names a feature ("Bassel al-Assad airport").
    static let featureNounsWords: [String] = [
        "airport", "airbase", "air", "base", "plain", "mountain", "mountains", "range", "river", "valley", "dam", "lake",
        "district", "crossing", "mountain", "naval", "facility", "airfield", "port", "international",
    ]

    /// Words before a name that place an event near it rather than in it.
    static let nearWordsWords: [String] = ["near", "outskirts", "around", "outside", "vicinity", "close", "surroundings", "edge"]

    static let commonWords = WordSet(commonWordsWords)
    static let titles = WordSet(titlesWords)
    /// Words that make the name after them a side someone takes ("pro-Hadi", "anti-Houthi",
    /// "pro-Damascus forces"): a person, group or government, not where anything happened.
    static let allegiances = WordSet(["pro", "anti"])
    /// Words that, with the link word after them, make the next name a side: "loyal to Hadi",
    /// "allied with Saleh", "supporters of Hadi".
    static let allegianceWords = WordSet(["loyal", "allied", "aligned", "affiliated", "supporters", "loyalists", "followers", "backers"])
    /// The link words of `allegianceWords`.
    static let allegianceLinks = WordSet(["to", "with", "of"])
    static let givenNames = WordSet(givenNamesWords)
    static let organisationNouns = WordSet(organisationNounsWords)
    static let provinceNouns = WordSet(provinceNounsWords)
    /// Words that may stand between a name and its division noun ("Al Jawf border governorate").
    static let divisionAdjectives = WordSet([
        "border", "coastal", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
        "southeastern", "southwestern", "restive", "mountainous", "desert", "rural",
    ])
    /// Words after a name that make it a district or subdistrict ("Baqim district", "the X directorate").
    static let districtNouns = WordSet(DivisionNouns.districtInRecognition)
    static let featureNouns = WordSet(featureNounsWords)
    static let nearWords = WordSet(nearWordsWords)

    /// Multi-word names of organisations, people and parties that would otherwise match places.
    /// Entries are folded keys (see `NameNormalizer.key(for:)`).
    static let blockedPhrases: [String] = [
        "Hayat Tahrir al-Sham", "Jaysh al-Izza", "Jaish al-Izza", "Jaish al-Islam", "Jaysh al-Islam", "Jund al-Aqsa",
        "Ahrar al-Sham", "Ajnad al-Sham", "Failaq al-Sham", "Jabhat al-Nusra", "Jabhat Fatah al-Sham", "Fatah Army",
        "Army of Conquest", "Bashar al-Assad", "Basil al-Assad", "Bassel al-Assad", "Hafez al-Assad", "Maher al-Assad",
        "Levant Front", "Nusra Front", "Islamic State", "Middle East Eye", "Middle East", "North Africa", "Near East", "Far East", "Al Jazeera",
        "Al Arabiya", "Tajamaa al-Ezza", "Tajammu Alezza", "Al-Qaeda", "Al-Qaida", "Free Syrian Army",
        "National Liberation Front", "Syrian Democratic Forces", "Revolutionary Guard", "Omran Centre",
    ]
}
