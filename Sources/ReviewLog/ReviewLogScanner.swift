import Dispatch
#if canImport(Glibc)
import Glibc  // memchr/memcmp only; file access goes through Platform
#endif
import JSONKit

/// Reads reviews.jsonl fast: a hand-written scanner for the flat objects dlquiz writes, with
/// JSONKit's full parser as the fallback for lines it cannot take (escapes, nesting, odd layout).
///
/// Torn-line rules: a line that is not a JSON object with a non-empty "card", an "at" time and
/// exactly one record kind ("rating" 1-4, or "undo", "suspend", "unsuspend" or "bury" set to
/// true; see `ReviewRecord`) is reported in `problems` with its line number and skipped. A last
/// line without a newline is reported as cut short. An unknown kind (a line from a newer dlquiz)
/// is reported and skipped the same way. The file is never changed.
public enum ReviewLogScanner {
    /// Logs above this size are scanned in two halves on two threads, then merged.
    static let parallelThreshold = 4 << 20

    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedLog {
        guard bytes.count >= parallelThreshold, let base = bytes.baseAddress,
            let newline = memchr(base + bytes.count / 2, 10, bytes.count - bytes.count / 2)
        else {
            return parseChunk(bytes, 0, bytes.count).log
        }
        let mid = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
        let halves = UnsafeMutablePointer<(log: ParsedLog, lines: Int)>.allocate(capacity: 2)
        defer { halves.deinitialize(count: 2); halves.deallocate() }
        halves.initialize(repeating: (ParsedLog(), 0), count: 2)
        // Each thread reads its own half of the (immutable) input and writes only its own slot.
        nonisolated(unsafe) let input = bytes
        nonisolated(unsafe) let output = halves
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            output[k] = k == 0 ? parseChunk(input, 0, mid) : parseChunk(input, mid, input.count)
        }
        var log = halves[0].log
        let second = halves[1].log
        var interner = CardInterner(existing: log.cardIDs)
        let remap = second.cardIDs.map { interner.intern($0) }
        log.eventCard.reserveCapacity(log.eventCount + second.eventCount)
        log.eventCard.append(contentsOf: second.eventCard.lazy.map { remap[Int($0)] })
        log.eventCode.append(contentsOf: second.eventCode)
        log.eventAt.append(contentsOf: second.eventAt)
        let offset = Int32(halves[0].lines)
        log.eventLine.append(contentsOf: second.eventLine.lazy.map { $0 + offset })
        log.problems.append(contentsOf: second.problems.map { ($0.line + halves[0].lines, $0.message) })
        log.cardIDs = interner.ids
        return log
    }

    /// Scans `bytes[from..<to]` (whole lines); returns the events and the number of lines seen.
    static func parseChunk(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> (log: ParsedLog, lines: Int) {
        var log = ParsedLog()
        var interner = CardInterner(capacity: 1024)
        let estimate = (to - from) / 70
        log.eventCard.reserveCapacity(estimate)
        log.eventCode.reserveCapacity(estimate)
        log.eventAt.reserveCapacity(estimate)
        log.eventLine.reserveCapacity(estimate)
        guard let base = bytes.baseAddress, to > from else { return (log, 0) }
        var lineStart = from
        var lineNumber = 0
        let n = to
        while lineStart < n {
            lineNumber += 1
            var lineEnd = n
            if let newline = memchr(base + lineStart, 10, n - lineStart) {
                lineEnd = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
            }
            let complete = lineEnd < n
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart && bytes[end - 1] == 13 { end -= 1 }  // tolerate CRLF
            if isBlank(bytes, lineStart, end) { continue }
            switch scanFast(bytes, lineStart, end, &interner) {
            case .event(let card, let rating, let at):
                log.eventCard.append(card)
                log.eventCode.append(rating)
                log.eventAt.append(at)
                log.eventLine.append(Int32(truncatingIfNeeded: lineNumber))
            case .invalid(let message):
                log.problems.append((lineNumber, complete ? message : "incomplete last line (a write cut short?): " + message))
            case .needsFullParser:
                switch scanSlow(bytes, lineStart, end, &interner) {
                case .event(let card, let rating, let at):
                    log.eventCard.append(card)
                    log.eventCode.append(rating)
                    log.eventAt.append(at)
                    log.eventLine.append(Int32(truncatingIfNeeded: lineNumber))
                case .invalid(let message), .needsFullParser(let message):
                    log.problems.append((lineNumber, complete ? message : "incomplete last line (a write cut short?): " + message))
                }
            }
        }
        log.cardIDs = interner.ids
        return (log, lineNumber)
    }

    public static func parse(_ bytes: [UInt8]) -> ParsedLog {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    enum LineResult {
        case event(Int32, UInt8, Moment)
        case invalid(String)
        case needsFullParser(String)
    }

    enum FastResult {
        case event(Int32, UInt8, Moment)
        case invalid(String)
        case needsFullParser
    }

    @inline(__always)
    static func isBlank(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            let c = b[i]
            if c != 32 && c != 9 && c != 13 { return false }
            i += 1
        }
        return true
    }

    /// Flat objects of string, number, true/false/null values with escape-free keys and ids.
    static func scanFast(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ interner: inout CardInterner) -> FastResult {
        var i = start
        @inline(__always) func skipSpace() {
            while i < end, b[i] == 32 || b[i] == 9 { i += 1 }
        }
        skipSpace()
        guard i < end, b[i] == 123 else { return .invalid("not a JSON object") }  // {
        i += 1
        var cardStart = -1, cardEnd = -1
        var atStart = -1, atEnd = -1
        var rating = -1
        var flag: UInt8 = 255  // the kind set by a `true` key, 254 when two kinds conflict
        var leech = false  // "leech": true (meaningful on suspend records only)
        var first = true
        while true {
            skipSpace()
            guard i < end else { return .invalid("unterminated object") }
            if b[i] == 125 { i += 1; break }  // }
            if !first {
                guard b[i] == 44 else { return .needsFullParser }  // ,
                i += 1
                skipSpace()
            }
            first = false
            guard i < end, b[i] == 34 else { return .needsFullParser }
            i += 1
            let keyStart = i
            while i < end, b[i] != 34 {
                if b[i] == 92 { return .needsFullParser }
                i += 1
            }
            guard i < end else { return .needsFullParser }
            let keyEnd = i
            i += 1
            skipSpace()
            guard i < end, b[i] == 58 else { return .needsFullParser }  // :
            i += 1
            skipSpace()
            guard i < end else { return .needsFullParser }
            let key = keyID(b, keyStart, keyEnd)
            let c = b[i]
            if c == 34 {
                i += 1
                let valueStart = i
                while i < end, b[i] != 34 {
                    if b[i] == 92 {
                        if key == 1 || key == 3 { return .needsFullParser }
                        i += 1
                    }
                    i += 1
                }
                guard i < end else { return .needsFullParser }
                if key == 1 { cardStart = valueStart; cardEnd = i }
                if key == 3 { atStart = valueStart; atEnd = i }
                if key == 2 { return .invalid("\"rating\" must be a number 1-4") }
                i += 1
            } else if c >= 48 && c <= 57 || c == 45 {
                let valueStart = i
                while i < end, b[i] != 44, b[i] != 125, b[i] != 32 {
                    let d = b[i]
                    guard (d >= 48 && d <= 57) || d == 46 || d == 101 || d == 69 || d == 43 || d == 45 else {
                        return .needsFullParser
                    }
                    i += 1
                }
                if key == 2 {
                    guard i - valueStart == 1, b[valueStart] >= 49, b[valueStart] <= 52 else {
                        return .invalid("\"rating\" must be 1, 2, 3 or 4")
                    }
                    rating = Int(b[valueStart] - 48)
                }
            } else if c == 116, i + 4 <= end, b[i + 1] == 114, b[i + 2] == 117, b[i + 3] == 101 {  // true
                if key == 8 {
                    leech = true
                } else if key >= 4 {
                    flag = flag == 255 || flag == ReviewLogScanner.code(ofKey: key) ? ReviewLogScanner.code(ofKey: key) : 254
                }
                i += 4
            } else if c == 102, i + 5 <= end, b[i + 1] == 97, b[i + 2] == 108, b[i + 3] == 115, b[i + 4] == 101 {  // false
                i += 5
            } else if c == 110, i + 4 <= end, b[i + 1] == 117, b[i + 2] == 108, b[i + 3] == 108 {  // null
                i += 4
            } else {
                return .needsFullParser
            }
        }
        skipSpace()
        guard i == end else { return .needsFullParser }
        guard cardStart >= 0, cardEnd > cardStart else { return .invalid("missing \"card\"") }
        guard atStart >= 0, let at = ISOTime.parse(b, atStart, atEnd) else {
            return .invalid("missing or unreadable \"at\" time")
        }
        if flag == 254 { return .invalid(conflictingKinds) }
        if flag == 255 && rating < 0 { return .invalid(unknownKind) }
        let card = interner.intern(b, cardStart, cardEnd)
        if flag == ParsedLog.Code.suspend && leech { return .event(card, ParsedLog.Code.leechSuspend, at) }
        return .event(card, flag != 255 ? flag : UInt8(rating), at)
    }

    public static let unknownKind = #"unknown record kind: none of "rating", "undo", "suspend", "unsuspend", "bury""#
    static let conflictingKinds = "more than one record kind (undo, suspend, unsuspend, bury)"

    /// 1 card, 2 rating, 3 at, 4 undo, 5 suspend, 6 unsuspend, 7 bury, 8 leech, 0 anything else.
    @inline(__always)
    static func keyID(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        // Byte by byte, not memcmp: this runs for every key of every line.
        @inline(__always) func matches(_ word: StaticString) -> Bool {
            let w = word.utf8Start
            for k in 0..<(end - start) where b[start + k] != w[k] { return false }
            return true
        }
        switch end - start {
        case 2: return matches("at") ? 3 : 0
        case 4:
            switch b[start] {
            case 99: return matches("card") ? 1 : 0
            case 117: return matches("undo") ? 4 : 0
            case 98: return matches("bury") ? 7 : 0
            default: return 0
            }
        case 5: return matches("leech") ? 8 : 0
        case 6: return matches("rating") ? 2 : 0
        case 7: return matches("suspend") ? 5 : 0
        case 9: return matches("unsuspend") ? 6 : 0
        default: return 0
        }
    }

    /// The `ParsedLog.Code` of a kind key (4-7).
    @inline(__always)
    static func code(ofKey key: Int) -> UInt8 {
        switch key {
        case 4: return ParsedLog.Code.undo
        case 5: return ParsedLog.Code.suspend
        case 6: return ParsedLog.Code.unsuspend
        default: return ParsedLog.Code.bury
        }
    }

    static func scanSlow(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ interner: inout CardInterner) -> LineResult {
        let json: JSON
        do {
            json = try JSONParser.parse(bytes: UnsafeBufferPointer(rebasing: b[start..<end]))
        } catch {
            return .invalid("not valid JSON (\(error.message))")
        }
        guard json.objectValue != nil else { return .invalid("not a JSON object") }
        guard let card = json["card"]?.stringValue, !card.isEmpty else { return .invalid("missing \"card\"") }
        guard let atText = json["at"]?.stringValue, let at = Moment.parse(atText) else {
            return .invalid("missing or unreadable \"at\" time")
        }
        let flags = [("undo", ParsedLog.Code.undo), ("suspend", ParsedLog.Code.suspend),
                     ("unsuspend", ParsedLog.Code.unsuspend), ("bury", ParsedLog.Code.bury)]
            .filter { json[$0.0]?.boolValue == true }.map(\.1)
        if flags.count > 1 { return .invalid(conflictingKinds) }
        if let code = flags.first {
            if code == ParsedLog.Code.suspend && json["leech"]?.boolValue == true {
                return .event(interner.intern(card), ParsedLog.Code.leechSuspend, at)
            }
            return .event(interner.intern(card), code, at)
        }
        guard let rating = json["rating"] else { return .invalid(unknownKind) }
        guard let r = rating.intValue, (1...4).contains(r) else {
            return .invalid("\"rating\" must be 1, 2, 3 or 4")
        }
        return .event(interner.intern(card), UInt8(r), at)
    }
}
