/// What the analyser needs to know about a special word, in one lookup: stop word, joining
/// prefix, or a fixed stem (irregular forms and words the suffix rules would damage).
/// Words not in the table are content words stemmed by the suffix rules.
struct WordInfo: Sendable {
    var stop = false
    var spacedPrefix = false
    var stem: String? = nil

    static let table: [String: WordInfo] = {
        var t: [String: WordInfo] = [:]
        for w in StopWords.all { t[w, default: WordInfo()].stop = true }
        for w in TextAnalyzer.spacedPrefixes { t[w, default: WordInfo()].spacedPrefix = true }
        for w in Stemmer.keep { t[w, default: WordInfo()].stem = w }
        for (w, s) in Stemmer.irregular { t[w, default: WordInfo()].stem = s }
        return t
    }()
}
