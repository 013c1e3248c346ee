/// Elementwise functions. Each gives `f(x)` and its derivative `f′` (from x and y = f(x)).
extension Tensor {
    /// eˣ.   f′ = eˣ = y.
    public func exp() -> Tensor {
        unary("exp", { Elementary.exp($0) }, derivative: { _, y in y })
    }

    /// ln x.   f′ = 1/x.
    public func log() -> Tensor {
        unary("log", { Elementary.log($0) }, derivative: { x, _ in 1 / x })
    }

    /// xᵖ for a constant p.   f′ = p·xᵖ⁻¹.
    public func pow(_ p: Double) -> Tensor {
        unary("pow", { Elementary.pow($0, p) }, derivative: { x, _ in p * Elementary.pow(x, p - 1) })
    }

    /// √x.   f′ = 1/(2√x) = 1/(2y).
    public func sqrt() -> Tensor {
        unary("sqrt", { Elementary.sqrt($0) }, derivative: { _, y in 0.5 / y })
    }

    /// |x|.   f′ = sign(x).
    /// NOTE: |x| has no derivative at 0; any value in [−1, 1] is a subgradient, and 0 (PyTorch's
    /// choice) is the one that leaves a weight already at 0 alone.
    public func abs() -> Tensor {
        unary("abs", { Swift.abs($0) }, derivative: { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) })
    }

    /// The shared machinery of an elementwise op: `forward` per element, and the local
    /// derivative `derivative(x, y)` that multiplies the incoming gradient (chain rule).
    @inline(__always)
    func unary(
        _ op: String, _ forward: @escaping (Double) -> Double,
        derivative: @escaping (Double, Double) -> Double
    ) -> Tensor {
        let out = ElementwiseKernel.map(data, forward)
        return Tensor(result: out, shape: shape, op: op, parents: [self]) { [self] result in
            accumulateGrad(ElementwiseKernel.map(result.gradStorage, data, result.data) { g, x, y in g * derivative(x, y) })
        }
    }
}
