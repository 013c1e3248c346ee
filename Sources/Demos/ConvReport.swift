import JSONKit

/// Everything `demo conv` computed; `json` is the `--json` output.
public struct ConvReport: Sendable {
    /// One output worked out: the 3×3 patch under the kernel, the products, and their sum.
    public struct Window: Sendable {
        public let row: Int, column: Int
        public let patch: [[Double]], products: [[Double]]
        public let output: Double
    }

    /// out = ⌊(n + 2p − k)/s⌋ + 1 for one setting.
    public struct OutputSize: Sendable {
        public let name: String
        public let padding: Int, stride: Int, output: Int
    }

    public let seed: Int
    public let input: [[Double]], kernel: [[Double]]
    public let valid: [[Double]], same: [[Double]], stride2: [[Double]]
    /// 2×2 max pooling (stride 2) of `valid`.
    public let pooled: [[Double]]
    public let window: Window
    /// The input pixels one output of the two stacked 3×3 layers sees, per side.
    public let receptiveField: Int
    public let sizes: [OutputSize]

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "conv"
        o["seed"] = .number(Double(seed))
        o["input"] = .matrix(input)
        o["kernel"] = .matrix(kernel)
        o["outputs"] = ["valid": .matrix(valid), "same": .matrix(same), "stride2": .matrix(stride2)]
        o["pooled"] = .matrix(pooled)
        o["receptive_field"] = .number(Double(receptiveField))
        o["window"] = [
            "row": .number(Double(window.row)), "column": .number(Double(window.column)),
            "patch": .matrix(window.patch), "products": .matrix(window.products), "output": .number(window.output),
        ]
        o["output_sizes"] = .array(
            sizes.map {
                ["name": .string($0.name), "input": .number(Double(ConvDemo.size)), "kernel": 3, "padding": .number(Double($0.padding)),
                 "stride": .number(Double($0.stride)), "output": .number(Double($0.output))]
            })
        o["convention"] = "cross-correlation (no kernel flip), as deep-learning libraries compute it; same = zero padding 1"
        return .object(o)
    }
}
