/// Adam as fsrs-rs steps it (beta 0.9 / 0.999, epsilon 1e-8, bias-corrected), in Double.
struct Adam {
    private var m = [Double](repeating: 0, count: 21)
    private var v = [Double](repeating: 0, count: 21)
    private var t = 0

    mutating func step(_ w: inout [Double], gradient g: [Double], rate: Double) {
        t += 1
        let bias1 = 1 - pow09(t), bias2 = 1 - pow0999(t)
        for i in 0..<21 {
            m[i] = 0.9 * m[i] + 0.1 * g[i]
            v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i]
            w[i] -= rate * (m[i] / bias1) / ((v[i] / bias2).squareRoot() + 1e-8)
        }
    }

    private func pow09(_ n: Int) -> Double { power(0.9, n) }
    private func pow0999(_ n: Int) -> Double { power(0.999, n) }

    private func power(_ x: Double, _ n: Int) -> Double {
        var result = 1.0, base = x, k = n
        while k > 0 {
            if k & 1 == 1 { result *= base }
            base *= base
            k >>= 1
        }
        return result
    }
}
