/// Sums, means and maxima over axes (all axes when `axes` is nil; −1 is the last axis).
extension Tensor {
    /// Σ over the axes.   Each input element gets the gradient of the output it went into.
    public func sum(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        let plan = Reduction(shape: shape, axes: axes, keepDims: keepDims, op: "sum")
        var out = [Double](repeating: 0, count: plan.outputCount)
        for i in 0..<count { out[plan.target[i]] += data[i] }
        return Tensor(result: out, shape: plan.outputShape, op: "sum", parents: [self]) { [self] result in
            let g = result.gradStorage
            accumulateGrad(plan.target.map { g[$0] })
        }
    }

    /// Σ/n over the axes.   Each input element gets 1/n of its output's gradient.
    /// NOTE: the 1/n is why a mean loss's gradients do not grow with the batch: n examples each
    /// pass back 1/n, where a summed loss would make the step n times larger.
    public func mean(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        let plan = Reduction(shape: shape, axes: axes, keepDims: keepDims, op: "mean")
        let n = Double(plan.groupSize)
        var out = [Double](repeating: 0, count: plan.outputCount)
        for i in 0..<count { out[plan.target[i]] += data[i] }
        for o in 0..<out.count { out[o] /= n }
        return Tensor(result: out, shape: plan.outputShape, op: "mean", parents: [self]) { [self] result in
            let g = result.gradStorage
            accumulateGrad(plan.target.map { g[$0] / n })
        }
    }

    /// max over the axes.   The whole gradient goes to the (first) maximal element.
    /// NOTE: on ties max is not differentiable; routing everything to one winner is a
    /// subgradient, and the one max pooling uses too.
    public func max(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        precondition(count > 0, "max: empty tensor of shape \(shape)")
        let plan = Reduction(shape: shape, axes: axes, keepDims: keepDims, op: "max")
        var out = [Double](repeating: -.infinity, count: plan.outputCount)
        var winner = [Int](repeating: -1, count: plan.outputCount)
        for i in 0..<count where winner[plan.target[i]] < 0 || data[i] > out[plan.target[i]] {
            out[plan.target[i]] = data[i]
            winner[plan.target[i]] = i
        }
        return Tensor(result: out, shape: plan.outputShape, op: "max", parents: [self]) { [self] result in
            var grad = [Double](repeating: 0, count: count)
            for (o, i) in winner.enumerated() { grad[i] += result.gradStorage[o] }
            accumulateGrad(grad)
        }
    }
}
