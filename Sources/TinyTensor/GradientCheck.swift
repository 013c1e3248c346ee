/// Compares autodiff gradients with central finite differences. It uses the five-point central
/// stencil [f(θ−2h) − 8f(θ−h) + 8f(θ+h) − f(θ+2h)] / 12h, whose error shrinks as h⁴ rather than
/// h², so h can be large enough (1e−3) that rounding in f stays far below 1e−6 relative error.
public struct GradientCheck {
    /// Autodiff's gradient, per parameter, element by element.
    public let analytic: [[Double]]
    /// The finite-difference estimate, same layout.
    public let numeric: [[Double]]

    /// The largest relative error over all elements (see `relativeError`).
    public var maxRelativeError: Double {
        var worst = 0.0
        for (a, n) in zip(analytic, numeric) {
            for (x, y) in zip(a, n) { worst = Swift.max(worst, GradientCheck.relativeError(x, y)) }
        }
        return worst
    }

    /// |a − n| / max(|a|, |n|, floor). The floor (1e−6) keeps gradients that are both ≈ 0 from
    /// dividing rounding noise (~1e−13) by almost nothing: such tiny gradients are in effect
    /// compared absolutely, to 1e−12 for a 1e−6 tolerance.
    public static func relativeError(_ a: Double, _ n: Double, floor: Double = 1e-6) -> Double {
        Swift.abs(a - n) / Swift.max(Swift.abs(a), Swift.abs(n), floor)
    }

    /// Runs `loss` (which must build a fresh scalar from `parameters` on each call, with no
    /// randomness) once with backward for the analytic gradients, then 4 evaluations per element.
    /// The step is h = epsilon·max(1, |θ|); keep 2h away from kinks such as ReLU's at 0.
    /// The parameters are restored afterwards.
    public init(parameters: [Tensor], epsilon: Double = 1e-3, loss: () -> Tensor) {
        for p in parameters { p.zeroGrad() }
        loss().backward()
        analytic = parameters.map(\.grad)
        for p in parameters { p.zeroGrad() }
        numeric = GradMode.withoutGrad {
            parameters.map { p in
                (0..<p.count).map { i in
                    let saved = p.data[i]
                    let h = epsilon * Swift.max(1, Swift.abs(saved))
                    func f(_ steps: Double) -> Double {
                        p.data[i] = saved + steps * h
                        return loss().item
                    }
                    let estimate = (f(-2) - 8 * f(-1) + 8 * f(1) - f(2)) / (12 * h)
                    p.data[i] = saved
                    return estimate
                }
            }
        }
    }
}
