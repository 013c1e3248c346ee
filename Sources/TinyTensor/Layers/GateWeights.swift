/// The weights of one recurrent gate: x·Wx + h·Wh + b, with Wx [input, hidden], Wh [hidden,
/// hidden] and b [hidden], drawn from U(−1/√hidden, 1/√hidden) as PyTorch does.
public struct GateWeights {
    public let wx: Tensor, wh: Tensor, b: Tensor

    public init(input: Int, hidden: Int, rng: inout SplitMix64) {
        let a = 1 / Double(hidden).squareRoot()
        func draw(_ shape: [Int], _ rng: inout SplitMix64) -> Tensor {
            Tensor((0..<Tensor.count(of: shape)).map { _ in rng.uniform(-a, a) }, shape: shape, requiresGrad: true)
        }
        wx = draw([input, hidden], &rng)
        wh = draw([hidden, hidden], &rng)
        b = draw([hidden], &rng)
    }

    public init(wx: Tensor, wh: Tensor, b: Tensor) {
        self.wx = wx
        self.wh = wh
        self.b = b
    }

    public func callAsFunction(_ x: Tensor, _ h: Tensor) -> Tensor { x.matmul(wx) + h.matmul(wh) + b }

    public var parameters: [Tensor] { [wx, wh, b] }
}
