import Corpus

/// Reads Anki's text format: `#key:value` headers, then RFC 4180 rows.
///
/// Headers understood: `#separator:` (Tab, Comma, Semicolon, Pipe, Colon, Space or one character),
/// `#html:`, `#tags:`, `#columns:`, `#deck:`, `#notetype:`, and the 1-based `#guid column:`,
/// `#notetype column:`, `#deck column:`, `#tags column:`. Without `#columns:`, a first row that names
/// its columns (`guid,question,answer,tags`, `front,back`, ...) is read as a header row. A file with no
/// headers at all reads as question, answer, then optional tags. The remaining columns are the note's
/// fields: the first is the question, the second the answer, any others are appended to the answer.
public enum AnkiTextReader {
    enum Role: Equatable {
        case guid, notetype, deck, tags, question, answer, field, ignored
        /// A column a header row names that dlquiz has no field for ("explanation", "paper_url"): appended to
        /// the answer under its name, so nothing the file says is lost.
        case labelled(String)
    }

    static let headerKeys: Set<String> = [
        "separator", "html", "tags", "columns", "deck", "notetype", "guid column", "notetype column", "deck column",
        "tags column",
    ]

    /// Column names a header row may use, by role; "question"-like names mark the row as a header.
    static let columnNames: [String: Role] = [
        "guid": .guid, "id": .guid, "note id": .guid, "tags": .tags, "tag": .tags, "deck": .deck, "notetype": .notetype,
        "note type": .notetype, "question": .question, "answer": .answer, "front": .question, "back": .answer, "q": .question,
        "a": .answer, "text": .question, "extra": .field, "back extra": .field, "level": .ignored, "source": .ignored,
    ]
    static let questionNames: Set<String> = ["question", "front", "q", "text"]

