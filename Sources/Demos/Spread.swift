/// Mean, standard deviation and norm of a list of numbers, for the demos' statistics.
enum Spread {
    static func mean(_ v: [Double]) -> Double { v.isEmpty ? 0 : v.reduce(0, +) / Double(v.count) }

    /// The population standard deviation (divide by n), as numpy's `std` computes it.
    static func std(_ v: [Double]) -> Double {
        let m = mean(v)
        return (v.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(Swift.max(1, v.count))).squareRoot()
    }

    /// The Euclidean (Frobenius) norm.
    static func norm(_ v: [Double]) -> Double { v.map { $0 * $0 }.reduce(0, +).squareRoot() }
}
