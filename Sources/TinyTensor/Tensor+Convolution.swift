/// Convolution and pooling over images [N, C, H, W] (batch, channels, height, width).
extension Tensor {
    /// 2-D convolution (cross-correlation, as deep-learning libraries compute it) with a weight
    /// [O, C, k, k] and an optional bias [O]:  y[n,o,i,j] = b[o] + Σ_c,u,v w[o,c,u,v] · x[n,c, i·s−p+u·d, j·s−p+v·d],
    /// zero outside the image. Output [N, O, H′, W′] with H′ = ⌊(H + 2p − d(k−1) − 1)/s⌋ + 1.
    /// Computed as im2col then a matrix product: with X the [C·k², H′W′] columns of one image,
    /// Y = W·X.   ∂/∂W = Σ_n G·Xᵀ,  ∂/∂X = Wᵀ·G (then col2im),  ∂/∂b = Σ G.
    public func conv2d(_ weight: Tensor, bias: Tensor? = nil, stride: Int = 1, padding: Int = 0, dilation: Int = 1) -> Tensor {
        precondition(shape.count == 4 && weight.shape.count == 4 && weight.shape[1] == shape[1] && weight.shape[2] == weight.shape[3],
            "conv2d: input \(shape) [N,C,H,W] and weight \(weight.shape) [O,C,k,k] do not fit")
        let (n, c, h, w) = (shape[0], shape[1], shape[2], shape[3])
        let (o, k) = (weight.shape[0], weight.shape[2])
        precondition(bias == nil || bias!.shape == [o], "conv2d: bias must be [\(o)]")
        let plan = WindowPlan(height: h, width: w, kernel: k, stride: stride, padding: padding, dilation: dilation)
        let rows = c * k * k, l = plan.outCount
        // One image's columns: channel c's k² rows stacked, matching weight's [O, C·k·k] layout.
        func columns(_ image: Int) -> [Double] {
            (0..<c).flatMap { ch in plan.columns(data[((image * c + ch) * h * w)..<((image * c + ch + 1) * h * w)]) }
        }
        var out = [Double]()
        out.reserveCapacity(n * o * l)
        for image in 0..<n {
            var y = MatrixKernel.multiply(weight.data, columns(image), m: o, k: rows, n: l)
            if let b = bias { for oc in 0..<o { for j in 0..<l { y[oc * l + j] += b.data[oc] } } }
            out += y
        }
        let parents = [self, weight] + (bias.map { [$0] } ?? [])
        return Tensor(result: out, shape: [n, o, plan.outHeight, plan.outWidth], op: "conv2d", parents: parents) { [self] result in
            var dx = [Double](repeating: 0, count: count)
            var dw = [Double](repeating: 0, count: weight.count)
            var db = [Double](repeating: 0, count: o)
            for image in 0..<n {
                let g = Array(result.gradStorage[(image * o * l)..<((image + 1) * o * l)])
                if weight.requiresGrad {
                    ElementwiseKernel.add(MatrixKernel.multiplyByTransposed(g, columns(image), m: o, n: l, k: rows), into: &dw)
                }
                if requiresGrad {
                    let dcols = MatrixKernel.multiply(weight.data, g, m: o, k: rows, n: l, transposeA: true)
                    for ch in 0..<c {
                        plan.addColumns(dcols[(ch * k * k * l)..<((ch + 1) * k * k * l)], into: &dx, at: (image * c + ch) * h * w)
                    }
                }
                for oc in 0..<o { for j in 0..<l { db[oc] += g[oc * l + j] } }
            }
            if requiresGrad { accumulateGrad(dx) }
            if weight.requiresGrad { weight.accumulateGrad(dw) }
            if let b = bias, b.requiresGrad { b.accumulateGrad(db) }
        }
    }

    /// Max pooling of each channel plane with a k×k window (stride defaults to k).
    /// The gradient goes to the window's (first) maximum: the one input that set the output.
    public func maxPool2d(_ k: Int, stride: Int? = nil) -> Tensor {
        pool2d(k, stride: stride ?? k, op: "max_pool2d") { window in
            var best = 0
            for t in window.indices where window[t] > window[best] { best = t }
            return (window[best], window.indices.map { $0 == best ? 1 : 0 })
        }
    }

    /// Average pooling with a k×k window (stride defaults to k).   Each input gets 1/k² of the gradient.
    public func avgPool2d(_ k: Int, stride: Int? = nil) -> Tensor {
        pool2d(k, stride: stride ?? k, op: "avg_pool2d") { window in
            let share = 1 / Double(window.count)
            return (window.reduce(0, +) * share, [Double](repeating: share, count: window.count))
        }
    }

    /// Shared pooling: `reduce(window)` gives the output value and ∂output/∂(each window input).
    func pool2d(_ k: Int, stride: Int, op: String, _ reduce: ([Double]) -> (Double, [Double])) -> Tensor {
        precondition(shape.count == 4, "\(op): needs [N,C,H,W], got \(shape)")
        let (h, w) = (shape[2], shape[3])
        let plan = WindowPlan(height: h, width: w, kernel: k, stride: stride, padding: 0, dilation: 1)
        let planes = shape[0] * shape[1], taps = plan.tapsPerWindow
        var out = [Double](repeating: 0, count: planes * plan.outCount)
        var local = [Double](repeating: 0, count: out.count * taps)  // ∂out/∂input per tap
        for p in 0..<planes {
            for o in 0..<plan.outCount {
                let window = (0..<taps).map { data[p * h * w + plan.taps[o * taps + $0]] }
                let (value, slopes) = reduce(window)
                out[p * plan.outCount + o] = value
                for t in 0..<taps { local[(p * plan.outCount + o) * taps + t] = slopes[t] }
            }
        }
        let outShape = [shape[0], shape[1], plan.outHeight, plan.outWidth]
        return Tensor(result: out, shape: outShape, op: op, parents: [self]) { [self] result in
            var dx = [Double](repeating: 0, count: count)
            for p in 0..<planes {
                for o in 0..<plan.outCount {
                    let g = result.gradStorage[p * plan.outCount + o]
                    for t in 0..<taps { dx[p * h * w + plan.taps[o * taps + t]] += g * local[(p * plan.outCount + o) * taps + t] }
                }
            }
            accumulateGrad(dx)
        }
    }
}