    public static func read(_ text: String, file: String, format: ImportFormat) throws(ImportError) -> ReadResult {
        let bytes = Array(text.utf8)
        var headers: [String: String] = [:]
        var position = 0
        var line = 1
        // Header lines: "#key:value" at the top of the file.
        while position < bytes.count, bytes[position] == UInt8(ascii: "#") {
            var end = position
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let content = String(decoding: bytes[(position + 1)..<end], as: UTF8.self)
            guard let colon = content.firstIndex(of: ":") else { break }
            let key = content[..<colon].lowercased().trimmedWhitespace
            guard headerKeys.contains(key) else { break }
            headers[key] = String(content[content.index(after: colon)...]).trimmedWhitespace
            position = min(bytes.count, end + 1)
            line += 1
        }
        var result = ReadResult()
        let separator = try chooseSeparator(headers["separator"], bytes: bytes, from: position, format: format, file: file)
        var rows = try DelimitedRows.parse(bytes, from: position, firstLine: line, separator: separator, file: file)
        rows.removeAll { !$0.firstQuoted && $0.fields.first!.utf8.first == UInt8(ascii: "#") && $0.fields.first!.hasPrefix("#") }  // comments

        let width = rows.map { $0.fields.count }.max() ?? 0
        var roles = [Role](repeating: .field, count: max(width, 1))
        func setRole(_ header: String, _ role: Role) throws(ImportError) {
            guard let text = headers[header] else { return }
            guard let column = Int(text), column >= 1, column <= 1000 else {
                throw ImportError(file: file, "#\(header): expects a column number, got '\(text)'")
            }
            if column > roles.count { roles += [Role](repeating: .field, count: column - roles.count) }
            roles[column - 1] = role
        }
        var named = false
        var ownExport = false
        if let columns = headers["columns"] {
            let names = columns.split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: false)
                .map { $0.trimmedWhitespace.lowercased() }
            for (k, name) in names.enumerated() {
                if k >= roles.count { roles.append(.field) }
                roles[k] = columnNames[name] ?? .field
            }
            named = true
        }
        try setRole("guid column", .guid)
        try setRole("notetype column", .notetype)
        try setRole("deck column", .deck)
        try setRole("tags column", .tags)
        if !named, let first = rows.first, !first.firstQuoted, let headerRoles = headerRowRoles(Array(first.fields)) {
            ownExport = Array(first.fields) == CSVWriter.header
            for (k, role) in headerRoles.enumerated() where k < roles.count { roles[k] = role }
            rows.removeFirst()
            named = true
        }
        let anyHeaders = !headers.isEmpty || named
        if !anyHeaders, roles.count >= 3 { roles[2] = .tags }  // question, answer, tags
        // HTML when the file says so; plain text for dlquiz's own CSV export (its fields are text, whatever
        // they hold); else by each field's content (a spreadsheet of Anki fields holds `<b>`, `&nbsp;`).
        let html: Bool? = headers["html"].map { $0.lowercased() == "true" || $0 == "1" } ?? (ownExport ? false : nil)
        let fileTags = (headers["tags"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        let tagsGiven = roles.contains(.tags) || !fileTags.isEmpty
        var decks = Set<String>()
        if let deck = headers["deck"], !deck.isEmpty { result.deckName = deck }
        var clozeCount = 0
        var extraFields = 0

        let fileNotetype = headers["notetype"] ?? ""
        let onlyFields = roles.allSatisfy { $0 == .field }
        let oneFieldShortcut = !fileNotetype.lowercased().contains("cloze") && roles[0] != .deck && roles[0] != .notetype
        func toText(_ s: String) -> String {
            // `HTMLText.looksLikeHTML`, only for fields with a "<" or "&", which its pattern needs.
            let convert = html ?? (s.utf8.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }
                && HTMLText.looksLikeHTML(s))
            return convert ? HTMLText.toText(s) : s.trimmedWhitespace
        }
        for (k, row) in rows.enumerated() {
            let index = k + 1
            // A row of one field has no answer: said without building its note (a 23,000-line input spent most
            // of its time there), unless that field is read for more (a deck or note type column, a cloze file).
            if oneFieldShortcut, row.fields.count < 2 {
                let asked = [Role.field, .question, .answer].contains(roles[0])
                let empty = !asked || (row.fields.first.map { toText($0).isEmpty } ?? true)
                result.skipped.append((index, empty ? "empty question (line \(row.line))" : "no answer (line \(row.line))"))
                continue
            }
            var fields: [String] = []
            var namedQuestion: String? = nil
            var namedAnswer: String? = nil
            var tags = fileTags
            var guid: String? = nil
            var labelled: [String] = []
            var notetype = fileNotetype
            // Every column a field (no header named one): the row's fields as they are.
            if onlyFields {
                fields = Array(row.fields)
            } else {
                for (c, value) in row.fields.enumerated() {
                    switch c < roles.count ? roles[c] : .field {
                    case .field: fields.append(value)
                    case .question: namedQuestion = value
                    case .answer: namedAnswer = value
                    case .guid: guid = value.isEmpty ? nil : value
                    case .tags: tags += value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{3000}" }).map(String.init)
                    case .deck: if !value.isEmpty { decks.insert(value) }
                    case .notetype: notetype = value
                    case .ignored: break
                    case .labelled(let name): if !value.trimmedWhitespace.isEmpty { labelled.append(name + ": " + value) }
                    }
                }
            }
            // A byte test for a "z" first (only "z" and "Z" lowercase to it): `contains` sets up a searcher
            // on every call, which was the most of this reader's time on a 64 KB fuzz input.
            if notetype.utf8.contains(where: { $0 | 0x20 == UInt8(ascii: "z") }), notetype.lowercased().contains("cloze") {
                clozeCount += 1
                result.skipped.append((index, "cloze note (line \(row.line)): dlquiz has no cloze cards"))
                continue
            }
            if let q = namedQuestion { fields.insert(q, at: 0) }
            if let a = namedAnswer { fields.insert(a, at: min(1, fields.count)) }
            if !fields.isEmpty { fields += labelled }
            let question = fields.first.map(toText) ?? ""
            var answerParts = fields.count < 2 ? [] : fields.dropFirst().map(toText).filter { !$0.isEmpty }
            if answerParts.count > 1 { extraFields += 1 }
            if answerParts.isEmpty { answerParts = [] }
            let answer = answerParts.joined(separator: "\n\n")
            if question.isEmpty {
                result.skipped.append((index, "empty question (line \(row.line))"))
                continue
            }
            if answer.isEmpty {
                result.skipped.append((index, "no answer (line \(row.line))"))
                continue
            }
            result.notes.append(ImportedNote(index: index, question: question, answer: answer, tags: tagsGiven ? tags : nil, id: guid))
        }
        if clozeCount > 0 { result.warnings.append("\(clozeCount) cloze note\(clozeCount == 1 ? "" : "s") skipped: dlquiz has no cloze cards") }
        if extraFields > 0 { result.warnings.append("\(extraFields) note\(extraFields == 1 ? " has" : "s have") more than two fields; the extra fields were appended to the answer") }
        if result.deckName == nil, decks.count == 1 { result.deckName = decks.first }
        return result
    }

