/// RFC 4180 records over UTF-8 bytes: fields split by one ASCII separator, a field in double quotes may
/// hold separators, newlines (read as "\n", from "\r\n" or "\r" too) and doubled quotes (`""`). Each row
/// keeps the line it starts on.
struct DelimitedRows {
    struct Row {
        var line: Int
        /// The row's fields: a slice of one array that holds every row's, so a file of 30,000 rows makes
        /// one array, not 30,000 (their allocation and release were most of a fuzz input's time).
        var fields: ArraySlice<String>
        /// True when the row's first field was quoted (so a leading `#` is data, not a header or comment).
        var firstQuoted: Bool
    }

    /// Splits `bytes[from...]`; an unclosed quote is an error naming the line where it opened.
    static func parse(_ bytes: [UInt8], from start: Int, firstLine: Int, separator: UInt8, file: String) throws(ImportError) -> [Row] {
        var all: [String] = []  // every row's fields, in order
        var spans: [(line: Int, fields: Range<Int>, firstQuoted: Bool)] = []
        var rowStart = 0  // where the current row's fields start in `all`
        var fields: ArraySlice<String> { all[rowStart...] }
        var field: [UInt8] = []
        var line = firstLine
        var rowLine = firstLine
        var firstQuoted = false
        var i = start
        let n = bytes.count
        var atFieldStart = true
        func endField() {
            all.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRow() {
            spans.append((rowLine, rowStart..<all.count, firstQuoted))
            rowStart = all.count
        }
        while i < n {
            let b = bytes[i]
            if atFieldStart, b == 0x22 {
                // Quoted field.
                if fields.isEmpty { firstQuoted = true }
                let openLine = line
                i += 1
                var closed = false
                while i < n {
                    let c = bytes[i]
                    if c == 0x22 {
                        if i + 1 < n, bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                        closed = true
                        i += 1
                        break
                    }
                    if c == 0x0A { line += 1 }
                    if c == 0x0D {
                        // A line break inside the field is "\n", whichever the file wrote ("\r\n" from
                        // Excel or Google Sheets, a lone "\r"): answers show no carriage returns.
                        if i + 1 < n, bytes[i + 1] == 0x0A { i += 1; line += 1 }
                        field.append(0x0A)
                        i += 1
                        continue
                    }
                    field.append(c)
                    i += 1
                }
                if !closed { throw ImportError(file: file, line: openLine, "a quoted field is never closed (a \" with no closing \")") }
                // Text after the closing quote, up to the separator, is kept (lenient, as Anki is).
                atFieldStart = false
                continue
            }
            atFieldStart = false
            if b == separator {
                endField()
                atFieldStart = true
                i += 1
                continue
            }
            if b == 0x0A || b == 0x0D {
                endField()
                if fields.count > 1 || !fields.first!.isEmpty || firstQuoted {
                    endRow()
                } else {
                    all.removeLast()  // an empty line
                }
                firstQuoted = false
                if b == 0x0D, i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                i += 1
                line += 1
                rowLine = line
                atFieldStart = true
                continue
            }
            field.append(b)
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty || firstQuoted {
            endField()
            endRow()
        }
        return spans.map { Row(line: $0.line, fields: all[$0.fields], firstQuoted: $0.firstQuoted) }
    }
}
