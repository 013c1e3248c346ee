/// Which output element each input element folds into, when reducing over some axes.
struct Reduction {
    let outputShape: [Int]
    let outputCount: Int
    /// For every input element (row-major), the index of the output element it belongs to.
    let target: [Int]
    /// How many input elements fold into each output element.
    let groupSize: Int

    /// `axes` may be negative (−1 is the last axis); nil reduces over every axis.
    init(shape: [Int], axes: [Int]?, keepDims: Bool, op: String) {
        let rank = shape.count
        let chosen = (axes ?? Array(0..<rank)).map { $0 < 0 ? $0 + rank : $0 }
        for axis in chosen {
            precondition(axis >= 0 && axis < rank, "\(op): axis out of range for shape \(shape) (axes \(axes ?? []))")
        }
        let reduced = Set(chosen)
        var kept: [Int] = []
        var outStrides = [Int](repeating: 0, count: rank)
        var step = 1
        for d in stride(from: rank - 1, through: 0, by: -1) where !reduced.contains(d) {
            outStrides[d] = step
            step *= shape[d]
        }
        for d in 0..<rank {
            if reduced.contains(d) {
                if keepDims { kept.append(1) }
            } else {
                kept.append(shape[d])
            }
        }
        outputShape = kept
        outputCount = Tensor.count(of: kept)
        groupSize = reduced.reduce(1) { $0 * shape[$1] }
        // Odometer over the input, moving the output index along the kept axes only.
        let count = Tensor.count(of: shape)
        var target = [Int](repeating: 0, count: count)
        var index = [Int](repeating: 0, count: rank)
        var o = 0
        for i in 0..<count {
            target[i] = o
            var d = rank - 1
            while d >= 0 {
                index[d] += 1
                o += outStrides[d]
                if index[d] < shape[d] { break }
                o -= outStrides[d] * shape[d]
                index[d] = 0
                d -= 1
            }
        }
        self.target = target
    }
}
