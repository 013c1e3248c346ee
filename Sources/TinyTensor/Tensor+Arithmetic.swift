/// Broadcasting elementwise arithmetic: + − × ÷. Each op states its forward value and, next to
/// it, how the output gradient `g` flows to each operand (summed over broadcast dimensions).
extension Tensor {
    /// a + b.   ∂/∂a = 1, ∂/∂b = 1.
    public static func + (a: Tensor, b: Tensor) -> Tensor {
        binary(a, b, "add",
            forward: { x, y in x + y },
            backward: { g, _, _ in (g, g) })
    }

    /// a − b.   ∂/∂a = 1, ∂/∂b = −1.
    public static func - (a: Tensor, b: Tensor) -> Tensor {
        binary(a, b, "sub",
            forward: { x, y in x - y },
            backward: { g, _, _ in (g, -g) })
    }

    /// a × b (elementwise).   ∂/∂a = b, ∂/∂b = a.
    public static func * (a: Tensor, b: Tensor) -> Tensor {
        binary(a, b, "mul",
            forward: { x, y in x * y },
            backward: { g, x, y in (g * y, g * x) })
    }

    /// a ÷ b.   ∂/∂a = 1/b, ∂/∂b = −a/b².
    public static func / (a: Tensor, b: Tensor) -> Tensor {
        binary(a, b, "div",
            forward: { x, y in x / y },
            backward: { g, x, y in (g / y, -g * x / (y * y)) })
    }

    /// −a.   ∂/∂a = −1.
    public static prefix func - (a: Tensor) -> Tensor {
        a.unary("neg", { -$0 }, derivative: { _, _ in -1 })
    }

    public static func + (a: Tensor, b: Double) -> Tensor { a + Tensor(b) }
    public static func + (a: Double, b: Tensor) -> Tensor { Tensor(a) + b }
    public static func - (a: Tensor, b: Double) -> Tensor { a - Tensor(b) }
    public static func - (a: Double, b: Tensor) -> Tensor { Tensor(a) - b }
    public static func * (a: Tensor, b: Double) -> Tensor { a * Tensor(b) }
    public static func * (a: Double, b: Tensor) -> Tensor { Tensor(a) * b }
    public static func / (a: Tensor, b: Double) -> Tensor { a / Tensor(b) }
    public static func / (a: Double, b: Tensor) -> Tensor { Tensor(a) / b }

    /// The shared machinery of a broadcasting binary op: `forward(x, y)` per element, and
    /// `backward(g, x, y)` giving the contributions (to x, to y) of one output gradient `g`.
    /// NOTE: where an operand was broadcast (a bias added to every row), its gradient is the
    /// sum over the copies: each copy fed the output, so each passes back its share.
    @inline(__always)
    static func binary(
        _ a: Tensor, _ b: Tensor, _ op: String,
        forward: @escaping (Double, Double) -> Double,
        backward: @escaping (Double, Double, Double) -> (Double, Double)
    ) -> Tensor {
        let plan = Broadcast(a.shape, b.shape, op: op)
        let out = ElementwiseKernel.map(a.data, b.data, plan, forward)
        return Tensor(result: out, shape: plan.shape, op: op, parents: [a, b]) { result in
            let (ga, gb) = ElementwiseKernel.unbroadcast(
                result.gradStorage, a.data, b.data, plan, wantX: a.requiresGrad, wantY: b.requiresGrad, backward)
            if a.requiresGrad { a.accumulateGrad(ga) }
            if b.requiresGrad { b.accumulateGrad(gb) }
        }
    }
}
