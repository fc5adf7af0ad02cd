/// The nouns that make a name an administrative division ("Idlib province", "Baqim district",
/// "the governorate of Homs"), for every stage that reads them: the recognizer, the geocoder and
/// the event coder.
///
/// The stages read these words for different ends, so some take more words than others; each
/// list says whose it is and why it differs, so that one file shows every difference.
public enum DivisionNouns {
    /// A first-level division in English (with "governate", a common misspelling): the event coder's list ("Idlib province", "the
    /// province of Homs", "Hajjah border governorate").
    public static let province = ["province", "governorate", "provinces", "governorates", "governate", "governates"]

    /// What the recognizer takes after a name as a first-level division: `province`, the Arabic
    /// "muhafazat", and "countryside" ("Idlib countryside", the governorate's rural part).
    public static let provinceInRecognition = [
        "province", "provinces", "governorate", "governorates", "governate", "governates", "muhafazat", "countryside",
    ]

    /// Words after a name that make it a division of any level anywhere in the world: the
    /// geocoder's list, which chooses between a city and the division of the same name.
    public static let anyDivision = [
        "province", "provinces", "region", "state", "governorate", "oblast", "department", "prefecture",
        "county", "territory", "emirate", "division", "canton", "krai",
    ]

    /// A district or subdistrict, with the Arabic forms and their common spellings: the recognizer's list.
    public static let districtInRecognition = [
        "district", "districts", "directorate", "directorates", "subdistrict", "subdistricts", "nahiya", "nahia", "qada", "qadaa",
    ]

    /// The geocoder's district words: `districtInRecognition` without the spelling "nahia".
    public static let districtInGeocoding = [
        "district", "districts", "directorate", "directorates", "subdistrict", "subdistricts", "nahiya", "qada", "qadaa",
    ]

    /// The event coder's district words, singular but for "districts".
    public static let districtInEvents = ["district", "districts", "directorate", "subdistrict", "nahiya", "qada"]
}
