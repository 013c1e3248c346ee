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
    @inline(__always)
    static func binary(
        _ a: Tensor, _ b: Tensor, _ op: String,
        forward: @escaping (Double, Double) -> Double,
        backward: @escaping (Double, Double, Double) -> (Double, Double)
    ) -> Tensor {
        let plan = Broadcast(a.shape, b.shape, op: op)
        var out = [Double](repeating: 0, count: plan.count)
        a.data.withUnsafeBufferPointer { x in
            b.data.withUnsafeBufferPointer { y in
                out.withUnsafeMutableBufferPointer { o in
                    plan.forEach { i, ia, ib in o[i] = forward(x[ia], y[ib]) }
                }
            }
        }
        return Tensor(result: out, shape: plan.shape, op: op, parents: [a, b]) { result in
            var ga = a.requiresGrad ? [Double](repeating: 0, count: a.count) : []
            var gb = b.requiresGrad ? [Double](repeating: 0, count: b.count) : []
            let wantA = a.requiresGrad, wantB = b.requiresGrad
            result.gradStorage.withUnsafeBufferPointer { g in
                a.data.withUnsafeBufferPointer { x in
                    b.data.withUnsafeBufferPointer { y in
                        ga.withUnsafeMutableBufferPointer { da in
                            gb.withUnsafeMutableBufferPointer { db in
                                plan.forEach { i, ia, ib in
                                    let (toA, toB) = backward(g[i], x[ia], y[ib])
                                    if wantA { da[ia] += toA }
                                    if wantB { db[ib] += toB }
                                }
                            }
                        }
                    }
                }
            }
            if wantA { a.accumulateGrad(ga) }
            if wantB { b.accumulateGrad(gb) }
        }
    }
}
