/// Where the sliding windows of convolution and pooling fall, for one channel plane of an
/// [H, W] image: output size, and for each output pixel the flat input index under each tap
/// (or −1 where the tap lands in the zero padding).
struct WindowPlan {
    let outHeight: Int
    let outWidth: Int
    /// taps[o * kernel² + t]: input index (in the H×W plane) for output pixel o, tap t; −1 = padding.
    let taps: [Int]
    let tapsPerWindow: Int

    /// out = ⌊(in + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1, per dimension.
    init(height: Int, width: Int, kernel: Int, stride: Int, padding: Int, dilation: Int) {
        precondition(kernel > 0 && stride > 0 && padding >= 0 && dilation > 0, "window: bad kernel/stride/padding/dilation")
        let span = dilation * (kernel - 1) + 1
        outHeight = (height + 2 * padding - span) / stride + 1
        outWidth = (width + 2 * padding - span) / stride + 1
        precondition(outHeight > 0 && outWidth > 0, "window: a \(kernel)×\(kernel) window does not fit a \(height)×\(width) input")
        tapsPerWindow = kernel * kernel
        var taps = [Int](repeating: -1, count: outHeight * outWidth * kernel * kernel)
        var t = 0
        for oy in 0..<outHeight {
            for ox in 0..<outWidth {
                for ky in 0..<kernel {
                    for kx in 0..<kernel {
                        let y = oy * stride - padding + ky * dilation, x = ox * stride - padding + kx * dilation
                        if y >= 0 && y < height && x >= 0 && x < width { taps[t] = y * width + x }
                        t += 1
                    }
                }
            }
        }
        self.taps = taps
    }

    var outCount: Int { outHeight * outWidth }

    /// im2col of one plane: [kernel², outH·outW], row t holding tap t of every window (0 for padding).
    func columns(_ plane: ArraySlice<Double>) -> [Double] {
        let base = plane.startIndex
        var cols = [Double](repeating: 0, count: tapsPerWindow * outCount)
        for o in 0..<outCount {
            for t in 0..<tapsPerWindow {
                let i = taps[o * tapsPerWindow + t]
                if i >= 0 { cols[t * outCount + o] = plane[base + i] }
            }
        }
        return cols
    }

    /// col2im, the adjoint of `columns`: adds each column entry back onto the input pixel it came from.
    func addColumns(_ cols: ArraySlice<Double>, into plane: inout [Double], at offset: Int) {
        let base = cols.startIndex
        for o in 0..<outCount {
            for t in 0..<tapsPerWindow {
                let i = taps[o * tapsPerWindow + t]
                if i >= 0 { plane[offset + i] += cols[base + t * outCount + o] }
            }
        }
    }
}
