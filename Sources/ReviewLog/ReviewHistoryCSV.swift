import JSONKit

/// `dlquiz log export --format csv`: the review history as RFC 4180 CSV for a spreadsheet.
///
/// One row per valid record, in file order, with every field the log holds:
///
///     line,card,kind,rating,rating_name,at,duration_ms,score,answer,leech,undone
///
/// `kind` is review, undo, suspend, unsuspend or bury; `undone` is true for a review that a later
/// undo record cancelled (the same rule as the replay: an undo cancels its card's latest
/// remaining review). Lines the scanner cannot read are left out and counted in `skipped`.
public enum ReviewHistoryCSV {
    public static let header = "line,card,kind,rating,rating_name,at,duration_ms,score,answer,leech,undone"

    /// The CSV text (header first, CRLF-free "\n" line ends) and how many lines were skipped.
    public static func export(_ bytes: [UInt8]) -> (csv: String, skipped: Int) {
        var rows: [(line: Int, record: ReviewRecord)] = []
        var skipped = 0
        var lineNumber = 0
        for raw in bytes.split(separator: 10, omittingEmptySubsequences: false) {
            lineNumber += 1
            if raw.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            // One line through the scanner, so the export reads exactly what the replay reads.
            let parsed = ReviewLogScanner.parse(Array(raw))
            guard parsed.eventCount == 1 else {
                skipped += 1
                continue
            }
            var record = parsed.record(0)
            if case .review = record.kind, let json = try? JSONParser.parse(Array(raw)) {
                record.durationMs = json["duration_ms"]?.intValue
                record.answer = json["answer"]?.stringValue
                record.score = json["score"]?.doubleValue
            }
            rows.append((lineNumber, record))
        }
        var undone = [Bool](repeating: false, count: rows.count)
        var remaining: [String: [Int]] = [:]
        for (i, row) in rows.enumerated() {
            switch row.record.kind {
            case .review: remaining[row.record.card, default: []].append(i)
            case .undo:
                if let last = remaining[row.record.card]?.popLast() { undone[last] = true }
            default: break
            }
        }
        var out = header + "\n"
        for (i, row) in rows.enumerated() {
            let r = row.record
            let kind: String
            switch r.kind {
            case .review: kind = "review"
            case .undo: kind = "undo"
            case .suspend: kind = "suspend"
            case .unsuspend: kind = "unsuspend"
            case .bury: kind = "bury"
            }
            let fields = [
                String(row.line), r.card, kind, r.rating.map { String($0.rawValue) } ?? "", r.rating?.name ?? "", r.at.iso,
                r.durationMs.map(String.init) ?? "", r.score.map(JSON.format) ?? "", r.answer ?? "",
                r.kind == .suspend ? String(r.leech) : "", r.rating != nil ? String(undone[i]) : "",
            ]
            out += fields.map(field).joined(separator: ",") + "\n"
        }
        return (out, skipped)
    }

    /// A CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        var out = "\""
        for ch in text {
            if ch == "\"" { out += "\"" }
            out.append(ch)
        }
        return out + "\""
    }
}
