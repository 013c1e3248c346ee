import JSONKit
import TinyTensor

/// `demo conv`: a 6×6 grayscale image with a vertical edge (dark left half, bright right half,
/// whole-number pixels drawn from the seed) and a 3×3 vertical-edge kernel (Sobel). One window
/// worked out in full; valid vs same padding; stride 2; 2×2 max pooling; the receptive field.
public struct ConvDemo: Sendable {
    public static let size = 6
    /// Sobel's x kernel: responds to a left-to-right change in brightness.
    public static let kernel: [[Double]] = [[1, 0, -1], [2, 0, -2], [1, 0, -1]]
    /// The layers whose receptive field is shown: two 3×3 convolutions, stride 1.
    public static let stackedLayers: [(kernel: Int, stride: Int)] = [(3, 1), (3, 1)]

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    /// The image: columns 0–2 draw from 0…2, columns 3–5 from 7…9.
    public func image() -> [[Double]] {
        var rng = SplitMix64(seed: seed)
        return (0..<Self.size).map { _ in
            (0..<Self.size).map { c in Double(rng.next() % 3) + (c < Self.size / 2 ? 0 : 7) }
        }
    }

    public func run() -> ConvReport {
        let input = image()
        let x = Tensor(input.flatMap { $0 }, shape: [1, 1, Self.size, Self.size])
        let w = Tensor(Self.kernel.flatMap { $0 }, shape: [1, 1, 3, 3])
        func grid(_ t: Tensor) -> [[Double]] { t.reshaped([t.shape[2], t.shape[3]]).rows }
        let valid = x.conv2d(w), same = x.conv2d(w, padding: 1), stride2 = x.conv2d(w, stride: 2)
        let pooled = valid.maxPool2d(2)
        // The worked window: the valid output at row 0, column 1, whose window straddles the edge.
        let (row, col) = (0, 1)
        let patch = (0..<3).map { u in (0..<3).map { v in input[row + u][col + v] } }
        let products = (0..<3).map { u in (0..<3).map { v in patch[u][v] * Self.kernel[u][v] } }
        var receptive = 1, jump = 1
        for layer in Self.stackedLayers {
            receptive += (layer.kernel - 1) * jump
            jump *= layer.stride
        }
        return ConvReport(
            seed: seed, input: input, kernel: Self.kernel, valid: grid(valid), same: grid(same), stride2: grid(stride2),
            pooled: grid(pooled), window: .init(row: row, column: col, patch: patch, products: products, output: grid(valid)[row][col]),
            receptiveField: receptive,
            sizes: [
                .init(name: "valid", padding: 0, stride: 1, output: valid.shape[2]),
                .init(name: "same", padding: 1, stride: 1, output: same.shape[2]),
                .init(name: "stride2", padding: 0, stride: 2, output: stride2.shape[2]),
            ])
    }
}
