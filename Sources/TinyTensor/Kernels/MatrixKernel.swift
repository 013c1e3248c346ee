/// The one loop behind matmul's forward and both of its backward products.
/// Row-major; i-p-j order so the inner loop walks two rows contiguously (and vectorises:
/// row pointers keep overflow-checked index arithmetic out of it).
enum MatrixKernel {
    /// C = A·B, or C = Aᵀ·B with `transposeA`, for A stored as [m,k].
    ///   A·B:   A[m,k]·B[k,n] → C[m,n]:  row i of C  += A[i,p] · row p of B
    ///   Aᵀ·B:  A[m,k]ᵀ·B[m,n] → C[k,n]: row p of C  += A[i,p] · row i of B
    /// Both are the same walk over A's elements; only which rows of B and C meet differs.
    static func multiply(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int, transposeA: Bool = false) -> [Double] {
        var c = [Double](repeating: 0, count: (transposeA ? k : m) * n)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    guard let a = a.baseAddress, let b = b.baseAddress, let c = c.baseAddress else { return }
                    for i in 0..<m {
                        for p in 0..<k {
                            let aip = a[i * k + p]
                            if aip == 0 { continue }
                            let cRow = c + (transposeA ? p : i) * n
                            let bRow = b + (transposeA ? i : p) * n
                            for j in 0..<n { cRow[j] += aip * bRow[j] }
                        }
                    }
                }
            }
        }
        return c
    }

    /// C[m,k] = G[m,n]·B[k,n]ᵀ (the gradient reaching A in A·B). Transposing B first turns the
    /// dot products (a sequential sum) into the vectorisable row updates of `multiply`.
    static func multiplyByTransposed(_ g: [Double], _ b: [Double], m: Int, n: Int, k: Int) -> [Double] {
        multiply(g, transpose(b, rows: k, cols: n), m: m, k: n, n: k)
    }

    /// The transpose of a row-major [rows, cols] matrix.
    static func transpose(_ x: [Double], rows: Int, cols: Int) -> [Double] {
        var out = [Double](repeating: 0, count: x.count)
        for i in 0..<rows {
            for j in 0..<cols { out[j * rows + i] = x[i * cols + j] }
        }
        return out
    }
}
