import Corpus

/// Guesses the field separator of delimited text that has no `#separator:` header (Anki guesses one
/// too; its exact rule is not checked here): the separator that splits every line into the same
/// number of fields.
///
/// Lines are read as `DelimitedRows` reads them (a quote opens only at the start of a field, text after
/// a closing quote is kept), so a separator inside a quoted field is not counted and a stray quote in
/// the middle of a field does not swallow the rest of the line. Why: a semicolon-separated deck
/// (`"Wort";"word"`, common in exports from other tools) was read with commas, or as an article.
enum SeparatorSniffer {
    /// Candidates in the order Anki prefers them.
    static let candidates: [UInt8] = [0x09, UInt8(ascii: "|"), UInt8(ascii: ";"), UInt8(ascii: ",")]

    /// The separator that occurs the same number of times (at least once) outside quotes on every one
    /// of `lines` (comment lines starting with `#` aside), or nil when none does or there are fewer
    /// than `minimumLines` lines to judge by. `preferred` (the separator a `.csv`/`.tsv` name implies)
    /// wins whenever it qualifies.
    static func sniff<S: StringProtocol>(_ lines: [S], minimumLines: Int = 2, preferred: UInt8? = nil) -> UInt8? {
        // Lazily: the first 200 data lines are all it judges by (filtering all of a 30,000-line input first
        // was a fifth of a fuzz profile).
        let data = lines.lazy.filter(isDataLine).prefix(200).map { Array($0.utf8)[...] }
        return separator(splittingAlike: Array(data), minimumLines: minimumLines, preferred: preferred)
    }

    /// The first candidate (`preferred` first) that occurs the same number of times, at least once, outside
    /// quotes on every one of `data`; nil when none does or there are fewer than `minimumLines`.
    static func separator(splittingAlike data: [ArraySlice<UInt8>], minimumLines: Int, preferred: UInt8?) -> UInt8? {
        guard data.count >= minimumLines else { return nil }
        let order = preferred.map { p in [p] + candidates.filter { $0 != p } } ?? candidates
        return order.first { sep in
            let counts = Set(data.map { count(sep, in: $0) })
            return counts.count == 1 && counts.first! > 0
        }
    }

    /// `sniff(ImportFormat.headLines(text, limit: .max).dropLast(droppingLastLine ? 1 : 0), …)` over the bytes of
    /// `text`: its lines are found, judged and counted in place, and only the first 200 data lines are kept,
    /// as byte ranges. (An array of every line of a 30,000-line input, each a `Substring` retaining the
    /// text, then filtered lazily through unspecialised generics, was a third of that input's reading.)
    static func sniff(text: String, droppingLastLine: Bool, minimumLines: Int = 2, preferred: UInt8? = nil) -> UInt8? {
        let b = Array(text.utf8)
        var data: [Range<Int>] = []
        var lastLine = -1  // where the last non-empty line starts
        func consider(_ line: Range<Int>) {
            guard !line.isEmpty else { return }  // `headLines` leaves empty lines out
            lastLine = line.lowerBound
            // One more than the 200 judged by: the last line may be dropped.
            if data.count <= 200, isDataLine(b[line]) { data.append(line) }
        }
        // The lines of `headLines`: split at each line feed that does not follow a carriage return.
        var start = 0
        for i in b.indices where b[i] == 0x0A && (i == 0 || b[i - 1] != 0x0D) {
            consider(start..<i)
            start = i + 1
        }
        consider(start..<b.count)
        if droppingLastLine, data.last?.lowerBound == lastLine { data.removeLast() }
        return separator(splittingAlike: data.prefix(200).map { b[$0] }, minimumLines: minimumLines, preferred: preferred)
    }

    /// `isDataLine` of a line's bytes: over the bytes when they are ASCII (a "#" byte first is a "#"
    /// `Character`: no ASCII byte joins it), else the line as text.
    static func isDataLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard !line.contains(where: { $0 >= 0x80 }) else { return isDataLine(String(decoding: line, as: UTF8.self)) }
        return line.first != UInt8(ascii: "#") && line.contains { !LineScan.isSpaceByte($0) }
    }

    /// A line to judge by: not a `#` comment, and not whitespace only. Over the bytes when they are ASCII
    /// (each a `Character`, or "\r\n", whitespace too); else `Character` by `Character`. (A file of tens of
    /// thousands of blank lines spent most of its reading in the property look-ups.)
    static func isDataLine<S: StringProtocol>(_ line: S) -> Bool {
        let b = line.utf8
        if b.first == UInt8(ascii: "#"), line.hasPrefix("#") { return false }
        if !b.contains(where: { $0 >= 0x80 }) { return b.contains { !LineScan.isSpaceByte($0) } }
        return line.contains { !LineScan.isWhitespace($0) }
    }

    /// How many times `sep` separates fields on one line; a quoted field's content is skipped.
    static func count(_ sep: UInt8, in line: ArraySlice<UInt8>) -> Int {
        var n = 0
        var i = line.startIndex
        var atFieldStart = true
        while i < line.endIndex {
            let b = line[i]
            if atFieldStart, b == 0x22 {
                i += 1
                while i < line.endIndex {
                    if line[i] == 0x22 {
                        if i + 1 < line.endIndex, line[i + 1] == 0x22 { i += 2; continue }
                        break
                    }
                    i += 1
                }
                i += 1
                atFieldStart = false
                continue
            }
            if b == sep { n += 1; atFieldStart = true } else { atFieldStart = false }
            i += 1
        }
        return n
    }

    /// Whether every data line is a row of quoted fields: the only layout in which commas are taken
    /// as a separator in a file not named `.csv` (prose has commas too).
    static func allQuoted<S: StringProtocol>(_ lines: [S]) -> Bool {
        let data = lines.filter(isDataLine)
        return !data.isEmpty && data.allSatisfy { $0.hasPrefix("\"") }
    }
}
