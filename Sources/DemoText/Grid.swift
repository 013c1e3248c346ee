/// A matrix of numbers as aligned text rows under a name, for the smaller demos.
enum Grid {
    static func render(_ name: String, _ rows: [[Double]], decimals: Int, indent: String = "    ") -> String {
        let cells = rows.map { $0.map { Formatting.fixed($0, decimals) } }
        let width = cells.flatMap { $0 }.map(\.count).max() ?? 1
        return "  \(name):\n" + cells.map { indent + $0.map { Formatting.pad($0, width) }.joined(separator: " ") }.joined(separator: "\n")
    }

    static func vector(_ values: [Double], decimals: Int) -> String {
        "[" + values.map { Formatting.fixed($0, decimals) }.joined(separator: ", ") + "]"
    }
}
