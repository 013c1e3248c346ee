import JSONKit
import TinyTensor

/// The four parameters of the 2-H-1 XOR network, or gradients shaped like them:
/// W1 [2,H], b1 [H], W2 [H,1], b2 [1].
public struct XORParameters: Equatable, Sendable {
    public var w1: [[Double]]
    public var b1: [Double]
    public var w2: [[Double]]
    public var b2: [Double]

    public init(w1: [[Double]], b1: [Double], w2: [[Double]], b2: [Double]) {
        self.w1 = w1
        self.b1 = b1
        self.w2 = w2
        self.b2 = b2
    }

    /// From the tensors' values, or (with `gradients`) their gradients.
    init(_ tensors: [Tensor], gradients: Bool = false) {
        let values = tensors.map { gradients ? $0.grad : $0.data }
        let hidden = tensors[1].count
        w1 = (0..<2).map { Array(values[0][($0 * hidden)..<(($0 + 1) * hidden)]) }
        b1 = values[1]
        w2 = values[2].map { [$0] }
        b2 = values[3]
    }

    /// From flat arrays in W1, b1, W2, b2 order (as the gradient checker returns them).
    init(flat: [[Double]], hidden: Int) {
        w1 = (0..<2).map { Array(flat[0][($0 * hidden)..<(($0 + 1) * hidden)]) }
        b1 = flat[1]
        w2 = flat[2].map { [$0] }
        b2 = flat[3]
    }

    /// Every number, in W1, b1, W2, b2 order.
    public var flattened: [Double] { w1.flatMap { $0 } + b1 + w2.flatMap { $0 } + b2 }

    /// `{"W1": [[..],[..]], "b1": [..], "W2": [[..],..], "b2": [..]}`
    public var json: JSON {
        [
            "W1": .array(w1.map(JSON.numbers)),
            "b1": JSON.numbers(b1),
            "W2": .array(w2.map(JSON.numbers)),
            "b2": JSON.numbers(b2),
        ]
    }
}

extension JSON {
    static func numbers(_ values: [Double]) -> JSON { .array(values.map { .number($0) }) }
    static func matrix(_ rows: [[Double]]) -> JSON { .array(rows.map(numbers)) }
}
