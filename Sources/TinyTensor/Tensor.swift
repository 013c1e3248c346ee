/// A node in the computation graph: a row-major array of Doubles with a shape, and, when it
/// takes part in differentiation, the parents it was computed from and the step that passes
/// its gradient back to them (micrograd's `_backward`, one per op, not per element).
///
/// Reading order: this file (the node and `backward()`), then the ops in `Tensor+*.swift`, each
/// with its forward value and its gradient side by side. The fast loops they call live in
/// `Kernels/` and can be skipped on a first reading.
///
/// A reference type on purpose: a tensor used twice is one node, and its gradient accumulates.
///
/// The mutable stored properties are `@exclusivity(unchecked)`: every op touches them, and the
/// runtime's dynamic exclusivity check on class properties cost about a tenth of the training
/// loop. No code here holds an access to one of them across a call that could access it again.
public final class Tensor {
    /// The values, row-major. Optimisers update parameters in place through this.
    @exclusivity(unchecked) public var data: [Double]
    /// The dimensions; `[]` is a scalar.
    public let shape: [Int]
    /// Whether gradients flow to (and through) this tensor.
    @exclusivity(unchecked) public var requiresGrad: Bool
    /// The op that produced it, e.g. "matmul"; "leaf" for inputs and parameters.
    public let op: String

    /// The tensors this one was computed from (empty for leaves and in no-grad mode).
    let parents: [Tensor]
    /// Adds this node's gradient, times the local derivative, to each parent's gradient.
    let backwardStep: ((Tensor) -> Void)?
    /// The accumulated gradient; empty until some gradient arrives.
    @exclusivity(unchecked) var gradStorage: [Double] = []
    /// Set only while `topologicalOrder` runs, instead of a hash set of visited nodes.
    @exclusivity(unchecked) var isVisited = false

    /// A leaf tensor, e.g. an input or a parameter.
    public init(_ data: [Double], shape: [Int], requiresGrad: Bool = false) {
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor: negative dimension in shape \(shape)")
        precondition(
            data.count == Tensor.count(of: shape),
            "Tensor: \(data.count) values do not fill shape \(shape) (needs \(Tensor.count(of: shape)))")
        self.data = data
        self.shape = shape
        self.requiresGrad = requiresGrad
        self.op = "leaf"
        self.parents = []
        self.backwardStep = nil
    }

    /// The result of an op; records the graph only when a parent needs gradients and grad mode is on.
    init(result data: [Double], shape: [Int], op: String, parents: [Tensor], backward: @escaping (Tensor) -> Void) {
        self.data = data
        self.shape = shape
        self.op = op
        let track = parents.contains(where: { $0.requiresGrad }) && GradMode.isEnabled
        self.requiresGrad = track
        self.parents = track ? parents : []
        self.backwardStep = track ? backward : nil
    }

    /// A scalar leaf.
    public convenience init(_ value: Double, requiresGrad: Bool = false) {
        self.init([value], shape: [], requiresGrad: requiresGrad)
    }

    /// A matrix leaf from its rows.
    public convenience init(rows: [[Double]], requiresGrad: Bool = false) {
        let width = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == width }, "Tensor(rows:): rows of different lengths")
        self.init(rows.flatMap { $0 }, shape: [rows.count, width], requiresGrad: requiresGrad)
    }

    public static func zeros(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        Tensor([Double](repeating: 0, count: count(of: shape)), shape: shape, requiresGrad: requiresGrad)
    }

    public static func ones(_ shape: [Int], requiresGrad: Bool = false) -> Tensor {
        Tensor([Double](repeating: 1, count: count(of: shape)), shape: shape, requiresGrad: requiresGrad)
    }

    /// Number of elements of a shape (1 for a scalar).
    public static func count(of shape: [Int]) -> Int { shape.reduce(1, *) }

    public var count: Int { data.count }

    /// The value of a one-element tensor.
    public var item: Double {
        precondition(data.count == 1, "item: tensor of shape \(shape) has \(data.count) elements, not 1")
        return data[0]
    }

    /// The rows of a 2-D tensor, for printing and JSON.
    public var rows: [[Double]] {
        precondition(shape.count == 2, "rows: needs a 2-D tensor, got shape \(shape)")
        let width = shape[1]
        return (0..<shape[0]).map { Array(data[($0 * width)..<(($0 + 1) * width)]) }
    }

    /// The gradient of the last `backward()` with respect to this tensor (zeros if none reached it).
    public var grad: [Double] {
        gradStorage.isEmpty ? [Double](repeating: 0, count: data.count) : gradStorage
    }

    /// Forgets the accumulated gradient; optimisers call this between steps.
    public func zeroGrad() { gradStorage = [] }

    /// Adds `g` (same element count) to the gradient.
    func accumulateGrad(_ g: [Double]) {
        if gradStorage.isEmpty {
            gradStorage = g
            return
        }
        ElementwiseKernel.add(g, into: &gradStorage)
    }

    /// Reverse-mode differentiation from this scalar: d(self)/d(every tensor that requires grad).
    public func backward() {
        precondition(data.count == 1, "backward(): needs a one-element tensor, got shape \(shape); use backward(seed:)")
        backward(seed: [1])
    }

    /// Reverse mode with an explicit output gradient (same element count as `self`).
    public func backward(seed: [Double]) {
        precondition(seed.count == data.count, "backward(seed:): seed has \(seed.count) values for shape \(shape)")
        let order = topologicalOrder()
        accumulateGrad(seed)
        for node in order.reversed() where !node.gradStorage.isEmpty {
            node.backwardStep?(node)
        }
    }

    /// Every tensor this one depends on that requires grad, each after its parents.
    func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        // Iterative depth-first search; `nextParent[i]` is where `stack[i]` resumes.
        var stack: [Tensor] = [self]
        var nextParent: [Int] = [0]
        isVisited = true
        while let node = stack.last {
            let next = nextParent[nextParent.count - 1]
            if next < node.parents.count {
                nextParent[nextParent.count - 1] = next + 1
                let parent = node.parents[next]
                if parent.requiresGrad && !parent.isVisited {
                    parent.isVisited = true
                    stack.append(parent)
                    nextParent.append(0)
                }
            } else {
                order.append(node)
                stack.removeLast()
                nextParent.removeLast()
            }
        }
        for node in order { node.isVisited = false }
        return order
    }
}

extension Tensor: CustomStringConvertible {
    public var description: String {
        "Tensor(shape: \(shape), op: \(op), data: \(data))"
    }
}