    /// The roles a first row gives its columns when it is a header row: it names a question column and an
    /// answer column (or only a question column when all its names are known: `front,tags`), and every
    /// field reads as a column name (short, no sentence punctuation). Unknown names keep their label.
    static func headerRowRoles(_ fields: [String]) -> [Role]? {
        // A field of more than 40 characters is no column name (`isColumnName`; every known name is
        // shorter), so the row is data: said before lowercasing a 64 KB field (a tenth of a fuzz profile).
        guard fields.allSatisfy({ $0.utf8.count <= 40 || !isLonger($0.trimmedWhitespace, than: 40) }) else { return nil }
        let names = fields.map { $0.trimmedWhitespace.lowercased() }
        guard names.contains(where: questionNames.contains) else { return nil }
        let allKnown = names.allSatisfy { columnNames[$0] != nil }
        if !allKnown {
            guard names.contains(where: { columnNames[$0] == .answer }),
                  names.allSatisfy(isColumnName) else { return nil }
        }
        return zip(names, fields).map { name, field in
            columnNames[name] ?? (name.isEmpty ? .ignored : .labelled(columnLabel(field)))
        }
    }

    /// `s.count > n`, counting no further than n + 1 characters.
    static func isLonger(_ s: String, than n: Int) -> Bool {
        s.index(s.startIndex, offsetBy: n + 1, limitedBy: s.endIndex) != nil
    }

    /// "paper_title", "Source URL", "explanation": a spreadsheet's column name, not a sentence.
    static func isColumnName(_ name: String) -> Bool {
        name.count <= 40 && name.split(separator: " ").count <= 4
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == " " }
    }

    /// "paper_title" → "Paper title".
    static func columnLabel(_ name: String) -> String {
        let words = name.trimmedWhitespace.replacing("_", with: " ").replacing("-", with: " ")
        guard let first = words.first else { return words }
        return first.uppercased() + words.dropFirst()
    }

    static func chooseSeparator(_ header: String?, bytes: [UInt8], from: Int, format: ImportFormat, file: String) throws(ImportError) -> UInt8 {
        if let header {
            switch header.lowercased() {
            case "tab", "\\t", "\t": return 0x09
            case "comma", ",": return UInt8(ascii: ",")
            case "semicolon", ";": return UInt8(ascii: ";")
            case "pipe", "|": return UInt8(ascii: "|")
            case "colon", ":": return UInt8(ascii: ":")
            case "space", " ", "": return UInt8(ascii: " ")
            default:
                guard header.utf8.count == 1, let b = header.utf8.first, b != 0x22, b != 0x0A else {
                    throw ImportError(file: file, "#separator: '\(header)' is not a separator Anki knows")
                }
                return b
            }
        }
        // No header: the separator that splits every line alike (Anki guesses too), else the format's
        // separator, unless the first row has none of it and another one instead.
        let head = String(decoding: bytes[from..<min(bytes.count, from + 64 * 1024)], as: UTF8.self)
        let preferred: UInt8 = format == .csv ? UInt8(ascii: ",") : 0x09
        if let sniffed = SeparatorSniffer.sniff(text: head, droppingLastLine: bytes.count > from + 64 * 1024, preferred: preferred) {
            return sniffed
        }
        var end = from
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let first = bytes[from..<end]
        if first.contains(preferred) { return preferred }
        for candidate in [0x09, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|")] where first.contains(candidate) {
            return candidate
        }
        return preferred
    }
}

