#if canImport(Glibc)
import Glibc
#endif

/// A line plot of one or more series, fitted to the style's width: braille dots (2×4 per
/// character cell) in colour when Unicode is allowed, one ASCII marker per cell otherwise.
struct TextPlot {
    struct Series {
        var name: String
        /// (x, y) points, sorted by x; drawn as straight segments between them.
        var points: [(x: Double, y: Double)]
        /// The ASCII marker.
        var marker: Character
        /// The ANSI colour code (31–37).
        var color: Int
        /// Draw the points alone, not lines through them.
        var scatter = false
    }

    var series: [Series]
    var height = 12
    /// Plot log₁₀(y) instead of y; the labels still show y.
    var logY = false
    var xLabel = "x"
    /// Draw a dotted horizontal line at this y, e.g. 0.
    var referenceY: Double? = nil

    func render(_ style: TextStyle, indent: String = "  ") -> String {
        let all = series.flatMap(\.points)
        guard !all.isEmpty else { return "" }
        func ty(_ y: Double) -> Double { logY ? Glibc.log10(Swift.max(y, 1e-300)) : y }
        let xMin = all.map(\.x).min()!, xMax = all.map(\.x).max()!
        var yMin = all.map { ty($0.y) }.min()!, yMax = all.map { ty($0.y) }.max()!
        if yMax - yMin < 1e-12 { yMin -= 1; yMax += 1 }
        let labels = [yMax, (yMax + yMin) / 2, yMin].map { label(logY ? Glibc.pow(10, $0) : $0) }
        let labelWidth = labels.map(\.count).max()!
        let columns = Swift.max(20, Swift.min(100, style.width - indent.count - labelWidth - 4 - xLabel.count))
        let sub = style.unicode ? (x: 2, y: 4) : (x: 1, y: 1)
        let dotsX = columns * sub.x, dotsY = height * sub.y
        var bits = [[UInt8]](repeating: [UInt8](repeating: 0, count: columns), count: height)
        var owner = [[Int]](repeating: [Int](repeating: -1, count: columns), count: height)

        func row(_ y: Double) -> Int {
            let t = (yMax - ty(y)) / (yMax - yMin)
            return Swift.min(dotsY - 1, Swift.max(0, Int((t * Double(dotsY - 1)).rounded())))
        }
        func set(_ dx: Int, _ dy: Int, _ s: Int) {
            let cx = dx / sub.x, cy = dy / sub.y
            if style.unicode {
                let braille: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
                bits[cy][cx] |= braille[dx % 2][dy % 4]
            } else {
                bits[cy][cx] = 1
            }
            owner[cy][cx] = s
        }
        if let reference = referenceY, ty(reference) >= yMin, ty(reference) <= yMax {
            let r = row(reference)
            for dx in stride(from: 0, to: dotsX, by: 2 * sub.x) { set(dx, r, -2) }
        }
        for (s, line) in series.enumerated() where !line.points.isEmpty && !line.scatter {
            var previous: Int? = nil
            for dx in 0..<dotsX {
                let x = xMin + (xMax - xMin) * Double(dx) / Double(Swift.max(1, dotsX - 1))
                let r = row(interpolate(line.points, at: x))
                let (from, to) = previous.map { ($0 < r ? $0 + 1 : r, $0 < r ? r : Swift.max(r, $0 - 1)) } ?? (r, r)
                for dy in Swift.min(from, to)...Swift.max(from, to) { set(dx, dy, s) }
                previous = r
            }
        }
        // Scattered points last, so lines never hide them.
        for (s, line) in series.enumerated() where !line.points.isEmpty && line.scatter {
            for point in line.points {
                let dx = Int(((point.x - xMin) / Swift.max(1e-300, xMax - xMin) * Double(dotsX - 1)).rounded())
                set(Swift.min(dotsX - 1, Swift.max(0, dx)), row(point.y), s)
            }
        }
        var lines: [String] = []
        for cy in 0..<height {
            let tick = cy == 0 ? labels[0] : (cy == height / 2 ? labels[1] : (cy == height - 1 ? labels[2] : ""))
            var text = indent + Formatting.pad(tick, labelWidth) + (style.unicode ? (tick.isEmpty ? " │" : " ┤") : " |")
            for cx in 0..<columns {
                let o = owner[cy][cx]
                if o == -1 {
                    text += " "
                } else if style.unicode {
                    let glyph = String(Character(Unicode.Scalar(0x2800 + UInt32(bits[cy][cx]))!))
                    text += o == -2 ? style.color(glyph, 90) : style.color(glyph, series[o].color)
                } else {
                    text += o == -2 ? "." : String(series[o].marker)
                }
            }
            while text.hasSuffix(" ") { text.removeLast() }
            lines.append(text)
        }
        let corner = style.unicode ? " └" : " +"
        lines.append(indent + String(repeating: " ", count: labelWidth) + corner + String(repeating: style.unicode ? "─" : "-", count: columns))
        let left = label(xMin), right = label(xMax), middle = label((xMin + xMax) / 2)
        var axis = [Character](repeating: " ", count: columns + 2)
        place(left, at: 0, in: &axis)
        place(middle, at: (columns - middle.count) / 2 + 2, in: &axis)
        place(right, at: columns + 2 - right.count, in: &axis)
        lines.append(indent + String(repeating: " ", count: labelWidth) + String(axis) + "  " + xLabel)
        let legend = series.map { s in
            (style.unicode ? style.color("⣿", s.color) : String(s.marker)) + " " + s.name
        }
        lines.append(indent + String(repeating: " ", count: labelWidth + 2) + legend.joined(separator: "   ")
            + (logY ? "   (log scale)" : ""))
        return lines.joined(separator: "\n")
    }

    private func interpolate(_ points: [(x: Double, y: Double)], at x: Double) -> Double {
        if x <= points[0].x { return points[0].y }
        for k in 1..<points.count where x <= points[k].x {
            let (x0, y0) = points[k - 1], (x1, y1) = points[k]
            if x1 == x0 { return y1 }
            if logY, y0 > 0, y1 > 0 {
                // Straight on the log scale.
                return Glibc.pow(10, Glibc.log10(y0) + (Glibc.log10(y1) - Glibc.log10(y0)) * (x - x0) / (x1 - x0))
            }
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
        }
        return points[points.count - 1].y
    }

    private func place(_ text: String, at start: Int, in line: inout [Character]) {
        for (i, c) in text.enumerated() where start + i >= 0 && start + i < line.count { line[start + i] = c }
    }

    /// A short, readable tick label: 3 significant digits, scientific for very small or large.
    private func label(_ v: Double) -> String {
        if v == 0 { return "0" }
        let magnitude = Swift.abs(v)
        if v == v.rounded(), magnitude < 1e6 { return String(Int(v)) }
        if magnitude < 1e-3 || magnitude >= 1e5 { return Formatting.cFormat("%.1e", v) }
        var text = Formatting.cFormat("%.3g", v)
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return text
    }
}
