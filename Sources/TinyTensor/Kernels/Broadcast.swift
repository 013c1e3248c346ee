/// NumPy broadcasting of two shapes: the result shape, and for every result element the
/// element of each operand it reads. Forward ops read through it; backward ops sum through
/// it, which is exactly "unbroadcasting" the gradient back to each operand's shape.
struct Broadcast {
    /// How indices map; the common cases get a loop without index arithmetic.
    enum Layout {
        case same
        case leftScalar
        case rightScalar
        /// The right operand repeats every `period` elements (its shape is a suffix of the left's).
        case rightTiles(period: Int)
        case leftTiles(period: Int)
        case general
    }

    let shape: [Int]
    let count: Int
    let layout: Layout
    /// Per result dimension, how far each operand's flat index moves (0 where it is broadcast).
    let leftStrides: [Int]
    let rightStrides: [Int]

    init(_ left: [Int], _ right: [Int], op: String) {
        // The common layouts first, without building stride tables.
        let lc = Tensor.count(of: left), rc = Tensor.count(of: right)
        if left == right {
            self.init(shape: left, layout: .same)
        } else if rc == 1 && left.count >= right.count {
            self.init(shape: left, layout: .rightScalar)
        } else if lc == 1 && right.count >= left.count {
            self.init(shape: right, layout: .leftScalar)
        } else if right.count <= left.count && Broadcast.isSuffix(right, of: left) {
            self.init(shape: left, layout: .rightTiles(period: rc))
        } else if left.count <= right.count && Broadcast.isSuffix(left, of: right) {
            self.init(shape: right, layout: .leftTiles(period: lc))
        } else {
            self.init(general: left, right, op: op)
        }
    }

    private init(shape: [Int], layout: Layout) {
        self.shape = shape
        self.count = Tensor.count(of: shape)
        self.layout = layout
        self.leftStrides = []
        self.rightStrides = []
    }

    /// Any two compatible shapes: pad to the same rank, then stride 0 where a dimension is 1.
    private init(general left: [Int], _ right: [Int], op: String) {
        let rank = Swift.max(left.count, right.count)
        let l = [Int](repeating: 1, count: rank - left.count) + left
        let r = [Int](repeating: 1, count: rank - right.count) + right
        var shape = [Int](repeating: 0, count: rank)
        for d in 0..<rank {
            precondition(
                l[d] == r[d] || l[d] == 1 || r[d] == 1,
                "\(op): cannot broadcast shapes \(left) and \(right) (dimension \(d): \(l[d]) vs \(r[d]))")
            shape[d] = l[d] == 1 ? r[d] : l[d]
        }
        self.shape = shape
        self.count = Tensor.count(of: shape)
        self.layout = .general
        self.leftStrides = Broadcast.strides(l, result: shape)
        self.rightStrides = Broadcast.strides(r, result: shape)
    }

    /// Strides of an operand, padded to the result's rank, with 0 on broadcast dimensions.
    static func strides(_ padded: [Int], result: [Int]) -> [Int] {
        var strides = [Int](repeating: 0, count: padded.count)
        var step = 1
        for d in stride(from: padded.count - 1, through: 0, by: -1) {
            strides[d] = (padded[d] == 1 && result[d] != 1) ? 0 : step
            step *= padded[d]
        }
        return strides
    }

    /// Whether `small`, with leading 1s removed, equals the trailing dimensions of `big`
    /// (then `small` repeats along `big` with period count(small)).
    static func isSuffix(_ small: [Int], of big: [Int]) -> Bool {
        var start = 0
        while start < small.count && small[start] == 1 { start += 1 }
        let n = small.count - start
        guard n <= big.count else { return false }
        for k in 0..<n where small[start + k] != big[big.count - n + k] { return false }
        return true
    }

    /// Calls `body(result index, left index, right index)` for every result element, in order.
    @inline(__always)
    func forEach(_ body: (Int, Int, Int) -> Void) {
        switch layout {
        case .same:
            for i in 0..<count { body(i, i, i) }
        case .leftScalar:
            for i in 0..<count { body(i, 0, i) }
        case .rightScalar:
            for i in 0..<count { body(i, i, 0) }
        case .rightTiles(let period):
            var j = 0
            for i in 0..<count {
                body(i, i, j)
                j += 1
                if j == period { j = 0 }
            }
        case .leftTiles(let period):
            var j = 0
            for i in 0..<count {
                body(i, j, i)
                j += 1
                if j == period { j = 0 }
            }
        case .general:
            // An odometer over the result's multi-index, moving both operand indices with it.
            let rank = shape.count
            var index = [Int](repeating: 0, count: rank)
            var li = 0, ri = 0
            for i in 0..<count {
                body(i, li, ri)
                var d = rank - 1
                while d >= 0 {
                    index[d] += 1
                    li += leftStrides[d]
                    ri += rightStrides[d]
                    if index[d] < shape[d] { break }
                    li -= leftStrides[d] * shape[d]
                    ri -= rightStrides[d] * shape[d]
                    index[d] = 0
                    d -= 1
                }
            }
        }
    }
}
