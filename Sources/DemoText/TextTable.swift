/// A table of strings: the first column left-aligned, the rest right-aligned, two spaces apart.
struct TextTable {
    var headers: [String]
    var rows: [[String]]

    func render(_ style: TextStyle, indent: String = "  ") -> String {
        let columns = headers.count
        var widths = headers.map(\.count)
        for row in rows {
            for (c, cell) in row.enumerated() where c < columns { widths[c] = Swift.max(widths[c], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { c, cell in
                c == 0 ? Formatting.padRight(cell, widths[c]) : Formatting.pad(cell, widths[c])
            }
            var text = indent + padded.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var lines = [line(headers)]
        lines.append(indent + widths.map { String(repeating: style.unicode ? "─" : "-", count: $0) }.joined(separator: "  "))
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}
