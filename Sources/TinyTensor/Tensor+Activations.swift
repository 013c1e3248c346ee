/// Activation functions: value and derivative side by side.
extension Tensor {
    /// max(0, x).   f′ = 1 for x > 0, else 0.
    /// NOTE: at x = 0 ReLU has no derivative; any value in [0, 1] is a subgradient. TinyTensor,
    /// like PyTorch, uses 0, so a unit sitting exactly at 0 gets no gradient.
    public func relu() -> Tensor {
        unary("relu", { $0 > 0 ? $0 : 0 }, derivative: { x, _ in x > 0 ? 1 : 0 })
    }

    /// x for x > 0, else slope·x.   f′ = 1 for x > 0, else slope (slope at x = 0).
    public func leakyRelu(slope: Double = 0.01) -> Tensor {
        unary("leaky_relu", { $0 > 0 ? $0 : slope * $0 }, derivative: { x, _ in x > 0 ? 1 : slope })
    }

    /// 1/(1+e⁻ˣ), computed without overflow.   f′ = y(1−y), at most 0.25 (at x = 0).
    public func sigmoid() -> Tensor {
        unary("sigmoid", Tensor.sigmoid, derivative: { _, y in y * (1 - y) })
    }

    /// tanh x.   f′ = 1 − y².
    public func tanh() -> Tensor {
        unary("tanh", { Elementary.tanh($0) }, derivative: { _, y in 1 - y * y })
    }

    /// Softmax along the last axis: yᵢ = eˣⁱ/Σⱼeˣʲ.   ∂/∂xᵢ = yᵢ(gᵢ − Σⱼ gⱼyⱼ).
    /// NOTE: each row is shifted by its maximum first. softmax(x − c) = softmax(x) for any c
    /// (eᶜ cancels), and with c = max every exponent is ≤ 0, so e^1000 never overflows to inf.
    public func softmax() -> Tensor {
        let width = shape.last ?? 1
        var out = data
        Tensor.forEachRow(&out, width: width) { row in
            let m = row.max() ?? 0
            var total = 0.0
            for j in row.indices {
                row[j] = Elementary.exp(row[j] - m)
                total += row[j]
            }
            for j in row.indices { row[j] /= total }
        }
        return Tensor(result: out, shape: shape, op: "softmax", parents: [self]) { [self] result in
            let y = result.data, g = result.gradStorage
            var grad = [Double](repeating: 0, count: count)
            for start in stride(from: 0, to: count, by: width) {
                var dot = 0.0
                for j in start..<(start + width) { dot += g[j] * y[j] }
                for j in start..<(start + width) { grad[j] = y[j] * (g[j] - dot) }
            }
            accumulateGrad(grad)
        }
    }

    /// log softmax along the last axis: xᵢ − log Σⱼeˣʲ, computed as xᵢ − m − log Σⱼe^(xⱼ−m)
    /// with m the row max (the same stability shift as softmax).
    /// ∂/∂xᵢ = gᵢ − softmaxᵢ·Σⱼgⱼ.
    public func logSoftmax() -> Tensor {
        let width = shape.last ?? 1
        var out = data
        Tensor.forEachRow(&out, width: width) { row in
            let m = row.max() ?? 0
            var total = 0.0
            for j in row.indices { total += Elementary.exp(row[j] - m) }
            let logTotal = m + Elementary.log(total)
            for j in row.indices { row[j] -= logTotal }
        }
        return Tensor(result: out, shape: shape, op: "log_softmax", parents: [self]) { [self] result in
            let y = result.data, g = result.gradStorage
            var grad = [Double](repeating: 0, count: count)
            for start in stride(from: 0, to: count, by: width) {
                var total = 0.0
                for j in start..<(start + width) { total += g[j] }
                for j in start..<(start + width) { grad[j] = g[j] - Elementary.exp(y[j]) * total }
            }
            accumulateGrad(grad)
        }
    }

    /// The logistic function on one number, stable for large |x|.
    @inline(__always)
    static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + Elementary.exp(-x)) }
        let e = Elementary.exp(x)
        return e / (1 + e)
    }

    static func forEachRow(_ values: inout [Double], width: Int, _ body: (inout ArraySlice<Double>) -> Void) {
        guard width > 0 else { return }
        for start in stride(from: 0, to: values.count, by: width) {
            body(&values[start..<(start + width)])
        }
    }
}
