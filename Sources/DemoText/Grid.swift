/// A matrix of numbers as aligned text rows under a name, for the smaller demos.
enum Grid {
    static func render(_ name: String, _ rows: [[Double]], decimals: Int, indent: String = "    ") -> String {
        let cells = rows.map { $0.map { Formatting.fixed($0, decimals) } }
        let width = cells.flatMap { $0 }.map(\.count).max() ?? 1
        return "  \(name):\n" + cells.map { indent + $0.map { Formatting.pad($0, width) }.joined(separator: " ") }.joined(separator: "\n")
    }

    /// `prefix[a, b, c]`, broken after commas so no line passes `width`; continuation lines are
    /// indented under the first value.
    static func wrappedVector(_ prefix: String, _ items: [String], width: Int) -> String {
        let hang = String(repeating: " ", count: prefix.count + 1)
        var lines: [String] = [], current = prefix + "["
        for (k, item) in items.enumerated() {
            let piece = item + (k == items.count - 1 ? "]" : ",")
            let candidate = current.hasSuffix("[") || current == hang ? current + piece : current + " " + piece
            if candidate.count > width, current != hang, !current.hasSuffix("[") {
                lines.append(current)
                current = hang + piece
            } else {
                current = candidate
            }
        }
        if items.isEmpty { current += "]" }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    static func vector(_ values: [Double], decimals: Int) -> String {
        "[" + values.map { Formatting.fixed($0, decimals) }.joined(separator: ", ") + "]"
    }
}
