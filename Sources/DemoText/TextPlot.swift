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
        let ticks = Self.roundTicks(yMin, yMax, log: logY)
        let labelWidth = ticks.map { label(logY ? Glibc.pow(10, $0) : $0).count }.max() ?? 1
        let columns = Swift.max(20, Swift.min(100, style.width - indent.count - labelWidth - 4 - xLabel.count))
        let sub = style.unicode ? (x: 2, y: 4) : (x: 1, y: 1)
        let dotsX = columns * sub.x, dotsY = height * sub.y
        var bits = [[UInt8]](repeating: [UInt8](repeating: 0, count: columns), count: height)
        var owner = [[Int]](repeating: [Int](repeating: -1, count: columns), count: height)
        var letters = [[Character?]](repeating: [Character?](repeating: nil, count: columns), count: height)

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
        // Each round tick goes on the row its value falls in.
        var tickLabels = [String](repeating: "", count: height)
        for t in ticks {
            let cy = Swift.min(height - 1, Swift.max(0, Int(((yMax - t) / (yMax - yMin) * Double(height - 1)).rounded())))
            if tickLabels[cy].isEmpty { tickLabels[cy] = label(logY ? Glibc.pow(10, t) : t) }
        }
        // The series that own at least one cell: the legend lists only those.
        let drawn = Set(owner.flatMap { $0 }.filter { $0 >= 0 })
        // On a Unicode terminal each drawn series is labelled with its own letter where its line
        // ends (its rightmost cell), so the lines differ without colour too.
        if style.unicode {
            for s in drawn.sorted() {
                for cx in stride(from: columns - 1, through: 0, by: -1) {
                    if let cy = (0..<height).first(where: { owner[$0][cx] == s }) { letters[cy][cx] = series[s].marker; break }
                }
            }
        }
        var lines: [String] = []
        for cy in 0..<height {
            let tick = tickLabels[cy]
            var text = indent + Formatting.pad(tick, labelWidth) + (style.unicode ? (tick.isEmpty ? " │" : " ┤") : " |")
            for cx in 0..<columns {
                let o = owner[cy][cx]
                if o == -1 {
                    text += " "
                } else if style.unicode, let letter = letters[cy][cx] {
                    text += style.color(String(letter), series[o].color)
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
        // No fractional middle tick between whole-number ends (step 0.5 of a 1-step run).
        let wholeEnds = xMin == xMin.rounded() && xMax == xMax.rounded()
        if !(wholeEnds && (xMin + xMax) / 2 != ((xMin + xMax) / 2).rounded()) {
            place(middle, at: (columns - middle.count) / 2 + 2, in: &axis)
        }
        place(right, at: columns + 2 - right.count, in: &axis)
        lines.append(indent + String(repeating: " ", count: labelWidth) + String(axis) + "  " + xLabel)
        let legend = series.indices.filter { drawn.contains($0) }.map { i in
            (style.color(String(series[i].marker), series[i].color), String(series[i].marker) + " " + series[i].name)
        }.map { colored, plain in (colored + plain.dropFirst(), plain.count) } + (logY ? [("(log scale)", 11)] : [])
        // The legend wraps between entries, never inside one, to fit the width.
        let legendIndent = indent + String(repeating: " ", count: labelWidth + 2)
        var row = "", rowWidth = 0
        for (entry, count) in legend {
            if rowWidth > 0, legendIndent.count + rowWidth + 3 + count > style.width {
                lines.append(legendIndent + row)
                row = ""
                rowWidth = 0
            }
            row += (rowWidth > 0 ? "   " : "") + entry
            rowWidth += (rowWidth > 0 ? 3 : 0) + count
        }
        if rowWidth > 0 { lines.append(legendIndent + row) }
        return lines.joined(separator: "\n")
    }

    /// Round values (1, 2 or 5 times a power of ten; whole powers of ten on a log scale) inside
    /// [low, high], about three of them, always including the ends' neighbourhood.
    static func roundTicks(_ low: Double, _ high: Double, log: Bool) -> [Double] {
        if log {
            let first = Glibc.ceil(low - 1e-9), last = Glibc.floor(high + 1e-9)
            if last >= first {
                let stride = Swift.max(1, Glibc.ceil((last - first) / 3))
                return Array(Swift.stride(from: last, through: first, by: -stride))
            }
            // Less than a decade: round values of y itself, placed on the log scale.
            return roundTicks(Glibc.pow(10, low), Glibc.pow(10, high), log: false).filter { $0 > 0 }.map { Glibc.log10($0) }
        }
        let span = high - low
        let raw = span / 3, magnitude = Glibc.pow(10, Glibc.floor(Glibc.log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let first = Glibc.ceil(low / step - 1e-9) * step
        var ticks: [Double] = []
        var t = first
        while t <= high + 1e-9 * step {
            ticks.append(Swift.abs(t) < 1e-12 * step ? 0 : t)
            t += step
        }
        return ticks.reversed()
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
        if magnitude < 1e-3 || magnitude >= 1e5 {
            let text = Formatting.cFormat("%.1e", v)
            return text.replacing(".0e", with: "e")
        }
        var text = Formatting.cFormat("%.3g", v)
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return text
    }
}