extension StringProtocol {
    /// The text without whitespace (newlines included) at either end.
    var trimmedWhitespace: String {
        let bytes = Substring(self).utf8
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        // Bytes first: when the first and last bytes that are not ASCII whitespace are ASCII, every byte cut
        // is a whole `Character` (an ASCII space joins no mark that follows an ASCII byte), so the cut is
        // the same; else, `Character` by `Character`.
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
        if start == end { return bytes.allSatisfy { $0 < 0x80 } ? "" : characterTrimmed }
        while isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        let last = bytes.index(before: end)
        let next = bytes.index(after: start)
        guard bytes[start] < 0x80, next == bytes.endIndex || bytes[next] < 0x80, bytes[last] < 0x80 else {
            // No whitespace scalar at all, so no whitespace `Character` (one whose first scalar is White_Space)
            // and nothing to trim: a field or line of other text is kept as it is, without building it again.
            if start == bytes.startIndex, end == bytes.endIndex, !Substring(self).unicodeScalars.contains(where: LineScan.isWhitespace) {
                return String(self)
            }
            return scalarTrimmed ?? characterTrimmed
        }
        return String(Substring(self)[start..<end])
    }

    /// `trimmedWhitespace` for text with scalars that are not ASCII next to what is trimmed, decided over the
    /// scalars; nil, for `characterTrimmed`, where grapheme breaking could matter. A `Character` is whitespace
    /// when its first scalar is. The first kept one starts at the first scalar that is not ASCII whitespace,
    /// unless that scalar is a mark that joins the space before it (`FoldedHead.mayExtend`) or is itself
    /// whitespace. The last kept one ends before the trailing ASCII whitespace, unless a Prepend scalar
    /// joins that space to it; and it is not whitespace when no scalar after its last ASCII one is, nor that
    /// ASCII one. (Lines of other text took the `Character` path: a property look-up per character.)
    var scalarTrimmed: String? {
        let scalars = Substring(self).unicodeScalars
        func isASCIISpace(_ s: Unicode.Scalar) -> Bool { s.value < 0x80 && LineScan.isSpaceByte(UInt8(s.value)) }
        var start = scalars.startIndex
        while start < scalars.endIndex, isASCIISpace(scalars[start]) { start = scalars.index(after: start) }
        guard start < scalars.endIndex else { return "" }
        let first = scalars[start]
        if first.value >= 0x80, LineScan.isWhitespace(first) || start != scalars.startIndex && FoldedHead.mayExtend(first) { return nil }
        var end = scalars.endIndex
        while isASCIISpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if end != scalars.endIndex, FoldedHead.mayPrepend(scalars[scalars.index(before: end)]) { return nil }
        var k = end
        while k > start {
            let s = scalars[scalars.index(before: k)]
            if s.value < 0x80 { if isASCIISpace(s) { return nil }; break }
            if LineScan.isWhitespace(s) { return nil }
            k = scalars.index(before: k)
        }
        return String(scalars[start..<end])
    }

    /// `trimmedWhitespace` `Character` by `Character`: the reference, and the path for other text.
    var characterTrimmed: String {
        var s = Substring(self)
        while let f = s.first, LineScan.isWhitespace(f) { s.removeFirst() }
        while let l = s.last, LineScan.isWhitespace(l) { s.removeLast() }
        return String(s)
    }
}
