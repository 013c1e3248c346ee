/// A table of learned vectors, one row per token id.
public struct Embedding {
    public let weight: Tensor

    public init(vocabulary: Int, dim: Int, rng: inout SplitMix64) {
        weight = Tensor((0..<(vocabulary * dim)).map { _ in rng.normal() }, shape: [vocabulary, dim], requiresGrad: true)
    }

    /// [ids.count, dim]: the rows of the ids.
    public func callAsFunction(_ ids: [Int]) -> Tensor { weight.lookup(ids) }

    public var parameters: [Tensor] { [weight] }
}
